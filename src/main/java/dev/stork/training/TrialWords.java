package dev.stork.training;

import java.util.Locale;

/**
 * What the person is told during a trial, in the words that fit how the exercise is done: standing on one leg
 * ("Lift your right foot"), kneeling on one knee ("Take your right leg out to the side") or a set of repetitions
 * ("Start in 3"). The terminal and the dashboard say the same. Stateless.
 */
public final class TrialWords {
    private TrialWords() {
    }

    /** Where to be, after "Trial 2 of 10: ", e.g. "stand on your LEFT leg." or "kneel on your LEFT knee, ...". */
    public static String position(Exercise exercise, PrescribedTrial trial) {
        Leg leg = trial.leg();
        String side = leg.word().toUpperCase(Locale.ROOT);
        return switch (exercise.kind()) {
            case HOLD -> leg == Leg.BOTH ? "on both legs." : "stand on your " + side + " leg.";
            case LOGGED -> exercise.name().toLowerCase(Locale.ROOT) + (leg == Leg.BOTH ? "" : ", " + leg.word()
                    + " leg") + ", off the board.";
            case KNEELING_HOLD -> leg == Leg.BOTH ? "kneel on both knees."
                    : "kneel upright on both knees on the board; the hold is on your " + side + " knee, your "
                    + other(leg) + " leg out to the side.";
            case REPETITIONS -> leg == Leg.BOTH ? "both feet on the board."
                    : "your " + side + " foot on the board, the other " + (exercise.id().contains("lunge")
                    ? "on the floor beside it." : "on the block behind.");
        };
    }

    /** The countdown's words with {@code seconds} left, e.g. "Lift your right foot in 3 ...". */
    public static String countdown(Exercise exercise, PrescribedTrial trial, int seconds) {
        return switch (exercise.kind()) {
            case HOLD, LOGGED -> "Lift your " + freeFoot(trial) + " in " + seconds + " ...";
            case KNEELING_HOLD -> "Take your " + freeLeg(trial) + " out to the side in " + seconds + " ...";
            case REPETITIONS -> "Stand still; start in " + seconds + " ...";
        };
    }

    /** What to say when the countdown ends, e.g. "Go: 8 repetitions." */
    public static String go(Exercise exercise, PrescribedTrial trial) {
        return switch (exercise.kind()) {
            case HOLD, LOGGED -> "Lift now and hold!";
            case KNEELING_HOLD -> "Leg out now and hold!";
            case REPETITIONS -> String.format(Locale.ROOT, "Go: %.0f repetitions.", trial.target().amount());
        };
    }

    /** Why a trial ended, in a few words, e.g. "foot touched down" or, kneeling, "knee, foot or hand down". */
    public static String ending(Exercise exercise, EndReason reason) {
        return switch (reason) {
            case TARGET -> "target reached";
            case TOUCHDOWN -> exercise.kind() == ExerciseKind.KNEELING_HOLD ? "knee, foot or hand down"
                    : "foot touched down";
            case STEP_OFF -> "stepped off the board";
            case STOPPED -> "stopped";
            case LOGGED -> "logged";
        };
    }

    /**
     * What to say when a trial was done on the other leg than the one asked for, e.g. "You stood on your right
     * leg: this counts for the right." (kneeling: "You knelt on your right knee: ...").
     */
    public static String otherLeg(Exercise exercise, Leg done) {
        String side = done.word();
        String how = exercise.kind() == ExerciseKind.KNEELING_HOLD ? "knelt on your " + side + " knee"
                : "stood on your " + side + " leg";
        return "You " + how + ": this counts for the " + side + ".";
    }

    /** The foot to lift in a standing hold: the one not stood on. */
    private static String freeFoot(PrescribedTrial trial) {
        return trial.leg() == Leg.BOTH ? "foot" : other(trial.leg()) + " foot";
    }

    private static String freeLeg(PrescribedTrial trial) {
        return trial.leg() == Leg.BOTH ? "leg" : other(trial.leg()) + " leg";
    }

    private static String other(Leg leg) {
        return leg == Leg.LEFT ? "right" : "left";
    }
}
