package dev.stork.cli;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.LoggedAnswer;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionRunner;
import dev.stork.session.SessionState;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.session.TrialAnswer;
import dev.stork.session.TrialQuestions;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Sex;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.session.RunnerSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stork demo}: a whole simulated session of single-leg stance, shown live in the terminal, no hardware
 * needed. A simulated person stands on a simulated Wii-sized plate and follows the session: instructions, countdown,
 * hold timer and sway, scripted pain answers, scores, the left-right comparison and the progression decision, all
 * stored in a data directory (a new temporary one unless {@code --data} is given). The view only reads the
 * session's published state. In real time the dashboard of {@code stork serve} watches the same session on this
 * machine (its address is printed); {@code --fast} runs on the calling thread, step by step, without it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs a simulated session of one exercise of the programme (single-leg stance, or --exercise "
                + "ID: a hold, a kneeling hold, a set of repetitions, or an exercise done off the board and logged) "
                + "live in the terminal: instructions, countdown, hold timer and sway, scores, left-right comparison "
                + "and the next step. No hardware needed; stored in a temporary directory unless --data is given. "
                + "Prints the address of a dashboard showing the same session in a browser on this machine.")
public final class DemoCommand implements Callable<Integer> {
    static final String EXERCISE = "single-leg-stance";
    static final int TRIALS_PER_LEG = 2;
    private static final double RATE_HZ = 100;
    private static final int REST_S = 5;
    private static final long VIEW_PERIOD_MS = 33;

    @Spec
    private CommandSpec spec;

    @Option(names = "--exercise", paramLabel = "ID", defaultValue = EXERCISE, description = "the exercise to show: "
            + "single-leg-stance (default) or any exercise of the programme (stork plan lists them)")
    private String exercise;

    @Option(names = "--fast", description = "run as fast as possible instead of in real time")
    private boolean fast;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of the simulated person (default "
            + "${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory to store the session in (default: a "
            + "new temporary directory, so your own history is never touched)")
    private Path data;

    @Option(names = "--person", paramLabel = "NAME", defaultValue = "Demo", description = "name of the simulated "
            + "person (default ${DEFAULT-VALUE})")
    private String personName;

    @Option(names = "--port", defaultValue = "0", paramLabel = "PORT", description = "TCP port of the dashboard that "
            + "shows the demo in a browser on this machine (default: a free one, printed); without --fast only")
    private int port;

    /**
     * How the simulated person does: the hold of each trial (from 1) and the answers after it. The first trial
     * reaches the target; the others reach it or touch down early as the seed decides. Pain stays at one low level
     * through the session (a rise within a session would rightly move the person back).
     */
    record Performance(double[] holdS, int[] pain, boolean[] lostForm) {

