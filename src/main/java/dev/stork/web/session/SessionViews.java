package dev.stork.web.session;

import dev.stork.session.FinishedTrial;
import dev.stork.session.SessionState;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.web.SessionView;
import dev.stork.web.SessionView.Phase;
import dev.stork.web.SessionView.TrialStatus;
import dev.stork.web.SessionView.TrialView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the runner's {@link SessionState} and what the dashboard asked for into a {@link SessionView}: the phase
 * (the pain prompt splits into waiting for the answer and saving it; an error becomes {@link Phase#FAILED}), each
 * planned trial's status and result, and the one sentence for the person. Stateless; any thread.
 */
final class SessionViews {
    private SessionViews() {
    }

    /**
     * What the dashboard asked for and saw that the runner's state does not carry.
     *
     * @param askedTrial     the last trial the runner asked about, 0 when none
     * @param answeredTrial  the trial whose pain answer was sent, 0 when none
     * @param heldS          the hold of the trial asked about, s; NaN when none
     * @param pauseRequested a pause was asked for and has not begun
     * @param stopRequested  the session was asked to end
     * @param failure        why the session thread ended early, or null
     */
    record Requests(int askedTrial, int answeredTrial, double heldS, boolean pauseRequested,
                    boolean stopRequested, String failure) {
    }

    /** Today's plan before the session starts. */
    static SessionView ready(ExerciseCatalogue catalogue, List<PrescribedTrial> trials, String message) {
        List<TrialView> views = new ArrayList<>(trials.size());
        for (int i = 0; i < trials.size(); i++) {
            views.add(trialView(catalogue, trials.get(i), i == 0 ? TrialStatus.CURRENT : TrialStatus.TODO, null));
        }
        return new SessionView(Phase.READY, views, 0, null, 0, 0, Double.NaN, false, Double.NaN, message, List.of(),
                List.of(), null, SessionView.Kind.PLAN, null);
    }

    /** A session of the whole plan as the runner last published it. */
    static SessionView of(ExerciseCatalogue catalogue, List<PrescribedTrial> trials, SessionState state,
                          Requests requests) {
        return of(catalogue, SessionChoice.WHOLE_PLAN, trials, state, requests);
    }

    /** The session started as {@code choice}, as the runner last published it. */
    static SessionView of(ExerciseCatalogue catalogue, SessionChoice choice, List<PrescribedTrial> trials,
                          SessionState state, Requests requests) {
        Phase phase = phase(state, requests);
        boolean over = phase == Phase.DONE || phase == Phase.FAILED;
        FinishedTrial[] finishedByIndex = new FinishedTrial[trials.size()];
        for (FinishedTrial f : state.finished()) {
            finishedByIndex[f.trialNumber() - 1] = f;
        }
        List<TrialView> views = new ArrayList<>(trials.size());
        for (int i = 0; i < trials.size(); i++) {
            int number = i + 1;
            FinishedTrial f = finishedByIndex[i];
            TrialStatus status;
            if (f != null) {
                status = TrialStatus.DONE;
            } else if (over || number < state.trialNumber()
                    || (number == state.trialNumber() && phase == Phase.REST)) {
                status = TrialStatus.SKIPPED;
            } else if (number == state.trialNumber() || (state.trialNumber() == 0 && number == 1)) {
                status = TrialStatus.CURRENT;
            } else {
                status = TrialStatus.TODO;
            }
            views.add(trialView(catalogue, trials.get(i), status, f));
        }
        int currentIndex = over ? trials.size()
                : phase == Phase.REST ? state.trialNumber() : Math.max(0, state.trialNumber() - 1);
        List<FinishedTrial> finished = state.finished();
        double lastScore = finished.isEmpty() ? Double.NaN : finished.get(finished.size() - 1).score().total();
        boolean answering = phase == Phase.REPORT || phase == Phase.SAVING;
        boolean pausing = requests.pauseRequested() && !over && phase != Phase.PAUSED;
        String message = message(phase, state, requests, trials) + (pausing ? " Pausing after this trial." : "");
        return new SessionView(phase, views, currentIndex, state.live(), state.countdownLeftS(), state.restLeftS(),
                answering ? requests.heldS() : Double.NaN, pausing, lastScore, message, state.comparisons(),
                state.decisions(), phase == Phase.FAILED ? requests.failure() : null, choice.kind(),
                choice.kind() == SessionView.Kind.STANCE_TEST && phase == Phase.DONE ? stanceResult(choice, finished)
                        : null);
    }

    /** The stance test's result from its finished trials (a dozen at most: cheap enough for every frame). */
    private static SessionView.StanceResult stanceResult(SessionChoice choice, List<FinishedTrial> finished) {
        List<TrialOutcome> outcomes = new ArrayList<>(finished.size());
        for (FinishedTrial f : finished) {
            outcomes.add(f.outcome());
        }
        return new SessionView.StanceResult(choice.ageYears(), choice.sex(),
                StanceTest.evaluate(outcomes, choice.ageYears(), choice.sex()));
    }

    private static Phase phase(SessionState state, Requests requests) {
        if (requests.failure() != null) {
            return Phase.FAILED;
        }
        return switch (state.phase()) {
            case INSTRUCTIONS -> Phase.INSTRUCTIONS;
            case COUNTDOWN -> Phase.COUNTDOWN;
            case HOLDING -> Phase.HOLDING;
            // The runner publishes the prompt a moment before it asks: until then the hold is still ending.
            case PAIN_PROMPT -> requests.answeredTrial() == state.trialNumber() ? Phase.SAVING
                    : requests.askedTrial() == state.trialNumber() ? Phase.REPORT : Phase.HOLDING;
            case REST -> Phase.REST;
            case PAUSED -> Phase.PAUSED;
            case DONE -> Phase.DONE;
        };
    }

    private static TrialView trialView(ExerciseCatalogue catalogue, PrescribedTrial t, TrialStatus status,
                                       FinishedTrial finished) {
        Exercise exercise = catalogue.get(t.exerciseId());
        return new TrialView(t.exerciseId(), exercise.name(), t.level(), t.leg().word(), t.target().amount(),
                exercise.level(t.level()).instruction(), t.safetyCue(), status,
                finished == null ? null : finished.outcome(),
                finished == null ? Double.NaN : finished.score().total(), !t.target().isHold());
    }

    private static String message(Phase phase, SessionState state, Requests requests, List<PrescribedTrial> trials) {
        PrescribedTrial trial = state.trial();
        int saved = state.finished().size();
        return switch (phase) {
            case READY -> "Press start, then step onto the board.";
            case INSTRUCTIONS -> state.trialNumber() == 0 ? "Step onto the board and stand on both feet."
                    : String.format(Locale.ROOT, "Trial %d of %d: step onto the board and stand on both feet.",
                    state.trialNumber(), state.trialCount());
            case COUNTDOWN -> state.countdownLeftS() > 0
                    ? String.format(Locale.ROOT, "Stand still on both feet; lift your %s in %d s.", lifted(trial),
                    (int) Math.ceil(state.countdownLeftS()))
                    : "Lift your " + lifted(trial) + " now and hold.";
            case HOLDING -> holding(state.live(), trial);
            case REPORT -> (trial != null && !trial.target().isHold() ? "Set done. How much pain (0-10)?"
                    : String.format(Locale.ROOT, "You held %.1f s. How much pain (0-10)?", requests.heldS()))
                    + (requests.stopRequested() ? " The session ends after your answer." : "");
            case SAVING -> "Saving trial " + state.trialNumber() + ".";
            case REST -> rest(state, trials);
            case PAUSED -> state.safetyStops().isEmpty() ? "Paused. Press resume to go on."
                    : state.safetyStops().get(state.safetyStops().size() - 1)
                    + " Press resume to go on to the next exercise.";
            case DONE -> String.join(" ", state.safetyStops()) + (state.safetyStops().isEmpty() ? "" : " ")
                    + String.format(Locale.ROOT, "Session %s: %d of %d trials saved%s.",
                    requests.stopRequested() ? "ended" : "done", saved, state.trialCount(), unanswered(state));
            case FAILED -> (saved == 0 ? "No trial had been saved yet."
                    : saved == 1 ? "The trial finished before it is saved."
                    : "The " + saved + " trials finished before it are saved.")
                    + " Check the board, then start a new session.";
        };
    }

    /** ", 1 without its pain answer" when trials were saved as the session ended at their question; else "". */
    private static String unanswered(SessionState state) {
        long count = state.finished().stream().filter(f -> f.outcome().pain().isEmpty()).count();
        return count == 0 ? "" : count == 1 ? ", 1 without its pain answer"
                : ", " + count + " without their pain answers";
    }

    private static String holding(LiveSnapshot live, PrescribedTrial trial) {
        if (live != null && live.holding()) {
            return "Hold on your " + trial.leg().word() + " leg.";
        }
        if (live == null || live.trialsCompleted() > 0) {
            return "Hold over. Step down.";
        }
        return "Lift your " + lifted(trial) + " now and hold.";
    }

    private static String rest(SessionState state, List<PrescribedTrial> trials) {
        List<FinishedTrial> finished = state.finished();
        String saved = !finished.isEmpty() && finished.get(finished.size() - 1).trialNumber() == state.trialNumber()
                ? String.format(Locale.ROOT, "Saved: score %.0f. ",
                finished.get(finished.size() - 1).score().total())
                : "";
        int next = state.trialNumber() + 1;
        if (next > trials.size()) {
            return saved + "Rest.";
        }
        PrescribedTrial coming = trials.get(next - 1);
        return saved + String.format(Locale.ROOT, "Rest, then trial %d of %d on your %s leg.", next, trials.size(),
                coming.leg().word());
    }

    /** The foot to lift: the one not stood on. */
    private static String lifted(PrescribedTrial trial) {
        if (trial == null || trial.leg() == Leg.BOTH) {
            return "foot";
        }
        return (trial.leg() == Leg.LEFT ? "right" : "left") + " foot";
    }
}
