package dev.stork.web;

import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import java.util.List;

/**
 * An immutable picture of a session for the dashboard.
 *
 * @param phase          where the session is
 * @param trials         every trial of today's plan, in order, with what became of it
 * @param currentIndex   index in {@code trials} of the trial being done, or of the next one during a rest;
 *                       {@code trials.size()} once the session is over
 * @param live           the pipeline's latest snapshot while a trial is on the board; else null
 * @param countdownLeftS seconds until the lift is due, in {@link Phase#COUNTDOWN}; else 0
 * @param restLeftS      seconds of rest left, in {@link Phase#REST}; else 0
 * @param heldS          how long the trial waiting for its pain answer was held, s; NaN in other phases
 * @param pauseRequested whether a pause was asked for and begins after the running trial
 * @param lastScore      score (0-100) of the last saved trial; NaN before the first
 * @param message        one sentence for the person about what happens now
 * @param comparisons    left against right per exercise, once {@link Phase#DONE}; else empty
 * @param decisions      the progression decisions, once {@link Phase#DONE}; else empty
 * @param failure        why the session stopped, in {@link Phase#FAILED}; else null
 * @param kind           what the session runs: the whole plan, one exercise of it, or the stance test
 * @param stanceTest     the stance test's result, once a stance test is {@link Phase#DONE}; else null
 */
public record SessionView(Phase phase, List<TrialView> trials, int currentIndex, LiveSnapshot live,
                          double countdownLeftS, double restLeftS, double heldS, boolean pauseRequested,
                          double lastScore, String message, List<Asymmetry> comparisons, List<Decision> decisions,
                          String failure, Kind kind, StanceResult stanceTest) {

    /** Copies the lists. */
    public SessionView {
        trials = List.copyOf(trials);
        comparisons = List.copyOf(comparisons);
        decisions = List.copyOf(decisions);
    }

    /** Where a session is. */
    public enum Phase {
        /** Not started: waiting for the person to press start. */
        READY,
        /** Getting onto the board and standing on both feet. */
        INSTRUCTIONS,
        /** On both feet; the lift is due when the countdown ends. */
        COUNTDOWN,
        /** Holding on one leg (or stepping down after the hold). */
        HOLDING,
        /** A trial ended; waiting for the pain and form answer. */
        REPORT,
        /** The answer is in; the trial is being stored. */
        SAVING,
        /** Resting before the next trial. */
        REST,
        /** Paused between trials; resume goes on. */
        PAUSED,
        /** The session is over (finished or ended): comparisons and decisions are known. */
        DONE,
        /** The session stopped on an error (see {@code failure}); the trials saved before it stay saved. */
        FAILED
    }

    /** What a session runs. */
    public enum Kind {
        /** Today's session of the whole plan. */
        PLAN,
        /** One exercise of the plan on its own. */
        EXERCISE,
        /** The single-leg stance test (an assessment: no progression decision). */
        STANCE_TEST
    }

    /**
     * The single-leg stance test's result: per condition and leg the best hold, placed against the norm for the
     * person's age.
     *
     * @param ageYears the person's age, which picks the norms
     * @param sex      for the eyes-closed norms, or null when not given (then women's and men's are averaged)
     * @param lines    eyes open then eyes closed, left then right
     */
    public record StanceResult(int ageYears, Sex sex, List<StanceTest.Line> lines) {
        /** Copies the list. */
        public StanceResult {
            lines = List.copyOf(lines);
        }
    }

    /** What became of a planned trial. */
    public enum TrialStatus { TODO, CURRENT, DONE, SKIPPED }

    /**
     * One planned trial.
     *
     * @param exerciseId  catalogue id
     * @param name        exercise name
     * @param level       level
     * @param leg         "left", "right" or "both"
     * @param targetS     target hold, s (or repetitions)
     * @param instruction what to do
     * @param safetyCue   shown before the trial
     * @param status      what became of it
     * @param outcome     what happened, with the person's answers, once saved; else null
     * @param score       its score 0-100 once saved; else NaN
     * @param repetitions whether the target is repetitions (a set), not a hold
     */
    public record TrialView(String exerciseId, String name, int level, String leg, double targetS,
                            String instruction, String safetyCue, TrialStatus status, TrialOutcome outcome,
                            double score, boolean repetitions) {
    }
}
