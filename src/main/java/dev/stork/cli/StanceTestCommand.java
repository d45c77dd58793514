package dev.stork.cli;

import dev.stork.board.BoardSetupException;
import dev.stork.board.TrialBoard;
import dev.stork.session.FinishedTrial;
import dev.stork.store.DataDirectory;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stork stance-test}: the single-leg stance test on the board, as Springer et al. (2007) ran it (see
 * {@link StanceTest}): arms crossed on the chest, three trials per leg with eyes open, then three with eyes closed,
 * each up to 45 s; the best of three counts and is placed against the age norms. The trials are stored like any
 * session's; no progression decision is made. Age and sex are kept with the person, so they are given once.
 */
@Command(name = "stance-test", mixinStandardHelpOptions = true,
        description = "Runs the single-leg stance test on the board: arms crossed, three trials per leg with eyes "
                + "open, then three with eyes closed, each up to 45 s. Shows the best of three per leg and condition "
                + "against the published norms for your age, and stores the trials. Keys while it runs (then Enter): "
                + "p pause, r go on, s skip a trial, q stop.")
public final class StanceTestCommand implements Callable<Integer> {
    /**
     * How long the simulated person holds trials 1-12 of the protocol, s: eyes open left, right, left, right, left,
     * right (the fifth, 47 s, ends at the 45 s cap), then eyes closed in the same order.
     */
    static final double[] SIMULATED_HOLDS_S = {24.5, 27, 31, 22.5, 47, 33, 6.5, 5, 9, 8, 7.5, 11};
    private static final int OLDEST_AGE = 120;

    /** The condition's instructions before its first trial, and its own words at the lift. */
    private static final LiveSessionView.Cues CUES = new LiveSessionView.Cues() {
        @Override
        public List<String> before(PrescribedTrial trial) {
            return List.of("", StanceTest.Condition.ofLevel(trial.level()).instruction());
        }

        @Override
        public String lift(PrescribedTrial trial) {
            return StanceTest.Condition.ofLevel(trial.level()).liftCue();
        }
    };

    @Option(names = "--person", defaultValue = "me", paramLabel = "NAME",
            description = "Who is tested; created when new. Default: ${DEFAULT-VALUE}.")
    String person;

    @Option(names = "--age", paramLabel = "N", description = "Age in years; kept with the person (as a birth year), "
            + "so needed only the first time or to correct it.")
    Integer age;

