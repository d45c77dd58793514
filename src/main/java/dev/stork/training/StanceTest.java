package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The single-leg (unipedal) stance test as Springer et al. (2007) ran it: arms crossed on the chest, up to
 * {@link #CAP_SECONDS} s per trial, {@link #TRIALS} trials per leg with eyes open and then with eyes closed; the
 * result of each is the best of its trials, placed against {@link StanceNorms}. It is the catalogue exercise
 * {@value #EXERCISE_ID}, level 1 eyes open and level 2 eyes closed.
 */
public final class StanceTest {
    /** Catalogue id of the test. */
    public static final String EXERCISE_ID = "stance-test";
    /** Longest hold counted, seconds ([S] Springer 2007: 45-s ceiling). */
    public static final double CAP_SECONDS = 45;
    /** Trials per leg and condition; the best one counts. */
    public static final int TRIALS = 3;

    /** Eyes open or closed, with its catalogue level. */
    public enum Condition {
        EYES_OPEN(1, "eyes open"), EYES_CLOSED(2, "eyes closed");

        private final int level;
        private final String words;

        Condition(int level, String words) {
            this.level = level;
            this.words = words;
        }

        /** The catalogue level of this condition. */
        public int level() {
            return level;
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
        List<Line> lines = new ArrayList<>();
        for (Condition condition : Condition.values()) {
            Optional<StanceNorm> norm = condition == Condition.EYES_OPEN ? StanceNorms.eyesOpen(ageYears)
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
                                   int ageYears) {
        String head = capitalised(condition.words) + ", " + leg.word() + " leg: ";
        if (count == 0) {
            return head + "not tested.";
        }
        String result = String.format(Locale.ROOT, "best %.1f s of %d %s", best, count,
                count == 1 ? "trial" : "trials");
        if (norm.isEmpty()) {
            return head + result + "; no published norm Stork trusts for age " + ageYears + ".";
        }
        return head + result + "; norm " + norm.get().words() + ".";
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
