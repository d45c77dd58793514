package dev.stork.session;

import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.PrescribedTrial;
import dev.stork.trial.LiveSnapshot;
import java.util.List;

/**
 * What the terminal and the dashboard show of a session; immutable, safe to keep and read on any thread.
 *
 * @param trialNumber    the current (or last) trial, from 1; 0 before the first
 * @param trialCount     trials prescribed in the session
 * @param trial          the current trial's prescription, null before the first
 * @param phase          what the person should be doing
 * @param live           the live pipeline's snapshot during a trial (hold timer, sway), else null
 * @param countdownLeftS seconds until the lift is due, in {@link SessionPhase#COUNTDOWN}; else 0
 * @param restLeftS      seconds of rest left, in {@link SessionPhase#REST}; else 0
 * @param finished       the trials committed so far, in order
 * @param comparisons    the per-leg comparisons, once {@link SessionPhase#DONE}
 * @param decisions      the progression decisions, once {@link SessionPhase#DONE}
 * @param safetyStops    the exercises stopped for today in this session, each as the one plain sentence that says
 *                       why ({@link dev.stork.training.SafetyStop}), in order
 */
public record SessionState(int trialNumber, int trialCount, PrescribedTrial trial, SessionPhase phase,
                           LiveSnapshot live, double countdownLeftS, double restLeftS, List<FinishedTrial> finished,
                           List<Asymmetry> comparisons, List<Decision> decisions, List<String> safetyStops) {
    public SessionState {
        finished = List.copyOf(finished);
        comparisons = List.copyOf(comparisons);
        decisions = List.copyOf(decisions);
        safetyStops = List.copyOf(safetyStops);
    }

    /** A state without safety stops. */
    public SessionState(int trialNumber, int trialCount, PrescribedTrial trial, SessionPhase phase, LiveSnapshot live,
                        double countdownLeftS, double restLeftS, List<FinishedTrial> finished,
                        List<Asymmetry> comparisons, List<Decision> decisions) {
        this(trialNumber, trialCount, trial, phase, live, countdownLeftS, restLeftS, finished, comparisons, decisions,
                List.of());
    }
}