    @Option(names = "--sex", paramLabel = "female|male", description = "For the eyes-closed norms, published for "
            + "women and men; kept with the person.")
    String sex;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $STORK_DATA, else ~/.local/share/stork).")
    Path data;

    @Option(names = "--source", defaultValue = "sim", paramLabel = "SPEC",
            description = "The board: sim (a simulated person), or a force plate: serial:/dev/ttyACM0, "
                    + "i2c:nau7802x4@1, wii. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--fast", description = "With --source sim: run as fast as possible instead of in real time.")
    boolean fast;

    @Spec
    CommandSpec spec;

    /** Where the answers and keys come from; the terminal unless a test gives other input. */
    InputStream input = System.in;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (person == null || person.isBlank()) {
            return fail(err, "--person needs a name");
        }
        if (age != null && (age < 1 || age > OLDEST_AGE)) {
            return fail(err, "--age must be a whole number of years from 1 to " + OLDEST_AGE + ", was " + age);
        }
        Sex givenSex;
        try {
            givenSex = sex == null ? null : parseSex(sex);
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        Path directory = DataDirectory.resolve(data);
        TrialBoard board;
        try {
            board = SessionBoards.open(source, new SessionBoards.Simulation(fast, 1, k -> SIMULATED_HOLDS_S[k - 1]),
                    directory);
        } catch (IllegalArgumentException | BoardSetupException e) {
            return fail(err, e.getMessage());
        }
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        int thisYear = Year.now().getValue();
        try (Store store = Store.open(directory)) {
            Person known = store.person(person.strip()).orElse(null);
            if (age == null && (known == null || known.birthYear() == 0)) {
                return fail(err, "the norms depend on age: give --age N (Stork keeps it with " + person.strip()
                        + ", so only this once)");
            }
            Person who = withAgeAndSex(store, known, thisYear, givenSex);
            int ageYears = thisYear - who.birthYear();
            List<PrescribedTrial> trials = StanceTest.protocol(catalogue);
            boolean echo = System.console() == null;
            LiveSessionView view = new LiveSessionView(out, !fast && !echo, CUES);
            header(view, who, ageYears, trials.get(0).safetyCue(), board.sourceName());
            LiveSessions.Ended ended = LiveSessions.runWithKeyboard(store, catalogue, board, input, view, fast, echo,
                    runner -> () -> runner.run(who, trials));
            List<TrialOutcome> outcomes = new ArrayList<>();
            for (FinishedTrial finished : ended.last().finished()) {
                outcomes.add(finished.outcome());
            }
            results(view, StanceTest.evaluate(outcomes, ageYears, who.sex()), ageYears, who.sex());
            view.line("");
            if (ended.stopAsked()) {
                view.line(TrainCommand.stoppedLine(outcomes, trials.size()));
            }
            view.line("Stored in " + directory + " (see it with: stork history --data " + directory + " --person "
                    + who.name() + ")");
        } finally {
            SessionBoards.close(board);
        }
        out.flush();
        return 0;
    }

    /** "female", "male" (or f, m, woman, man), in any case. */
    static Sex parseSex(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "female", "f", "woman" -> Sex.FEMALE;
            case "male", "m", "man" -> Sex.MALE;
            default -> throw new IllegalArgumentException("--sex must be female or male, was '" + text + "'");
        };
    }

    /** The person, created when new, with the age and sex given stored when they differ from what is kept. */
    private Person withAgeAndSex(Store store, Person who, int thisYear, Sex givenSex) {
        int birthYear = age == null ? 0 : thisYear - age;
        if (who == null) {
            return store.savePerson(person.strip(), birthYear, givenSex);
        }
        int keptBirthYear = age == null ? who.birthYear() : birthYear;
        Sex keptSex = givenSex == null ? who.sex() : givenSex;
        if (keptBirthYear != who.birthYear() || keptSex != who.sex()) {
            return store.updatePerson(who.id(), keptBirthYear, keptSex);
        }
        return who;
    }

    private static int fail(PrintWriter err, String message) {
        err.println("stork stance-test: " + message);
        err.flush();
        return 2;
    }

    private static void header(LiveSessionView view, Person who, int ageYears, String safetyCue, String board) {
        view.line(String.format(Locale.ROOT, "Stork single-leg stance test for %s, age %d%s (board: %s).", who.name(),
                ageYears, who.sex() == null ? "" : ", " + who.sex().name().toLowerCase(Locale.ROOT), board));
        view.line(String.format(Locale.ROOT, "Three trials per leg with eyes open, then three with eyes closed, each "
                + "up to %.0f s; the best of three counts.", StanceTest.CAP_SECONDS));
        view.line("Safety: " + safetyCue);
        view.line("After each trial: your pain now (0-10) and whether your form broke.");
        view.line("Keys while it runs (then Enter): p pause, r go on, s skip a trial, q stop.");
    }

    private static void results(LiveSessionView view, List<StanceTest.Line> lines, int ageYears, Sex sex) {
        view.line("");
        view.line(String.format(Locale.ROOT, "Single-leg stance test: best of %d, up to %.0f s", StanceTest.TRIALS,
                StanceTest.CAP_SECONDS));
        view.line(String.format(Locale.ROOT, "  %-10s  %11s  %11s", "", "eyes open", "eyes closed"));
        for (Leg leg : new Leg[] {Leg.LEFT, Leg.RIGHT}) {
            String open = "-";
            String closed = "-";
            for (StanceTest.Line line : lines) {
                if (line.leg() == leg && line.trials() > 0) {
                    String best = String.format(Locale.ROOT, "%.1f s", line.bestSeconds());
                    if (line.condition() == StanceTest.Condition.EYES_OPEN) {
                        open = best;
                    } else {
                        closed = best;
                    }
                }
            }
            view.line(String.format(Locale.ROOT, "  %-10s  %11s  %11s", LiveSessionView.capitalised(leg.word())
                    + " leg", open, closed));
        }
        view.line(String.format(Locale.ROOT, "Against the norms for age %d%s:", ageYears,
                sex == null ? " (sex not given: women's and men's eyes-closed norms averaged)"
                        : ", " + sex.name().toLowerCase(Locale.ROOT)));
        for (StanceTest.Line line : lines) {
            view.line("  " + line.sentence());
        }
    }
}
