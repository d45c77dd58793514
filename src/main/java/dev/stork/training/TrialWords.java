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
                    : "kneel on your " + side + " knee; your " + other(leg) + " leg goes out to the side.";
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
