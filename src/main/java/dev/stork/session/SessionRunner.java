package dev.stork.session;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.StanceState;
import dev.stork.store.Person;
import dev.stork.store.StoreException;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.store.TrialEvent;
import dev.stork.store.TrialRecord;
import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Progression;
import dev.stork.training.SessionPrescription;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import dev.stork.training.TrialScorer;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Runs one session of a person's plan on the thread that calls {@link #run}: for each prescribed trial the
 * instructions, the countdown once the person stands on both legs, the hold (started by the detector on the lift,
 * ended by touchdown, step-off or the target), the pain question, the commit of the scored trial with its raw
 * recording, and the rest; at the end the per-leg comparison and the progression decision, stored.
 *
 * <p>Threads: each trial's samples run on an acquisition thread of the runner's own, through the live pipeline and
 * into a preallocated raw buffer, allocating nothing per sample and never waiting for the store. The session
 * thread waits on one queue for the end of the hold and for {@link #send commands} from any thread; it submits each
 * trial to the store's writer and waits for its commit before the next trial starts. {@link #state()} may be read
 * from any thread.
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
    public static final double COUNTDOWN_S = 3;
    /** Longest trial kept in the raw recording, s. */
    public static final double RAW_CAPACITY_S = 180;
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final long OBSERVE_PERIOD_NANOS = 33_000_000L;

    private final Store store;
    private final ExerciseCatalogue catalogue;
    private final TrialBoard board;
    private final TrialQuestions questions;
    private final SessionClock clock;
    private final Path workDirectory;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final RawTrialBuffer raw;
    /** Null when nobody observes, so the acquisition thread builds no state for nobody. */
    private volatile Consumer<SessionState> observer;
    private volatile Status status = new Status(0, 0, null, SessionPhase.INSTRUCTIONS, 0, List.of(), List.of(),
            List.of());
    private volatile PlatePipeline pipeline;
    private volatile long twoLegSinceNanos = Long.MIN_VALUE;
    /** A pause asked for during a trial or its pain prompt, applied before the next trial; session thread only. */
    private boolean pauseBeforeNextTrial;
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

    private record HoldEnded(TrialResult result) {
    }

    private record SourceEnded(Exception failure) {
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
        this.workDirectory = workDirectory;
        this.raw = new RawTrialBuffer((int) Math.ceil(board.rateHz() * RAW_CAPACITY_S));
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
        inbox.add(command);
    }

    /** The session now; any thread. */
    public SessionState state() {
        Status s = status;
        PlatePipeline live = pipeline;
        LiveSnapshot snapshot = live == null ? null : live.snapshot();
        SessionPhase phase = s.phase();
        double countdownLeftS = 0;
        // Once the hold has ended the person is only stepping down: the phase stays HOLDING until the source ends.
        if (phase == SessionPhase.HOLDING && snapshot != null && !snapshot.holding()
                && snapshot.trialsCompleted() == 0) {
            long since = twoLegSinceNanos;
            if (snapshot.state() == StanceState.TWO_LEG && since != Long.MIN_VALUE) {
                phase = SessionPhase.COUNTDOWN;
                countdownLeftS = Math.max(0, COUNTDOWN_S - (snapshot.timeNanos() - since) * 1e-9);
            } else {
                phase = SessionPhase.INSTRUCTIONS;
            }
        }
        return new SessionState(s.trialNumber(), s.trialCount(), s.trial(), phase, snapshot, countdownLeftS,
                s.restLeftS(), s.finished(), s.comparisons(), s.decisions());
    }

    /**
     * Runs the session to its end (or a {@link SessionCommand.Kind#STOP}) on the calling thread.
     *
     * @return the final state, {@link SessionPhase#DONE}
     * @throws InterruptedException if the calling thread is interrupted
     * @throws StoreException       if a trial or the decision cannot be stored
     */
    public SessionState run(Person person, Plan plan) throws InterruptedException {
        return run(person, SessionPrescription.of(plan, catalogue), plan);
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
        return run(person, List.copyOf(trials), null);
    }

    /** The session of {@code trials}; with a {@code plan} (else null) the decisions and the next plan too. */
    private SessionState run(Person person, List<PrescribedTrial> trials, Plan plan) throws InterruptedException {
        List<TrialOutcome> history = new ArrayList<>();
        for (StoredTrial stored : store.trials(person.id())) {
            history.add(stored.outcome());
        }
        long sessionId = store.startSession(person.id(), Instant.now());
        List<FinishedTrial> finished = new ArrayList<>();
        boolean skipNext = false;
        boolean stopped = false;
        for (int k = 0; k < trials.size() && !stopped; k++) {
            PrescribedTrial trial = trials.get(k);
            int number = k + 1;
            publish(new Status(number, trials.size(), trial, SessionPhase.INSTRUCTIONS, 0, finished, List.of(),
                    List.of()));
            Between between = drainCommands(number, trials.size(), trial, finished);
            skipNext |= between.skipNext();
            stopped = between.stopped();
            if (stopped) {
                break;
            }
            if (skipNext || !catalogue.get(trial.exerciseId()).isMeasured()) {
                skipNext = false;
                continue;
            }
            TrialRun run = runTrial(trial, number, trials.size(), finished);
            if (run.stopped()) {
                stopped = true;
            }
            if (run.result() == null) {
                continue;
            }
            publish(new Status(number, trials.size(), trial, SessionPhase.PAIN_PROMPT, 0, finished, List.of(),
                    List.of()));
            TrialAnswer answer = answer(trial, number, run.result().holdS());
            stopped |= answer.endsSession();
            TrialOutcome outcome = outcome(trial, run.result(), answer, run.startTime());
            TrialScore score = TrialScorer.score(outcome, catalogue, history);
            Path recording = writeRecording(trial, number);
            CompletableFuture<Long> commit = store.submitTrial(new TrialRecord(sessionId, outcome, score,
                    events(run.result(), run.boardLost()), recording));
            history.add(outcome);
            // Committed before anything else happens: a finished trial is never lost.
            long trialId = committed(commit, number);
            deleteQuietly(recording);
            finished.add(new FinishedTrial(number, trial, outcome, score, trialId));
            if (k < trials.size() - 1 && !stopped) {
                Between end = rest(trial, number, trials.size(), finished);
                skipNext = end.skipNext();
                stopped = end.stopped();
            }
        }
        store.finishSession(sessionId, Instant.now());
        List<Asymmetry> comparisons = comparisons(trials, history);
        List<Decision> decisions = plan == null ? List.of()
                : Progression.decideAll(plan, catalogue, store.sessionResults(person.id()));
        Instant now = Instant.now();
        for (Decision decision : decisions) {
            store.saveDecision(person.id(), sessionId, decision, now);
        }
        if (plan != null) {
            store.savePlan(person.id(), plan.apply(catalogue, decisions), now);
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
     * The answer about the finished trial: the port's at once, or a {@link SessionCommand.Kind#REPORT} command's.
     * A STOP or an interrupt while the question is open ends the session with the answer as it stands (nothing
     * reported), so that the trial is stored all the same; a SKIP cannot leave a finished hold out and is ignored.
     */
    private TrialAnswer answer(PrescribedTrial trial, int number, double heldS) {
        TrialAnswer answer = questions.ask(trial, number, heldS);
        if (Thread.interrupted()) {
            interruptedAtPrompt = true;
            return answer == null ? TrialAnswer.STOPPED_UNANSWERED : answer.endingSession();
        }
        while (answer == null) {
            Object next;
            try {
                next = inbox.take();
            } catch (InterruptedException e) {
                // Stored before the interrupt is passed on: a finished trial is never lost.
                interruptedAtPrompt = true;
                return TrialAnswer.STOPPED_UNANSWERED;
            }
            if (next instanceof SessionCommand c && c.kind() == SessionCommand.Kind.REPORT) {
                answer = new TrialAnswer(c.pain(), c.lostForm());
            } else if (next instanceof SessionCommand c && c.kind() == SessionCommand.Kind.STOP) {
                answer = TrialAnswer.STOPPED_UNANSWERED;
            } else if (next instanceof SessionCommand c && c.kind() != SessionCommand.Kind.SKIP) {
                holdPauseFor(c.kind());
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

    private TrialRun runTrial(PrescribedTrial trial, int number, int count, List<FinishedTrial> finished)
            throws InterruptedException {
        PlatePipeline livePipeline = new PlatePipeline(board.geometry(), board.rateHz(),
                PlateStanceConfig.defaults(trial.target().amount()), result -> inbox.add(new HoldEnded(result)));
        raw.clear();
        twoLegSinceNanos = Long.MIN_VALUE;
        pipeline = livePipeline;
        Instant startTime = Instant.now();
        SampleSource source = board.open(trial, number);
        Acquisition acquisition = new Acquisition(livePipeline);
        Thread thread = new Thread(() -> acquisition.runOn(source), "stork-acquisition-" + number);
        thread.setDaemon(true);
        // The HOLDING status covers the whole time on the board; state() refines it from the live snapshot.
        publish(new Status(number, count, trial, SessionPhase.HOLDING, 0, finished, List.of(), List.of()));
        thread.start();
        TrialResult result = null;
        boolean stopped = false;
        boolean skipped = false;
        boolean sourceEnded = false;
        // A pause asked for during the hold takes effect once the trial is done, so it is kept, not dropped; a
        // resume after it takes it back before it begins.
        List<SessionCommand> afterTrial = new ArrayList<>();
        try {
            while (!sourceEnded) {
                Object event = inbox.take();
                if (event instanceof HoldEnded ended && result == null && !skipped) {
                    result = ended.result();
                    source.stop();
                } else if (event instanceof SourceEnded ended) {
                    sourceEnded = true;
                    if (ended.failure() != null) {
                        throw new IllegalStateException("trial " + number + ": the board failed", ended.failure());
                    }
                } else if (event instanceof SessionCommand c && (c.kind() == SessionCommand.Kind.SKIP
                        || c.kind() == SessionCommand.Kind.STOP)) {
                    skipped = result == null;
                    stopped |= c.kind() == SessionCommand.Kind.STOP;
                    source.stop();
                } else if (event instanceof SessionCommand c && (c.kind() == SessionCommand.Kind.PAUSE
                        || c.kind() == SessionCommand.Kind.RESUME)) {
                    afterTrial.add(c);
                }
            }
        } finally {
            source.stop();
            thread.join();
            source.close();
            pipeline = null;
            for (SessionCommand kept : afterTrial) {
                holdPauseFor(kept.kind());
            }
        }
        return new TrialRun(skipped ? null : result, startTime, stopped, acquisition.lostDuringHold());
    }

    /**
     * The acquisition thread's listener: pipeline, raw buffer, two-leg timing, view updates, and what a lost board
     * means for the trial.
     */
    private final class Acquisition implements SampleListener {
        private final PlatePipeline livePipeline;
        private long nextObserveNanos = Long.MIN_VALUE;
        /** Set when the board was lost during the hold: the hold has ended there. */
        private volatile HealthEvent lostDuringHold;
        /** Set when the board was lost after the hold began: later samples are not the trial's. */
        private boolean lostAfterHoldBegan;

        Acquisition(PlatePipeline livePipeline) {
            this.livePipeline = livePipeline;
        }

        /** The DISCONNECTED event that ended the hold, or null. */
        HealthEvent lostDuringHold() {
            return lostDuringHold;
        }

        void runOn(SampleSource source) {
            Exception failure = null;
            try {
                source.run(this);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure = e;
            }
            inbox.add(new SourceEnded(failure));
        }

        @Override
        public void onPlateSample(PlateSample sample) {
            if (lostAfterHoldBegan) {
                return;
            }
            raw.add(sample);
            livePipeline.onPlateSample(sample);
            if (sample.timeNanos >= nextObserveNanos) {
                nextObserveNanos = sample.timeNanos + OBSERVE_PERIOD_NANOS;
                LiveSnapshot snapshot = livePipeline.snapshot();
                if (snapshot.state() == StanceState.TWO_LEG) {
                    if (twoLegSinceNanos == Long.MIN_VALUE) {
                        twoLegSinceNanos = snapshot.timeNanos();
                    }
                } else if (!snapshot.holding()) {
                    twoLegSinceNanos = Long.MIN_VALUE;
                }
                Consumer<SessionState> watching = observer;
                if (watching != null) {
                    watching.accept(state());
                }
            }
        }

        /**
         * The board was lost mid-trial. A hold in progress ends at the last sample received, as STOPPED with what
         * was held (its end cannot be measured). Before the hold nothing is lost: the trial starts afresh when the
         * board is back, from an empty pipeline and raw buffer.
         */
        @Override
        public void onHealth(HealthEvent event) {
            if (event.kind() != HealthEvent.Kind.DISCONNECTED || lostAfterHoldBegan) {
                return;
            }
            // A hold's end is published at once, so the snapshots count the holds exactly.
            int endedBefore = livePipeline.snapshot().trialsCompleted();
            livePipeline.onEnd();
            int endedAfter = livePipeline.snapshot().trialsCompleted();
            if (endedAfter > 0) {
                lostAfterHoldBegan = true;
                if (endedAfter > endedBefore) {
                    lostDuringHold = event;
                }
            } else {
                livePipeline.reset();
                raw.clear();
                twoLegSinceNanos = Long.MIN_VALUE;
                nextObserveNanos = Long.MIN_VALUE;
            }
        }

        @Override
        public void onEnd() {
            livePipeline.onEnd();
        }
    }

    /** Waits while paused; true if a stop came instead of a resume. */
    private boolean pause(int number, int count, PrescribedTrial trial, List<FinishedTrial> finished)
            throws InterruptedException {
        Status before = status;
        publish(new Status(number, count, trial, SessionPhase.PAUSED, 0, finished, List.of(), List.of()));
        while (true) {
            Object next = inbox.take();
            if (next instanceof SessionCommand c && c.kind() == SessionCommand.Kind.RESUME) {
                publish(before);
                return false;
            }
            if (next instanceof SessionCommand c && c.kind() == SessionCommand.Kind.STOP) {
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
        Object command;
        while ((command = inbox.poll()) != null) {
            SessionCommand.Kind kind = ((SessionCommand) command).kind();
            if (kind == SessionCommand.Kind.SKIP) {
                skipNext = true;
            } else if (kind == SessionCommand.Kind.STOP
                    || (kind == SessionCommand.Kind.PAUSE && pause(number, count, trial, finished))) {
                return new Between(false, true);
            }
        }
        return new Between(skipNext, false);
    }

    private TrialOutcome outcome(PrescribedTrial trial, TrialResult result, TrialAnswer answer, Instant startTime) {
        EndReason reason = switch (result.endReason()) {
            case TARGET -> EndReason.TARGET;
            case STEP_OFF -> EndReason.STEP_OFF;
            case TOUCHDOWN, EDGE_CONTACT -> EndReason.TOUCHDOWN;
            case END_OF_DATA, DATA_GAP -> EndReason.STOPPED;
        };
        double rmsCm = result.sway().rmsDistance() * 100;
        return new TrialOutcome(trial.exerciseId(), trial.level(), trial.leg(), trial.target(),
                Math.min(result.holdS(), trial.target().amount()), 0, reason, result.sway().meanVelocityDisplay(),
                result.sway().ellipseAreaDisplay(), rmsCm, answer.pain(), answer.form(), startTime,
                board.calibrationId());
    }

    private static List<TrialEvent> events(TrialResult result, HealthEvent boardLost) {
        List<TrialEvent> events = new ArrayList<>();
        events.add(new TrialEvent(0, "hold-start", result.stanceLeg().name().toLowerCase()));
        if (boardLost != null) {
            events.add(new TrialEvent(result.holdS(), "board-lost", boardLost.message()));
        }
        events.add(new TrialEvent(result.holdS(), "hold-end", result.endReason().name().toLowerCase()));
        return events;
    }

    private Path writeRecording(PrescribedTrial trial, int number) {
        Path file = workDirectory.resolve("trial-" + number + "-" + System.nanoTime() + ".csv");
        try {
            raw.write(file, board.rateHz(), board.geometry().cellSpacingMlM(), board.geometry().cellSpacingApM(),
                    Map.of("source", board.sourceName(), "exercise", trial.exerciseId(),
                            "leg", trial.leg().name().toLowerCase(), "dropped_samples",
                            Long.toString(raw.droppedCount())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the raw recording of trial " + number + " to " + file, e);
        }
        return file;
    }

    private static long committed(CompletableFuture<Long> commit, int number) throws InterruptedException {
        try {
            return commit.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException storeFailure) {
                throw storeFailure;
            }
            throw new IllegalStateException("trial " + number + " was not stored", e.getCause());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The store keeps its own compressed copy; a leftover file in the work directory is harmless.
            System.getLogger(SessionRunner.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete " + file + ": " + e.getMessage());
        }
    }

    private void publish(Status next) {
        status = next;
        Consumer<SessionState> watching = observer;
        if (watching != null) {
            watching.accept(state());
        }
    }
}
