package dev.stork.web.session;

import dev.stork.board.TrialBoard;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionCommand;
import dev.stork.session.SessionPhase;
import dev.stork.session.SessionRunner;
import dev.stork.session.SessionState;
import dev.stork.session.TrialAnswer;
import dev.stork.session.TrialQuestions;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import dev.stork.web.DashboardSession;
import dev.stork.web.SessionView;
import dev.stork.web.SessionView.Phase;
import dev.stork.web.SourceStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * The dashboard's session: the same {@link SessionRunner} as the terminal, run on a session thread of its own.
 * {@link #start()} begins the person's current plan, {@link #startExercise} one exercise of it and
 * {@link #startStanceTest} the single-leg stance test; {@link #replacePlan} changes the plan between sessions. The
 * dashboard's commands become {@link SessionCommand}s; the
 * pain question is answered by {@link #report} (the runner's {@link dev.stork.session.TrialQuestions} port returns
 * null and waits for the {@code REPORT} command); ending the session while it waits ({@link #stop()}, or
 * {@link #close()} when the server shuts down) saves the finished trial with its pain not reported.
 * {@link #view()} polls the runner's immutable state and adds what the runner does not carry: the hold being
 * answered, a pause or stop asked for, and why the session thread died.
 *
 * <p>Threads: commands are synchronized on this object and never wait for the board; {@link #view()} and
 * {@link #status()} read volatile fields only. A session thread that ends on an exception (the board failed, the
 * store refused a trial) leaves {@link Phase#FAILED} with the reason; the trials committed before it stay in the
 * store and in the view.
 */
public final class RunnerSession implements DashboardSession {
    /** How long {@link #report} waits for the trial to be committed before answering, ms. */
    static final long REPORT_WAIT_MS = 2000;
    /** How long {@link #close} waits for the session to end after asking it to stop, ms. */
    static final long CLOSE_WAIT_MS = 3000;
    private static final System.Logger LOG = System.getLogger(RunnerSession.class.getName());
    /** Oldest age accepted for the stance test's norms, years (as {@code stork stance-test --age}). */
    static final int OLDEST_AGE = 120;

    private final Store store;
    private final ExerciseCatalogue catalogue;
    private final MeteredBoard board;
    private final SessionClock clock;
    private final Path workDirectory;
    private final Person person;
    /** Answers the questions after each trial in place of the dashboard (the demo's simulated person); or null. */
    private final TrialQuestions answers;
    private volatile Run run;
    /** Told of every state the runner publishes; a no-op until the dashboard asks. */
    private volatile Runnable updated = () -> { };
    private volatile List<PrescribedTrial> upcoming;

    /**
     * One session: its runner, thread, trials and what the dashboard asked of it. The runner and thread are set
     * before the run is published through the volatile {@link #run} field.
     */
    private static final class Run {
        final SessionChoice choice;
        final List<PrescribedTrial> trials;
        SessionRunner runner;
        Thread thread;
        volatile int answeredTrial;
        volatile double heldS = Double.NaN;
        volatile int askedTrial;
        volatile boolean pauseRequested;
        volatile boolean stopRequested;
        volatile String failure;
        volatile boolean ended;

        Run(SessionChoice choice, List<PrescribedTrial> trials) {
            this.choice = choice;
            this.trials = trials;
        }

        SessionViews.Requests requests() {
            return new SessionViews.Requests(askedTrial, answeredTrial, heldS, pauseRequested, stopRequested,
                    failure);
        }
    }

    /**
     * @param store         where trials, recordings, decisions and the updated plan go
     * @param catalogue     the exercises
     * @param board         the board trials run on
     * @param sourceKind    the {@code --source} the board was made from, for the sensor screen
     * @param clock         the clock of the rests
     * @param clockNanos    monotonic clock for the achieved sample rate
     * @param workDirectory where each trial's raw recording is written before the store keeps it
     * @param person        who trains; must have a plan in the store ({@link Trainee#openOrCreate})
     */
    public RunnerSession(Store store, ExerciseCatalogue catalogue, TrialBoard board, String sourceKind,
                         SessionClock clock, LongSupplier clockNanos, Path workDirectory, Person person) {
        this(store, catalogue, board, sourceKind, clock, clockNanos, workDirectory, person, null);
    }

    /**
     * A session whose questions after each trial are answered by {@code answers} rather than on the dashboard, as
     * the demo's simulated person answers them; the dashboard then only watches and commands (pause, skip, stop).
     *
     * @param answers answers the pain and form questions; null to wait for the dashboard's report
     */
    public RunnerSession(Store store, ExerciseCatalogue catalogue, TrialBoard board, String sourceKind,
                         SessionClock clock, LongSupplier clockNanos, Path workDirectory, Person person,
                         TrialQuestions answers) {
        this.answers = answers;
        this.store = store;
        this.catalogue = catalogue;
        this.board = new MeteredBoard(board, sourceKind, clockNanos);
        this.clock = clock;
        this.workDirectory = workDirectory;
        this.person = person;
        this.upcoming = SessionPrescription.of(plan(), catalogue);
    }

    private Plan plan() {
        return store.currentPlan(person.id()).orElseThrow(() -> new IllegalStateException(
                person.name() + " has no plan in " + store.file()));
    }

    @Override
    public SessionView view() {
        Run r = run;
        if (r == null) {
            return SessionViews.ready(catalogue, upcoming, "Press start, then step onto the board.");
        }
        return SessionViews.of(catalogue, r.choice, r.trials, r.runner.state(), r.requests());
    }

    /** The session runner's own state now, for a terminal view beside the dashboard; null before the start. */
    public SessionState sessionState() {
        Run r = run;
        return r == null ? null : r.runner.state();
    }

    /** Whether a session was started and has ended (finished, stopped or failed). */
    public boolean ended() {
        Run r = run;
        return r != null && r.ended;
    }

    /** Why the session failed, or null. */
    public String failure() {
        Run r = run;
        return r == null ? null : r.failure;
    }

    @Override
    public void onUpdate(Runnable signal) {
        this.updated = signal;
    }

    @Override
    public SourceStatus status() {
        return board.status();
    }

    /** What a session runs on the session thread, given its runner. */
    @FunctionalInterface
    private interface Body {
        void run(SessionRunner runner) throws InterruptedException;
    }

    @Override
    public synchronized void start() {
        idle();
        // After a session the plan may have moved on: read it again.
        Plan plan = plan();
        begin(SessionChoice.WHOLE_PLAN, SessionPrescription.of(plan, catalogue), runner -> runner.run(person, plan));
    }

    /**
     * Begins a session of one exercise of the person's plan, at its current level with its dose: its progression is
     * decided as after any session, and the plan's other exercises are left as they are.
     *
     * @throws IllegalStateException    when a session is under way
     * @throws IllegalArgumentException when the plan has no such exercise (naming the plan's exercises), or the
     *                                  exercise is done off the board
     */
    @Override
    public synchronized void startExercise(String exerciseId) {
        idle();
        Plan plan = plan();
        PlanEntry entry = plan.entry(exerciseId).orElseThrow(() -> new IllegalArgumentException("'" + exerciseId
                + "' is not in the plan of " + person.name() + "; its exercises are: " + plan.entries().stream()
                .map(PlanEntry::exerciseId).collect(Collectors.joining(", "))));
        Exercise exercise = catalogue.get(exerciseId);
        if (!exercise.isMeasured()) {
            throw new IllegalArgumentException(exercise.name() + " is done off the board: there is nothing for "
                    + "the board to measure");
        }
        begin(SessionChoice.ONE_EXERCISE, SessionPrescription.of(new Plan(List.of(entry)), catalogue),
                runner -> runner.run(person, plan, exerciseId));
    }

    /**
     * Begins the single-leg stance test ({@link StanceTest#protocol}), as {@code stork stance-test} runs it: its
     * trials are stored, no progression decision is made and the plan is left as it is. The age and sex, when
     * given, are kept with the person, as {@code stork stance-test --age --sex} keeps them.
     *
     * @param ageYears the person's age, or null to use the one kept with them
     * @param sex      the person's sex, or null to use the one kept (if any)
     * @throws IllegalStateException    when a session is under way
     * @throws IllegalArgumentException when the age is neither given nor known, or out of range
     */
    @Override
    public synchronized void startStanceTest(Integer ageYears, Sex sex) {
        idle();
        if (ageYears != null && (ageYears < 1 || ageYears > OLDEST_AGE)) {
            throw new IllegalArgumentException("the age must be a whole number of years from 1 to " + OLDEST_AGE
                    + ", was " + ageYears);
        }
        int thisYear = Year.now().getValue();
        Person known = store.person(person.name()).orElse(person);
        if (ageYears == null && known.birthYear() == 0) {
            throw new IllegalArgumentException("the norms depend on age: give the age of " + person.name()
                    + " (Stork keeps it, so only this once)");
        }
        int birthYear = ageYears == null ? known.birthYear() : thisYear - ageYears;
        Sex keptSex = sex == null ? known.sex() : sex;
        Person who = birthYear == known.birthYear() && keptSex == known.sex() ? known
                : store.updatePerson(known.id(), birthYear, keptSex);
        begin(SessionChoice.stanceTest(thisYear - who.birthYear(), who.sex()), StanceTest.protocol(catalogue),
                runner -> runner.run(who, StanceTest.protocol(catalogue)));
    }

    /**
     * Replaces the person's plan, as {@code stork plan --set} does; refused while a session is under way (paused
     * too), since its end stores the plan it began with, moved on by its decisions.
     *
     * @throws IllegalStateException when a session is under way
     */
    @Override
    public synchronized void replacePlan(Plan plan) {
        Run current = run;
        if (current != null && !current.ended) {
            throw new IllegalStateException("A session is under way: end it before changing the plan.");
        }
        store.savePlan(person.id(), plan, Instant.now());
        upcoming = SessionPrescription.of(plan, catalogue);
    }

    /** Refuses to begin while a session is under way. */
    private void idle() {
        Run current = run;
        if (current != null && !current.ended) {
            throw new IllegalStateException("the session is already running");
        }
    }

    /** Begins {@code trials} on a new session thread, which runs {@code body}. */
    private void begin(SessionChoice choice, List<PrescribedTrial> trials, Body body) {
        if (trials.isEmpty()) {
            throw new IllegalStateException("the plan of " + person.name() + " has no trials");
        }
        if (choice.kind() == SessionView.Kind.PLAN) {
            upcoming = trials;
        }
        Run next = new Run(choice, trials);
        next.runner = new SessionRunner(store, catalogue, board, (trial, number, heldS) -> {
            next.heldS = heldS;
            next.askedTrial = number; // after heldS: a view that sees the question sees its hold
            if (answers == null) {
                return null; // the answer comes as a REPORT command from report()
            }
            TrialAnswer answer = answers.ask(trial, number, heldS);
            next.answeredTrial = number;
            return answer;
        }, clock, workDirectory);
        next.runner.observe(state -> updated.run());
        next.thread = new Thread(() -> runSession(next, body), "stork-session");
        next.thread.setDaemon(true);
        run = next;
        next.thread.start();
    }

    /** The session thread: runs the session to its end and keeps the reason if it ends early. */
    private void runSession(Run r, Body body) {
        try {
            body.run(r.runner);
        } catch (InterruptedException e) {
            r.failure = "the server was shut down during the session";
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "the session of " + person.name() + " failed", e);
            r.failure = reason(e);
        } finally {
            r.ended = true;
        }
    }

    /** The messages of an exception and its causes, each once: "trial 2: the board failed: no data for 2 s". */
    static String reason(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }

    /** The running session, or the reason there is none to command. */
    private Run active(String command) {
        Run r = run;
        if (r == null) {
            throw new IllegalStateException("nothing to " + command + ": the session has not started; press start");
        }
        if (r.ended) {
            throw new IllegalStateException("nothing to " + command + ": the session is over");
        }
        return r;
    }

    private Phase phase(Run r) {
        return SessionViews.of(catalogue, r.trials, r.runner.state(), r.requests()).phase();
    }

    @Override
    public synchronized void pause() {
        Run r = active("pause");
        Phase phase = phase(r);
        if (phase == Phase.PAUSED) {
            throw new IllegalStateException("the session is already paused");
        }
        if (r.pauseRequested) {
            return; // asked already: the pause begins after the running trial
        }
        r.pauseRequested = true;
        r.runner.send(SessionCommand.of(SessionCommand.Kind.PAUSE));
    }

    @Override
    public synchronized void resume() {
        Run r = active("resume");
        if (phase(r) != Phase.PAUSED && !r.pauseRequested) {
            throw new IllegalStateException("nothing to resume: the session is not paused");
        }
        r.pauseRequested = false;
        r.runner.send(SessionCommand.of(SessionCommand.Kind.RESUME));
    }

    @Override
    public synchronized void skip() {
        Run r = active("skip");
        Phase phase = phase(r);
        if (phase == Phase.REPORT || phase == Phase.SAVING) {
            throw new IllegalStateException("the trial is finished: answer the pain question to save it");
        }
        if (phase == Phase.PAUSED) {
            throw new IllegalStateException("the session is paused: resume first");
        }
        r.runner.send(SessionCommand.of(SessionCommand.Kind.SKIP));
    }

    @Override
    public synchronized void stop() {
        Run r = active("end");
        r.stopRequested = true;
        r.runner.send(SessionCommand.of(SessionCommand.Kind.STOP));
    }

    @Override
    public synchronized void report(int pain, boolean lostForm, boolean sharpOrTingling) {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0 to 10, got " + pain);
        }
        Run r = active("answer");
        SessionState state = r.runner.state();
        if (SessionViews.of(catalogue, r.trials, state, r.requests()).phase() != Phase.REPORT) {
            throw new IllegalStateException("no trial is waiting for a pain answer");
        }
        int number = state.trialNumber();
        r.answeredTrial = number;
        r.runner.send(SessionCommand.report(pain, lostForm, sharpOrTingling));
        // Answer once the trial is committed, so the reply already carries its score; a slow store only delays.
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(REPORT_WAIT_MS);
        while (System.nanoTime() < deadline && !r.ended) {
            SessionState now = r.runner.state();
            if (now.phase() != SessionPhase.PAIN_PROMPT || now.trialNumber() != number) {
                return;
            }
            LockSupport.parkNanos(1_000_000);
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

    /**
     * Ends the running session, if any, for shutting down: asks it to stop and waits up to
     * {@value #CLOSE_WAIT_MS} ms, then interrupts it. Trials already saved stay saved; a trial still waiting for
     * its pain answer is saved with its pain not reported, and the decision is made, as after {@link #stop()}.
     */
    public void close() throws InterruptedException {
        Run r = run;
        if (r == null || r.ended) {
            return;
        }
        r.stopRequested = true;
        r.runner.send(SessionCommand.of(SessionCommand.Kind.STOP));
        r.thread.join(CLOSE_WAIT_MS);
        if (r.thread.isAlive()) {
            r.thread.interrupt();
            r.thread.join(CLOSE_WAIT_MS);
        }
    }
}