        static Performance draw(long seed, int trials, double targetS) {
            Random random = new Random(seed);
            double[] holds = new double[trials];
            int[] pain = new int[trials];
            boolean[] lostForm = new boolean[trials];
            int sessionPain = random.nextInt(2);
            for (int k = 0; k < trials; k++) {
                boolean reachesTarget = k == 0 || random.nextDouble() < 0.6;
                holds[k] = reachesTarget ? targetS + 1.5 + random.nextDouble()
                        : 0.35 * targetS + 0.5 * targetS * random.nextDouble();
                pain[k] = sessionPain;
                lostForm[k] = !reachesTarget && random.nextDouble() < 0.5;
            }
            return new Performance(holds, pain, lostForm);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (personName == null || personName.isBlank()) {
            spec.commandLine().getErr().println("stork demo: --person needs a name");
            return 2;
        }
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        Optional<Exercise> chosen = catalogue.find(exercise);
        if (chosen.isEmpty() || chosen.get().assessment()) {
            spec.commandLine().getErr().println("stork demo: " + (chosen.isPresent()
                    ? "'" + exercise + "' is a test, not training: run it with 'stork stance-test'"
                    : "no exercise '" + exercise + "'") + "; the demo shows " + String.join(", ",
                    trainable(catalogue)));
            return 2;
        }
        Path directory = data != null ? data : Files.createTempDirectory("stork-demo-");
        Files.createDirectories(directory);
        Path work = Files.createTempDirectory("stork-demo-raw-");
        boolean terminal = !fast && System.console() != null;
        try (Store store = Store.open(directory)) {
            Person person = store.person(personName)
                    .orElseGet(() -> store.savePerson(personName, 1961, Sex.FEMALE));
            int level = store.currentPlan(person.id()).flatMap(p -> p.entry(exercise)).map(PlanEntry::level)
                    .orElse(1);
            Plan plan = new Plan(List.of(new PlanEntry(exercise, level, TRIALS_PER_LEG, 1, REST_S)));
            ExerciseLevel current = catalogue.get(exercise).level(level);
            Performance performance = Performance.draw(seed, 2 * TRIALS_PER_LEG, current.target().amount());
            long t0 = System.nanoTime();
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), RATE_HZ, seed,
                    fast ? Pacing.FAST : Pacing.REAL_TIME, () -> System.nanoTime() - t0,
                    k -> performance.holdS()[k - 1]);
            TrialQuestions answers = new SimulatedAnswers(performance);
            LiveSessionView view = new LiveSessionView(out, terminal, LiveSessionView.Cues.NONE);
            header(view, person, catalogue.get(exercise), current, seed);
            SessionState last;
            if (fast) {
                SessionRunner runner = new SessionRunner(store, catalogue, board, answers, SessionClock.jumping(),
                        work);
                last = LiveSessions.run(runner, view, true, () -> runner.run(person, plan));
            } else {
                last = withDashboard(new DemoSession(store, catalogue, board, answers, work, person, plan), view);
            }
            view.show(last);
            view.sessionSummary(last);
            view.line("");
            view.line("Stored in " + directory + " (see it with: stork history --data " + directory + ")");
        } finally {
            Files.deleteIfExists(work);
        }
        out.flush();
        return 0;
    }

    /** The exercises the demo shows: every exercise of the programme that is trained, not a test. */
    private static List<String> trainable(ExerciseCatalogue catalogue) {
        return catalogue.exercises().stream().filter(e -> !e.assessment()).map(Exercise::id).toList();
    }

    /**
     * The simulated person's answers: pain and form as the performance says, and an exercise done off the board
     * done, as many times as the performance's hold reads as a count (at least one, at most the target).
     */
    private record SimulatedAnswers(Performance performance) implements TrialQuestions {
        @Override
        public TrialAnswer ask(PrescribedTrial trial, int trialNumber, double heldS) {
            return new TrialAnswer(performance.pain()[trialNumber - 1], performance.lostForm()[trialNumber - 1]);
        }

        @Override
        public LoggedAnswer askLogged(PrescribedTrial trial, int trialNumber) {
            long done = Math.round(performance.holdS()[trialNumber - 1]);
            return new LoggedAnswer(true, (int) Math.max(1, Math.min(trial.target().amount(), done)));
        }
    }

    /** What the demo runs its session with, when a dashboard watches it. */
    private record DemoSession(Store store, ExerciseCatalogue catalogue, SimulatedTrialBoard board,
                               TrialQuestions answers, Path work, Person person, Plan plan) {
    }

    /**
     * Runs the session in real time with the dashboard watching it, as {@code stork serve} runs one, its address
     * printed: the terminal view follows the same session state the browser shows. The dashboard closes with the
     * demo.
     */
    private SessionState withDashboard(DemoSession demo, LiveSessionView view) throws InterruptedException {
        // The dashboard's session reads today's plan from the store, as it does for a person training.
        demo.store().savePlan(demo.person().id(), demo.plan(), Instant.now());
        RunnerSession session = new RunnerSession(demo.store(), demo.catalogue(), demo.board(), "sim",
                SessionClock.system(), System::nanoTime, demo.work(), demo.person(), demo.answers());
        try (DashboardServer server = DashboardServer.start(new DashboardConfig(DashboardConfig.LOOPBACK, port, null),
                session)) {
            view.line("Watch it in a browser on this machine too: " + server.url());
            view.line("");
            session.start();
            while (!session.ended()) {
                SessionState now = session.sessionState();
                if (now != null) {
                    view.show(now);
                }
                Thread.sleep(VIEW_PERIOD_MS);
            }
            if (session.failure() != null) {
                throw new IllegalStateException("the demo session failed: " + session.failure());
            }
            return session.sessionState();
        } finally {
            session.close();
        }
    }

    private static void header(LiveSessionView view, Person person, Exercise exercise, ExerciseLevel level,
                               long seed) {
        view.line(String.format(Locale.ROOT, "Stork demo: %s, level %d (%s), %d trials per leg.", exercise.name(),
                level.level(), level.name(), TRIALS_PER_LEG));
        view.line(String.format(Locale.ROOT, "%s, a simulated person (72 kg), on a simulated balance board at %.0f "
                + "Hz, seed %d.", person.name(), RATE_HZ, seed));
        view.line("What to do: " + level.instruction());
        view.line("Safety: " + exercise.safetyCue());
        view.line("");
    }
}
