package dev.stork.web.session;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.store.TrialEvent;
import dev.stork.store.TrialRecord;
import dev.stork.training.Baseline;
import dev.stork.training.EndReason;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import dev.stork.training.TrialScorer;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialListener;
import dev.stork.trial.TrialResult;
import dev.stork.web.DashboardSession;
import dev.stork.web.SessionView;
import dev.stork.web.SessionView.Phase;
import dev.stork.web.SessionView.TrialStatus;
import dev.stork.web.SessionView.TrialView;
import dev.stork.web.SourceStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Today's plan, one trial at a time: {@link #start()} runs a fresh {@link PlatePipeline} over a source from the
 * {@link TrialSourceFactory} on its own acquisition thread; the first hold's result stops the source; the person's
 * pain and form report completes the trial, which is scored ({@link TrialScorer} against the person's
 * {@link Baseline}) and saved through {@link Store#submitTrial} without waiting. Only hold exercises measured on a
 * plate are run; the plan's other trials are not part of a board session.
 *
 * <p>Threads: commands and views are synchronized on this object; the acquisition thread only runs the pipeline
 * and hands the trial's result over through a volatile field. Replaceable by a shared session runner: the
 * dashboard sees only {@link DashboardSession}.
 */
public final class TrialByTrialSession implements DashboardSession {
    private final Store store;
    private final ExerciseCatalogue catalogue;
    private final TrialSourceFactory sources;
    private final Clock clock;
    private final LongSupplier clockNanos;
    private final Person person;
    private final List<PrescribedTrial> trials;
    private final TrialStatus[] statuses;
    private final double[] holdS;
    private final double[] scores;
    private final HealthCounters health = new HealthCounters();
    private final String sourceName;

    private Phase phase = Phase.READY;
    private int current;
    private int attempts;
    private long sessionId;
    private String message;
    private double lastScore = Double.NaN;
    private volatile PlatePipeline pipeline;
    private TrialRun run;
    private Thread acquisition;
    private Instant trialStartedAt;

    /**
     * Opens (or creates) the person and their plan.
     *
     * @param store            where trials go
     * @param catalogue        the exercises
     * @param personName       the person training; created when new
     * @param startingExercises the plan for a new person (catalogue ids)
     * @param sources          where samples come from
     * @param clock            wall clock for the stored times
     * @param clockNanos       monotonic clock of the sources, ns
     */
    public TrialByTrialSession(Store store, ExerciseCatalogue catalogue, String personName,
                               List<String> startingExercises, TrialSourceFactory sources, Clock clock,
                               LongSupplier clockNanos) {
        this.store = store;
        this.catalogue = catalogue;
        this.sources = sources;
        this.clock = clock;
        this.clockNanos = clockNanos;
        this.person = store.person(personName).orElseGet(() -> store.savePerson(personName, 0, null));
        Plan plan = store.currentPlan(person.id()).orElse(null);
        if (plan == null) {
            plan = Plan.starting(catalogue, startingExercises.toArray(String[]::new));
            store.savePlan(person.id(), plan, clock.instant());
        }
        List<PrescribedTrial> onBoard = new ArrayList<>();
        for (PrescribedTrial trial : SessionPrescription.of(plan, catalogue)) {
            Exercise exercise = catalogue.get(trial.exerciseId());
            if (trial.target().isHold() && exercise.isMeasured() && trial.leg() != Leg.BOTH) {
                onBoard.add(trial);
            }
        }
        if (onBoard.isEmpty()) {
            throw new IllegalArgumentException("the plan of " + personName + " has no single-leg hold on a plate");
        }
        this.trials = List.copyOf(onBoard);
        this.statuses = new TrialStatus[trials.size()];
        Arrays.fill(statuses, TrialStatus.TODO);
        this.holdS = new double[trials.size()];
        this.scores = new double[trials.size()];
        Arrays.fill(holdS, Double.NaN);
        Arrays.fill(scores, Double.NaN);
        this.sourceName = sources.forTrial(trials.get(0), 0).description().name();
        this.message = "Press start, then step onto the board.";
    }

    @Override
    public synchronized SessionView view() {
        List<TrialView> views = new ArrayList<>(trials.size());
        for (int i = 0; i < trials.size(); i++) {
            PrescribedTrial t = trials.get(i);
            Exercise exercise = catalogue.get(t.exerciseId());
            TrialStatus status = i == current && phase != Phase.DONE ? TrialStatus.CURRENT : statuses[i];
            views.add(new TrialView(t.exerciseId(), exercise.name(), t.level(), t.leg().word(), t.target().amount(),
                    exercise.level(t.level()).instruction(), t.safetyCue(), status, holdS[i], scores[i]));
        }
        PlatePipeline running = pipeline;
        LiveSnapshot live = running == null ? null : running.snapshot();
        return new SessionView(phase, views, current, live, lastScore, message);
    }

    @Override
    public SourceStatus status() {
        HealthEvent last = health.lastEvent();
        boolean running;
        synchronized (this) {
            running = phase == Phase.RUNNING;
        }
        String connection = !running ? "IDLE" : last == null ? "CONNECTING" : last.kind().name();
        boolean healthy = last == null || last.kind() == HealthEvent.Kind.CONNECTED
                || last.kind() == HealthEvent.Kind.WARNING;
        return new SourceStatus(sourceName, sources.kind(), sources.rateHz(),
                health.achievedRateHz(clockNanos.getAsLong()), health.samples(), health.dropped(),
                health.dataLossEvents(), connection, last == null ? "" : last.message(), healthy);
    }

    @Override
    public synchronized void start() {
        if (phase != Phase.READY && phase != Phase.PAUSED) {
            throw new IllegalStateException("cannot start now: the session is " + phase.name().toLowerCase());
        }
        if (sessionId == 0) {
            sessionId = store.startSession(person.id(), clock.instant());
        }
        PrescribedTrial trial = trials.get(current);
        SampleSource nextSource = sources.forTrial(trial, attempts++);
        TrialRun run = new TrialRun(nextSource);
        PlatePipeline next = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, sources.rateHz(),
                PlateStanceConfig.defaults(trial.target().amount()), run);
        SampleListener counted = health.forwardingTo(next);
        pipeline = next;
        this.run = run;
        trialStartedAt = clock.instant();
        phase = Phase.RUNNING;
        message = "Step on, then stand on your " + trial.leg().word() + " leg.";
        Thread thread = new Thread(() -> acquire(run, counted), "stork-acquisition");
        thread.setDaemon(true);
        acquisition = thread;
        thread.start();
    }

    /** One attempt: its source and, once the first hold ends (on the acquisition thread), its result. */
    private static final class TrialRun implements TrialListener {
        final SampleSource source;
        volatile TrialResult result;

        TrialRun(SampleSource source) {
            this.source = source;
        }

        @Override
        public void onTrialResult(TrialResult trialResult) {
            if (result == null) {
                result = trialResult;
                source.stop();
            }
        }
    }

    private void acquire(TrialRun trialRun, SampleListener listener) {
        try {
            trialRun.source.run(listener);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            trialRun.source.close();
            acquisitionEnded(trialRun);
        }
    }

    private synchronized void acquisitionEnded(TrialRun trialRun) {
        if (trialRun != run || phase != Phase.RUNNING) {
            return; // paused, skipped or stopped meanwhile
        }
        TrialResult result = trialRun.result;
        if (result == null) {
            phase = Phase.READY;
            message = "No hold was seen. Press start to try again.";
        } else {
            phase = Phase.REPORT;
            message = String.format(java.util.Locale.ROOT, "You held %.1f s. How much pain (0-10)?", result.holdS());
        }
    }

    @Override
    public synchronized void pause() {
        if (phase != Phase.RUNNING) {
            throw new IllegalStateException("nothing to pause: no trial is running");
        }
        halt();
        phase = Phase.PAUSED;
        message = "Paused. Press start to repeat this trial.";
    }

    @Override
    public synchronized void skip() {
        if (phase == Phase.DONE) {
            throw new IllegalStateException("the session is over");
        }
        halt();
        statuses[current] = TrialStatus.SKIPPED;
        advance("Skipped.");
    }

    @Override
    public synchronized void stop() {
        if (phase == Phase.DONE) {
            throw new IllegalStateException("the session is already over");
        }
        halt();
        finish("Session stopped.");
    }

    @Override
    public synchronized void report(int pain, boolean lostForm) {
        if (phase != Phase.REPORT) {
            throw new IllegalStateException("no trial is waiting for a report");
        }
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0 to 10, got " + pain);
        }
        PrescribedTrial trial = trials.get(current);
        TrialResult result = run.result;
        TrialOutcome outcome = outcome(trial, result, pain, lostForm);
        List<TrialOutcome> earlier = new ArrayList<>();
        for (StoredTrial stored : store.trials(person.id())) {
            earlier.add(stored.outcome());
        }
        Exercise exercise = catalogue.get(trial.exerciseId());
        TrialScore score = TrialScorer.score(outcome, exercise.level(trial.level()),
                Baseline.of(earlier, trial.exerciseId(), trial.level(), trial.leg()));
        List<TrialEvent> events = List.of(new TrialEvent(0, "start", "hold began on the " + trial.leg().word()
                + " leg"), new TrialEvent(result.holdS(), "end", result.endReason().name().toLowerCase()));
        store.saveTrial(new TrialRecord(sessionId, outcome, score, events, null));
        holdS[current] = outcome.holdSeconds();
        scores[current] = score.total();
        lastScore = score.total();
        statuses[current] = TrialStatus.DONE;
        advance(String.format(java.util.Locale.ROOT, "Saved: score %.0f.", score.total()));
    }

    private TrialOutcome outcome(PrescribedTrial trial, TrialResult result, int pain, boolean lostForm) {
        EndReason reason = switch (result.endReason()) {
            case TOUCHDOWN -> EndReason.TOUCHDOWN;
            case STEP_OFF -> EndReason.STEP_OFF;
            case TARGET -> EndReason.TARGET;
            case EDGE_CONTACT, END_OF_DATA -> EndReason.STOPPED;
        };
        var sway = result.sway();
        return new TrialOutcome(trial.exerciseId(), trial.level(), trial.leg(), trial.target(),
                result.endReason() == HoldEndReason.TARGET ? trial.target().amount() : result.holdS(), 0, reason,
                sway.meanVelocity() * 100, sway.ellipseArea() * 1e4, sway.rmsDistance() * 100, pain, lostForm,
                trialStartedAt, null); // no calibration package yet: the simulation delivers newtons
    }

    /** Stops the running source, if any, and forgets its result. */
    private void halt() {
        if (run != null && phase == Phase.RUNNING) {
            run.source.stop();
        }
    }

    private void advance(String what) {
        current++;
        if (current >= trials.size()) {
            finish(what + " That was the last trial. Well done.");
        } else {
            phase = Phase.READY;
            PrescribedTrial next = trials.get(current);
            message = what + " Next: " + catalogue.get(next.exerciseId()).name() + ", " + next.leg().word()
                    + " leg. Rest " + trials.get(current - 1).restAfterSeconds() + " s, then press start.";
        }
    }

    private void finish(String what) {
        phase = Phase.DONE;
        message = what;
        if (sessionId != 0) {
            store.finishSession(sessionId, clock.instant());
        }
    }

    @Override
    public Store store() {
        return store;
    }

    @Override
    public String personName() {
        return person.name();
    }

    /** Stops any running trial and waits up to a second for its thread; for shutting down. */
    public void close() throws InterruptedException {
        Thread thread;
        synchronized (this) {
            halt();
            thread = acquisition;
        }
        if (thread != null) {
            thread.join(1000);
        }
    }
}
