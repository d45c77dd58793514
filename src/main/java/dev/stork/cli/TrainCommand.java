package dev.stork.cli;

import dev.stork.board.BoardSetupException;
import dev.stork.board.TrialBoard;
import dev.stork.session.FinishedTrial;
import dev.stork.store.DataDirectory;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import dev.stork.training.TrialOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stork train}: today's session of a person's plan in the terminal. The person stands on the board; each
 * trial's instructions, countdown, hold timer and sway are shown live, and after each trial they answer the pain
 * and form questions on the keyboard. At the end: scores, the left-right comparison and the decision for the next
 * session, all stored. A new person starts at level 1 of single-leg stance.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Runs today's session of your plan on the board, live in the terminal: instructions, countdown, "
                + "hold timer and sway, then the pain and form questions after each trial. Ends with your scores, the "
                + "left-right comparison and the next step, all stored. Keys while it runs (then Enter): p pause, "
                + "r go on, s skip a trial, q stop.")
public final class TrainCommand implements Callable<Integer> {
    /** The plan of a person who has none yet. */
    static final String STARTING_EXERCISE = "single-leg-stance";
    /** How far past each target the simulated person holds, s. */
    static final double SIMULATED_HOLD_PAST_TARGET_S = 2;

    @Option(names = "--person", defaultValue = "me", paramLabel = "NAME",
            description = "Who trains; created with a starting plan when new. Default: ${DEFAULT-VALUE}.")
    String person;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $STORK_DATA, else ~/.local/share/stork).")
    Path data;

    @Option(names = "--source", defaultValue = "sim", paramLabel = "SPEC",
            description = "The board: sim (a simulated person who holds each trial 2 s past its target), or a "
                    + "force plate: serial:/dev/ttyACM0, i2c:nau7802x4@1, wii, or file:REC.csv[,speed=fast] (a recording "
                    + "replayed as the board). Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--fast", description = "With --source sim: run as fast as possible instead of in real time.")
    boolean fast;

    @Spec
    CommandSpec spec;

    /** Where the answers and keys come from; the terminal unless a test gives other input. */
    InputStream input = System.in;

    /** Today's trials, known once the plan is read; the simulated person holds each past its target. */
    private List<PrescribedTrial> prescribed = List.of();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (person == null || person.isBlank()) {
            return fail(err, "--person needs a name");
        }
        Path directory = DataDirectory.resolve(data);
        TrialBoard board = openBoard(err, new SessionBoards.Simulation(fast, 1,
                k -> prescribed.get(k - 1).target().amount() + SIMULATED_HOLD_PAST_TARGET_S), directory);
        if (board == null) {
            return 2;
        }
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        try (Store store = Store.open(directory)) {
            Person who = store.person(person.strip()).orElseGet(() -> store.savePerson(person, 0, null));
            Plan plan = store.currentPlan(who.id()).orElse(null);
            if (plan == null) {
                plan = Plan.starting(catalogue, STARTING_EXERCISE);
                store.savePlan(who.id(), plan, Instant.now());
            }
            List<PrescribedTrial> trials = SessionPrescription.of(plan, catalogue);
            prescribed = trials;
            boolean echo = System.console() == null;
            LiveSessionView view = new LiveSessionView(out, !fast && !echo, cues(catalogue));
            header(view, who, plan, catalogue, trials.size(), board.sourceName());
            Plan today = plan;
            LiveSessions.Ended ended = LiveSessions.runWithKeyboard(store, catalogue, board, input, view, fast, echo,
                    runner -> () -> runner.run(who, today));
            view.sessionSummary(ended.last());
            view.line("");
            if (board.exhausted()) {
                view.line("The board's data ended (" + board.sourceName() + "): the session stopped there.");
            }
            if (ended.stopAsked()) {
                view.line(stoppedLine(ended.last().finished().stream().map(FinishedTrial::outcome).toList(),
                        trials.size()));
            }
            view.line("Stored in " + directory + " (see it with: stork history --data " + directory + " --person "
                    + who.name() + ")");
        } finally {
            SessionBoards.close(board);
        }
        out.flush();
        return 0;
    }

    private TrialBoard openBoard(PrintWriter err, SessionBoards.Simulation simulation, Path directory)
            throws InterruptedException {
        try {
            return SessionBoards.open(source, simulation, directory);
        } catch (IllegalArgumentException | BoardSetupException e) {
            fail(err, e.getMessage());
            return null;
        }
    }

    /** What an early stop kept, and how many of those trials were stored without their answers. */
    static String stoppedLine(List<TrialOutcome> stored, int prescribed) {
        if (stored.isEmpty()) {
            return "Stopped before any trial was stored.";
        }
        long unanswered = stored.stream().filter(o -> !o.answered()).count();
        return String.format(Locale.ROOT, "Stopped early: %d of %d trials done and stored%s.", stored.size(),
                prescribed, unanswered == 0 ? "" : unanswered == 1 ? ", 1 of them without its answers"
                        : ", " + unanswered + " of them without their answers");
    }

    private static int fail(PrintWriter err, String message) {
        err.println("stork train: " + message);
        err.flush();
        return 2;
    }

    /** Before each exercise and level: what it is, what to do and the safety cue. */
    private static LiveSessionView.Cues cues(ExerciseCatalogue catalogue) {
        return new LiveSessionView.Cues() {
            @Override
            public List<String> before(PrescribedTrial trial) {
                Exercise exercise = catalogue.get(trial.exerciseId());
                ExerciseLevel level = exercise.level(trial.level());
                return List.of(String.format(Locale.ROOT, "%s, level %d (%s): %s", exercise.name(), level.level(),
                        level.name(), level.instruction()), "Safety: " + trial.safetyCue());
            }
        };
    }

    private static void header(LiveSessionView view, Person who, Plan plan, ExerciseCatalogue catalogue, int trials,
                               String board) {
        view.line(String.format(Locale.ROOT, "Stork: today's session for %s, %d trials (board: %s).", who.name(),
                trials, board));
        for (PlanEntry entry : plan.entries()) {
            Exercise exercise = catalogue.get(entry.exerciseId());
            ExerciseLevel level = exercise.level(entry.level());
            view.line(String.format(Locale.ROOT, "  %s, level %d (%s): %d %s, target %s%s.", exercise.name(),
                    entry.level(), level.name(), entry.repetitionsPerLeg() * entry.sets(),
                    level.perLeg() ? "per leg" : "trials", level.target().words(),
                    exercise.isMeasured() ? "" : "; done off the board: you are asked how many you did"));
        }
        view.line("After each trial: your pain now (0-10) and whether your form broke.");
        view.line("Keys while it runs (then Enter): p pause, r go on, s skip a trial, q stop.");
        view.line("");
    }
}
