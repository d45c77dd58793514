package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single-leg (unipedal) stance test as Springer et al. (2007) ran it: arms crossed on the chest, up to
 * {@link #CAP_SECONDS} s per trial, {@link #TRIALS} trials per leg with eyes open and then with eyes closed; the
 * result of each is the best of its trials, placed against {@link StanceNorms}. It is the catalogue exercise
 * {@value #EXERCISE_ID}, level 1 eyes open and level 2 eyes closed. Each result sentence says how far the best hold
 * lies above or below the norm; a norm is a group's typical time, not a pass mark.
 */
public final class StanceTest {
    /** Catalogue id of the test. */
    public static final String EXERCISE_ID = "stance-test";
    /** Longest hold counted, seconds ([S] Springer 2007: 45-s ceiling). */
    public static final double CAP_SECONDS = 45;
    /** Trials per leg and condition; the best one counts. */
    public static final int TRIALS = 3;

    /** Eyes open or closed, with its catalogue level and what the person is told. */
    public enum Condition {
        EYES_OPEN(1, "eyes open", "Eyes open. Cross your arms on your chest and look at a point straight ahead. "
                + "When the count ends, lift one foot and stand on the other as long as you can, up to 45 seconds. "
                + "If your arms uncross or the standing foot moves, put the lifted foot down: that ends the trial. "
                + "Three times on each leg, left and right in turn.", "Lift now and hold!"),
        EYES_CLOSED(2, "eyes closed", "Eyes closed. Cross your arms on your chest again. This time close your eyes "
                + "when you lift the foot, and keep them closed as long as you can stand, up to 45 seconds. If you "
                + "open your eyes, put the foot down: that ends the trial. Three times on each leg.",
                "Lift now, close your eyes and hold!");

        private final int level;
        private final String words;
        private final String instruction;
        private final String liftCue;

        Condition(int level, String words, String instruction, String liftCue) {
            this.level = level;
            this.words = words;
            this.instruction = instruction;
            this.liftCue = liftCue;
        }

        /** The catalogue level of this condition. */
        public int level() {
            return level;
        }

        /** The condition's instructions, as they would be said to the person before its first trial. */
        public String instruction() {
            return instruction;
        }

        /** What to say at the moment of the lift. */
        public String liftCue() {
            return liftCue;
        }

        /** The condition of a catalogue level of the test. */
        public static Condition ofLevel(int level) {
            for (Condition condition : values()) {
                if (condition.level == level) {
                    return condition;
                }
            }
            throw new IllegalArgumentException("the stance test has no level " + level + "; levels are 1 (eyes "
                    + "open) and 2 (eyes closed)");
        }
    }

    /**
     * The result for one condition and leg.
     *
     * @param condition   eyes open or closed
     * @param leg         standing leg
     * @param trials      trials counted (at most {@link #TRIALS})
     * @param bestSeconds best hold, capped at {@link #CAP_SECONDS}; NaN when there were no trials
     * @param norm        the age norm, when one exists
     * @param sentence    the result in one sentence, naming the norm's status
     */
    public record Line(Condition condition, Leg leg, int trials, double bestSeconds, Optional<StanceNorm> norm,
                       String sentence) {
        /** The best hold minus the norm, seconds (positive = above it); NaN without trials or norm. */
        public double differenceSeconds() {
            return norm.isEmpty() ? Double.NaN : bestSeconds - norm.get().seconds();
        }
    }

    private StanceTest() {
    }

    /** The test's trials in order: eyes open left/right alternating three times, then the same eyes closed. */
    public static List<PrescribedTrial> protocol(ExerciseCatalogue catalogue) {
        Exercise test = catalogue.get(EXERCISE_ID);
        List<PrescribedTrial> trials = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            ExerciseLevel level = test.level(condition.level());
            for (int repetition = 1; repetition <= TRIALS; repetition++) {
                for (Leg leg : new Leg[] {Leg.LEFT, Leg.RIGHT}) {
                    trials.add(new PrescribedTrial(EXERCISE_ID, condition.level(), leg, 1, repetition,
                            Target.holdSeconds(CAP_SECONDS), level.restSeconds(), test.safetyCue()));
                }
            }
        }
        return trials;
    }

    /**
     * Evaluates the test from its trials (other exercises are ignored; per condition and leg the last
     * {@link #TRIALS} count) for a person of {@code ageYears} and {@code sex} (null when unknown).
     */
    public static List<Line> evaluate(List<TrialOutcome> trials, int ageYears, Sex sex) {
        return evaluateAt(trials, ageYears, sex);
    }

    /** Evaluates the test as {@link #evaluate(List, int, Sex)} for a person of unknown age: no norm is given. */
    public static List<Line> evaluate(List<TrialOutcome> trials) {
        return evaluateAt(trials, null, null);
    }

    private static List<Line> evaluateAt(List<TrialOutcome> trials, Integer ageYears, Sex sex) {
        List<Line> lines = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            Optional<StanceNorm> norm = ageYears == null ? Optional.empty()
                    : condition == Condition.EYES_OPEN ? StanceNorms.eyesOpen(ageYears)
                    : StanceNorms.eyesClosed(ageYears, sex);
            for (Leg leg : new Leg[] {Leg.LEFT, Leg.RIGHT}) {
                List<TrialOutcome> matching = new ArrayList<>();
                for (TrialOutcome trial : trials) {
                    if (trial.isOf(EXERCISE_ID, condition.level(), leg)) {
                        matching.add(trial);
                    }
                }
                List<TrialOutcome> counted = matching.subList(Math.max(0, matching.size() - TRIALS),
                        matching.size());
                double best = Double.NaN;
                for (TrialOutcome trial : counted) {
                    double held = Math.min(CAP_SECONDS, trial.holdSeconds());
                    best = Double.isNaN(best) ? held : Math.max(best, held);
                }
                lines.add(new Line(condition, leg, counted.size(), best, norm,
                        sentence(condition, leg, counted.size(), best, norm, ageYears)));
            }
        }
        return lines;
    }

    private static String sentence(Condition condition, Leg leg, int count, double best, Optional<StanceNorm> norm,
                                   Integer ageYears) {
        String head = capitalised(condition.words) + ", " + leg.word() + " leg: ";
        if (count == 0) {
            return head + "not tested.";
        }
        String result = String.format(Locale.ROOT, "best %.1f s of %d %s", best, count,
                count == 1 ? "trial" : "trials");
        if (ageYears == null) {
            return head + result + "; age unknown, so not placed against a norm.";
        }
        if (norm.isEmpty()) {
            return head + result + "; no published norm Stork trusts for age " + ageYears + ".";
        }
        double difference = best - norm.get().seconds();
        // Both figures are shown to 0.1 s, so a difference that rounds to 0.0 s reads as "at the norm".
        String place = Math.abs(difference) < 0.05 ? "at the norm"
                : String.format(Locale.ROOT, "%.1f s %s the norm", Math.abs(difference),
                difference > 0 ? "above" : "below");
        return head + result + ", " + place + " of " + norm.get().words() + ".";
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
