package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.sensor.HealthEvent;
import dev.stork.store.Person;
import dev.stork.store.StoreException;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Progression;
import dev.stork.training.SafetyStop;
import dev.stork.training.SessionPrescription;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.TrialResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs one session of a person's plan on the thread that calls {@link #run}: for each prescribed trial the
 * instructions, the countdown once the person stands on both legs, the hold (started by the detector on the lift,
 * ended by touchdown, step-off or the target), the pain question, the commit of the scored trial with its raw
 * recording, and the rest; at the end the per-leg comparison and the progression decision, stored.
 *
 * <p>The runner holds the plan loop, the questions, the rests and the commands; the rest is split by job. Each
 * trial's samples run on an acquisition thread of the runner's own ({@code TrialAcquisition}), through the live
 * pipeline and into a preallocated raw buffer, allocating nothing per sample and never waiting for the store. What
 * the trial's pipeline is, what the person is told while it runs and what its result becomes belong to the kind
 * of exercise ({@code TrialKind}; so far {@code HoldTrialKind}). {@code TrialRecorder} scores, records and commits
 * each finished trial.
 *
 * <p>Threads: the session thread waits on one inbox of {@code SessionEvent}s for the end of the hold, the end of
 * the trial's source and {@link #send commands} from any thread; it submits each trial to the store's writer and
 * waits for its commit before the next trial starts. {@link #state()} may be read from any thread.
 *
 * <p>A finished hold is never lost for want of its answers: a {@link SessionCommand.Kind#STOP} while the pain
 * question is open, a person who stops at the question (see {@link TrialAnswer#endsSession()}), or an interrupt of
 * the session thread there (a server shutting down) stores the trial with its pain and form not reported, raw
 * recording and score included, and the session then ends as after any stop, its decision made. An interrupt that
 * arrives at the question is kept: the thread is interrupted again when {@link #run} returns.
 *
 * <p>Besides a plan's session it runs a given list of trials ({@link #run(Person, List)}), for assessments such as
 * the single-leg stance test: stored and compared the same way, without a progression decision.
 *
 * <p>A board lost during a trial (a DISCONNECTED health event from its source, e.g. a serial plate unplugged) ends
 * a hold in progress at the last sample received: the trial is stored as STOPPED with the time held, its raw
 * recording up to that sample and a "board-lost" event. Lost before the hold began, the trial starts afresh once the
 * board is back. Trials already stored are never touched.
 */
public final class SessionRunner {
    /** Seconds of countdown from two-leg stance to the lift. */
    public static final double COUNTDOWN_S = HoldTrialKind.COUNTDOWN_S;
    /** Longest trial kept in the raw recording, s. */
    public static final double RAW_CAPACITY_S = 180;
    private static final long SECOND_NANOS = 1_000_000_000L;

    private final Store store;
    private final ExerciseCatalogue catalogue;
    private final TrialBoard board;
    private final TrialQuestions questions;
    private final SessionClock clock;
    private final SessionInbox inbox = new SessionInbox();
    private final RawTrialBuffer raw;
    private final TrialRecorder recorder;
    /** Null when nobody observes, so the acquisition thread builds no state for nobody. */
    private volatile Consumer<SessionState> observer;
    private volatile Status status = new Status(0, 0, null, SessionPhase.INSTRUCTIONS, 0, List.of(), List.of(),
            List.of());
    /** The running trial's acquisition, from its start until its source has ended; else null. */
    private volatile TrialAcquisition live;
    /** A pause asked for during a trial or its pain prompt, applied before the next trial; session thread only. */
    private boolean pauseBeforeNextTrial;
    /** Written by the session thread only; each write a new immutable list, so state() reads it on any thread. */
    private volatile List<String> safetyStops = List.of();
    /** The running session's stop rule, with the person's own pain threshold; session thread only. */
    private SafetyStop safety = SafetyStop.standard();
    /** Why each exercise stopped today, by exercise id; session thread only. */
    private final Map<String, String> stoppedBecause = new LinkedHashMap<>();
    /** The session thread was interrupted at the pain prompt; restored when the run ends. Session thread only. */
    private boolean interruptedAtPrompt;

    /** The session-thread part of the state; the live part is read from the pipeline when asked. */
    private record Status(int trialNumber, int trialCount, PrescribedTrial trial, SessionPhase phase,
                          double restLeftS, List<FinishedTrial> finished, List<Asymmetry> comparisons,
                          List<Decision> decisions) {
        Status {
            finished = List.copyOf(finished);
        }
    }

    /**
     * @param store         where trials, recordings and decisions go
     * @param catalogue     the exercises
     * @param board         the plate, opened per trial
     * @param questions     asks for pain and lost form after each trial
     * @param clock         the clock of the rests
     * @param workDirectory where each trial's raw recording is written before the store keeps it (then deleted)
     */
    public SessionRunner(Store store, ExerciseCatalogue catalogue, TrialBoard board, TrialQuestions questions,
                         SessionClock clock, Path workDirectory) {
        this.store = store;
        this.catalogue = catalogue;
        this.board = board;
        this.questions = questions;
        this.clock = clock;
        this.raw = new RawTrialBuffer((int) Math.ceil(board.rateHz() * RAW_CAPACITY_S));
        this.recorder = new TrialRecorder(store, catalogue, board, raw, workDirectory);
    }

    /**
     * Sets who is told of every change of state: on the session thread at each step and on the acquisition thread
     * about 30 times a second of sample time. It must not block; a view in real time should poll {@link #state()}.
     */
    public void observe(Consumer<SessionState> stateObserver) {
        this.observer = stateObserver;
    }

    /** Queues a command for the session thread; any thread, never blocks. */
    public void send(SessionCommand command) {
        inbox.post(new SessionEvent.Commanded(command));
    }

    /** The session now; any thread. */
    public SessionState state() {
        Status s = status;
        TrialAcquisition running = live;
        LiveSnapshot snapshot = running == null ? null : running.snapshot();
        SessionPhase phase = s.phase();
        double countdownLeftS = 0;
        // HOLDING covers the whole time on the board; the kind of exercise says what the person is doing in it.
        if (phase == SessionPhase.HOLDING && snapshot != null) {
            TrialKind.LivePhase livePhase = running.kind().livePhase(snapshot, running.twoLegSinceNanos());
            phase = livePhase.phase();
            countdownLeftS = livePhase.countdownLeftS();
        }
        return new SessionState(s.trialNumber(), s.trialCount(), s.trial(), phase, snapshot, countdownLeftS,
                s.restLeftS(), s.finished(), s.comparisons(), s.decisions(), safetyStops);
    }

    /**
     * Runs the session to its end (or a {@link SessionCommand.Kind#STOP}) on the calling thread.
     *
     * @return the final state, {@link SessionPhase#DONE}
     * @throws InterruptedException if the calling thread is interrupted
     * @throws StoreException       if a trial or the decision cannot be stored
     */
    public SessionState run(Person person, Plan plan) throws InterruptedException {
        return run(person, SessionPrescription.of(plan, catalogue), plan, plan);
    }

    /**
     * Runs the given trials, not a plan (an assessment such as the single-leg stance test), to their end (or a
     * {@link SessionCommand.Kind#STOP}) on the calling thread: stored and compared per leg like a plan's session,
     * but no progression decision is made and the person's plan is left as it is.
     *
     * @return the final state, {@link SessionPhase#DONE}, with no decisions
     * @throws InterruptedException if the calling thread is interrupted
     * @throws StoreException       if a trial cannot be stored
     */
    public SessionState run(Person person, List<PrescribedTrial> trials) throws InterruptedException {
        return run(person, List.copyOf(trials), null, null);
    }

    /**
     * Runs one exercise of {@code plan} on its own, at its current level with its dose, to its end (or a
     * {@link SessionCommand.Kind#STOP}) on the calling thread: the progression decision is made for that exercise
     * only, and the plan is stored with that decision applied and its other exercises as they were.
     *
     * @return the final state, {@link SessionPhase#DONE}, with the one decision
     * @throws IllegalArgumentException when the plan has no {@code exerciseId}
     * @throws InterruptedException     if the calling thread is interrupted
     * @throws StoreException           if a trial or the decision cannot be stored
     */
    public SessionState run(Person person, Plan plan, String exerciseId) throws InterruptedException {
        Plan alone = new Plan(List.of(plan.entry(exerciseId).orElseThrow(() -> new IllegalArgumentException(
                "the plan has no exercise '" + exerciseId + "'"))));
        return run(person, SessionPrescription.of(alone, catalogue), alone, plan);
    }

    /**
     * The session of {@code trials}; with a {@code decided} plan (else null) its decisions too, applied to the
     * {@code whole} plan, which is stored as the next one.
     */
    private SessionState run(Person person, List<PrescribedTrial> trials, Plan decided, Plan whole)
            throws InterruptedException {
        List<TrialOutcome> history = new ArrayList<>();
        for (StoredTrial stored : store.trials(person.id())) {
            history.add(stored.outcome());
        }
        safety = new SafetyStop(person.painThreshold());
        stoppedBecause.clear();
        long sessionId = store.startSession(person.id(), Instant.now());
        List<FinishedTrial> finished = new ArrayList<>();
        List<String> stoppedToday = new ArrayList<>();
        safetyStops = List.of();
        boolean skipNext = false;
        boolean stopped = false;
        for (int k = 0; k < trials.size() && !stopped; k++) {
            PrescribedTrial trial = trials.get(k);
            int number = k + 1;
            if (stoppedToday.contains(trial.exerciseId())) {
                continue;
            }
            publish(new Status(number, trials.size(), trial, SessionPhase.INSTRUCTIONS, 0, finished, List.of(),
                    List.of()));
            Between between = drainCommands(number, trials.size(), trial, finished);
            skipNext |= between.skipNext();
            stopped = between.stopped();
            if (stopped) {
                break;
            }
            if (skipNext) {
                skipNext = false;
                continue;
            }
            FinishedTrial committed;
            TrialOutcome outcome;
            TrialAnswer answer;
            if (!catalogue.get(trial.exerciseId()).isMeasured()) {
                // Done off the board: asked whether it was done and how many, then pain and form, and logged.
                LoggedAnswer logged = questions.askLogged(trial, number);
                if (logged == null || !logged.done()) {
                    continue;
                }
                answer = answer(trial, number, trials.size(), finished, 0);
                stopped |= answer.endsSession();
                outcome = new TrialOutcome(trial.exerciseId(), trial.level(), trial.leg(), trial.target(), 0,
                        logged.repetitions(), EndReason.LOGGED, Double.NaN, Double.NaN, Double.NaN, answer.pain(),
                        answer.form(), Instant.now(), null);
                committed = recorder.commitLogged(sessionId, number, trial, outcome, history);
            } else {
                if (board.exhausted()) {
                    // A replayed recording has played out: no trial can run any more.
                    stopped = true;
                    break;
                }
                TrialKind kind = kindOf(trial);
                TrialRun run = runTrial(kind, trial, number, trials.size(), finished);
                if (run.stopped()) {
                    stopped = true;
                }
                if (run.result() == null) {
                    continue;
                }
                answer = answer(trial, number, trials.size(), finished, run.result().holdS());
                stopped |= answer.endsSession();
                outcome = kind.outcome(trial, run.result(), answer, run.startTime(), board.calibrationId());
                // Committed before anything else happens: a finished trial is never lost.
                committed = recorder.commit(sessionId, number, trial, outcome,
                        kind.events(run.result(), run.boardLost()), history);
            }
            history.add(outcome);
            finished.add(committed);
            if (!stopped && stopsForToday(trial, outcome, answer.sharpOrTingling(), finished, stoppedToday)) {
                // The exercise's other trials are left out; a second stop ends the session, the first waits, paused,
                // until the person says to go on to the next exercise.
                stopped = SafetyStop.endsSession(stoppedToday.size()) || !anotherExerciseAfter(trials, k, stoppedToday);
                pauseBeforeNextTrial = !stopped;
                continue;
            }
            if (k < trials.size() - 1 && !stopped) {
                Between end = rest(trial, number, trials.size(), finished);
                skipNext = end.skipNext();
                stopped = end.stopped();
            }
        }
        store.finishSession(sessionId, Instant.now());
        List<Asymmetry> comparisons = comparisons(trials, history);
        List<Decision> decisions = decided == null ? List.of()
                : afterSafetyStops(Progression.decideAll(decided, catalogue, store.sessionResults(person.id())));
        Instant now = Instant.now();
        for (Decision decision : decisions) {
            store.saveDecision(person.id(), sessionId, decision, now);
        }
        if (whole != null) {
            store.savePlan(person.id(), whole.apply(catalogue, decisions), now);
        }
        PrescribedTrial lastTrial = status.trial();
        publish(new Status(status.trialNumber(), trials.size(), lastTrial, SessionPhase.DONE, 0, finished,
                comparisons, decisions));
        if (interruptedAtPrompt) {
            interruptedAtPrompt = false;
            Thread.currentThread().interrupt();
        }
        return state();
    }

    /**
     * Whether the exercise stops for today after this trial ({@link SafetyStop}): if so its sentence is published
     * and the exercise is noted in {@code stoppedToday}.
     */
    private boolean stopsForToday(PrescribedTrial trial, TrialOutcome outcome, boolean sharpOrTingling,
                                  List<FinishedTrial> finished, List<String> stoppedToday) {
        List<TrialOutcome> earlier = new ArrayList<>();
        for (int i = 0; i < finished.size() - 1; i++) {
            earlier.add(finished.get(i).outcome());
        }
        SafetyStop.Reason reason = safety.after(outcome, sharpOrTingling, earlier).orElse(null);
        if (reason == null) {
            return false;
        }
        stoppedToday.add(trial.exerciseId());
        stoppedBecause.put(trial.exerciseId(), SafetyStop.because(reason, outcome.pain().orElse(0)));
        List<String> sentences = new ArrayList<>(safetyStops);
        sentences.add(SafetyStop.sentence(reason, catalogue.get(trial.exerciseId()).name().toLowerCase(
                Locale.ROOT), outcome.pain().orElse(0)));
        safetyStops = List.copyOf(sentences);
        return true;
    }

    /** The decisions with each exercise that stopped today for safety moved down, whatever its history says. */
    private List<Decision> afterSafetyStops(List<Decision> decisions) {
        List<Decision> adjusted = new ArrayList<>();
        for (Decision decision : decisions) {
            String because = stoppedBecause.get(decision.exerciseId());
            adjusted.add(because == null ? decision
                    : Progression.afterSafetyStop(catalogue.get(decision.exerciseId()), decision.fromLevel(),
                    because));
        }
        return adjusted;
    }

    private static boolean anotherExerciseAfter(List<PrescribedTrial> trials, int k, List<String> stoppedToday) {
        for (int i = k + 1; i < trials.size(); i++) {
            if (!stoppedToday.contains(trials.get(i).exerciseId())) {
                return true;
            }
        }
        return false;
    }

    /** How a measured trial runs, by the catalogue's kind of its exercise. */
    private TrialKind kindOf(PrescribedTrial trial) {
        return switch (catalogue.get(trial.exerciseId()).kind()) {
            case REPETITIONS -> RepetitionTrialKind.INSTANCE;
            case HOLD -> HoldTrialKind.STANDING;
            case KNEELING_HOLD -> HoldTrialKind.KNEELING;
            case LOGGED -> throw new IllegalArgumentException("'" + trial.exerciseId() + "' is logged off the "
                    + "board, not run on it");
        };
    }

    /**
     * The answer about the finished trial, with the pain prompt published: the port's at once, or a
     * {@link SessionCommand.Kind#REPORT} command's.
     * A STOP or an interrupt while the question is open ends the session with the answer as it stands (nothing
     * reported), so that the trial is stored all the same; a SKIP cannot leave a finished hold out and is ignored.
     */
    private TrialAnswer answer(PrescribedTrial trial, int number, int count, List<FinishedTrial> finished,
                               double heldS) {
        publish(new Status(number, count, trial, SessionPhase.PAIN_PROMPT, 0, finished, List.of(), List.of()));
        TrialAnswer answer = questions.ask(trial, number, heldS);
        if (Thread.interrupted()) {
            interruptedAtPrompt = true;
            return answer == null ? TrialAnswer.STOPPED_UNANSWERED : answer.endingSession();
        }
        while (answer == null) {
            SessionCommand next;
            try {
                next = inbox.takeCommand();
            } catch (InterruptedException e) {
                // Stored before the interrupt is passed on: a finished trial is never lost.
                interruptedAtPrompt = true;
                return TrialAnswer.STOPPED_UNANSWERED;
            }
            switch (next.kind()) {
                case REPORT -> answer = new TrialAnswer(next.pain(), next.lostForm(), next.sharpOrTingling());
                case STOP -> answer = TrialAnswer.STOPPED_UNANSWERED;
                case PAUSE, RESUME -> holdPauseFor(next.kind());
                case SKIP -> {
                }
            }
        }
        return answer;
    }

    /** One comparison per exercise and level of the given trials that is measured and done per leg, in order. */
    private List<Asymmetry> comparisons(List<PrescribedTrial> trials, List<TrialOutcome> history) {
        List<Asymmetry> comparisons = new ArrayList<>();
        List<String> compared = new ArrayList<>();
        for (PrescribedTrial trial : trials) {
            String key = trial.exerciseId() + "/" + trial.level();
            if (trial.leg() != Leg.BOTH && catalogue.get(trial.exerciseId()).isMeasured()
                    && !compared.contains(key)) {
                compared.add(key);
                comparisons.add(Asymmetry.of(history, trial.exerciseId(), trial.level()));
            }
        }
        return comparisons;
    }

    private record TrialRun(TrialResult result, Instant startTime, boolean stopped, HealthEvent boardLost) {
    }

    private record Between(boolean skipNext, boolean stopped) {
    }

    /** One trial on the board, from opening it until its source has ended; the result is null if it was skipped. */
    private TrialRun runTrial(TrialKind kind, PrescribedTrial trial, int number, int count,
                              List<FinishedTrial> finished) throws InterruptedException {
        TrialAcquisition acquisition = new TrialAcquisition(kind, board, trial, raw, inbox, this::observeLive);
        live = acquisition;
        Instant startTime = Instant.now();
        acquisition.open(number);
        // The HOLDING status covers the whole time on the board; state() refines it from the live snapshot.
        publish(new Status(number, count, trial, SessionPhase.HOLDING, 0, finished, List.of(), List.of()));
        acquisition.start();
        TrialEvents events = new TrialEvents(acquisition, number);
        try {
            while (!events.sourceEnded()) {
                inbox.take().dispatch(events);
            }
        } finally {
            acquisition.finish();
            live = null;
            for (SessionCommand kept : events.afterTrial()) {
                holdPauseFor(kept.kind());
            }
        }
        return new TrialRun(events.result(), startTime, events.stopped(), acquisition.lostDuringHold());
    }

    /** Waits while paused; true if a stop came instead of a resume. */
    private boolean pause(int number, int count, PrescribedTrial trial, List<FinishedTrial> finished)
            throws InterruptedException {
        Status before = status;
        publish(new Status(number, count, trial, SessionPhase.PAUSED, 0, finished, List.of(), List.of()));
        while (true) {
            SessionCommand next = inbox.takeCommand();
            if (next.kind() == SessionCommand.Kind.RESUME) {
                publish(before);
                return false;
            }
            if (next.kind() == SessionCommand.Kind.STOP) {
                return true;
            }
        }
    }

    private Between rest(PrescribedTrial trial, int number, int count, List<FinishedTrial> finished)
            throws InterruptedException {
        long deadline = clock.nanos() + trial.restAfterSeconds() * SECOND_NANOS;
        boolean skipNext = false;
        while (clock.nanos() < deadline) {
            long now = clock.nanos();
            publish(new Status(number, count, trial, SessionPhase.REST, (deadline - now) * 1e-9, finished,
                    List.of(), List.of()));
            // Commands are handled at the start of each second of rest, so a pause asked for during the trial
            // takes effect as the rest begins; those of the last second wait for the next trial's start.
            Between between = drainCommands(number, count, trial, finished);
            skipNext |= between.skipNext();
            if (between.stopped()) {
                return between;
            }
            clock.awaitNanos(Math.min(deadline, now + SECOND_NANOS));
        }
        return new Between(skipNext, false);
    }

    /**
     * A pause or resume that arrives while a trial waits for its answer (also one kept from the hold): the pause
     * waits for the next step between trials, and a resume before then takes it back.
     */
    private void holdPauseFor(SessionCommand.Kind kind) {
        if (kind == SessionCommand.Kind.PAUSE) {
            pauseBeforeNextTrial = true;
        } else if (kind == SessionCommand.Kind.RESUME) {
            pauseBeforeNextTrial = false;
        }
    }

    /** Handles the commands that arrived between trials or during a rest; never waits unless paused. */
    private Between drainCommands(int number, int count, PrescribedTrial trial, List<FinishedTrial> finished)
            throws InterruptedException {
        if (pauseBeforeNextTrial) {
            pauseBeforeNextTrial = false;
            if (pause(number, count, trial, finished)) {
                return new Between(false, true);
            }
        }
        boolean skipNext = false;
        SessionCommand command;
        while ((command = inbox.pollCommand()) != null) {
            SessionCommand.Kind kind = command.kind();
            if (kind == SessionCommand.Kind.SKIP) {
                skipNext = true;
            } else if (kind == SessionCommand.Kind.STOP
                    || (kind == SessionCommand.Kind.PAUSE && pause(number, count, trial, finished))) {
                return new Between(false, true);
            }
        }
        return new Between(skipNext, false);
    }

    /** Tells the observer, if any, of the live state; the acquisition thread's view updates. */
    private void observeLive() {
        Consumer<SessionState> watching = observer;
        if (watching != null) {
            watching.accept(state());
        }
    }

    private void publish(Status next) {
        status = next;
        observeLive();
    }
}
