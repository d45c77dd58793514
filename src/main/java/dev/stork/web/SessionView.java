package dev.stork.web;

import dev.stork.trial.LiveSnapshot;
import java.util.List;

/**
 * An immutable picture of a session for the dashboard.
 *
 * @param phase        where the session is
 * @param trials       every trial of today's plan, in order, with what became of it
 * @param currentIndex index in {@code trials} of the trial to do now; {@code trials.size()} when all are done
 * @param live         the pipeline's latest snapshot; null before the first trial starts
 * @param lastScore    score (0-100) of the last reported trial; NaN before the first
 * @param message      one sentence for the person about what happens now
 */
public record SessionView(Phase phase, List<TrialView> trials, int currentIndex, LiveSnapshot live,
                          double lastScore, String message) {

    /** Copies the list. */
    public SessionView {
        trials = List.copyOf(trials);
    }

    /** Where a session is. */
    public enum Phase {
        /** Waiting for the person to press start. */
        READY,
        /** A trial is running on the board. */
        RUNNING,
        /** The running trial was abandoned; start repeats it. */
        PAUSED,
        /** A trial ended; waiting for the pain and form report. */
        REPORT,
        /** Every trial is done, skipped or the session was stopped. */
        DONE
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
     * @param targetS     target hold, s
     * @param instruction what to do
     * @param safetyCue   shown before the trial
     * @param status      what became of it
     * @param holdS       hold reached, s; NaN until done
     * @param score       its score 0-100; NaN until done
     */
    public record TrialView(String exerciseId, String name, int level, String leg, double targetS,
                            String instruction, String safetyCue, TrialStatus status, double holdS, double score) {
    }
}
