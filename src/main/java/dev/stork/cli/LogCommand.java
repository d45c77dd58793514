package dev.stork.cli;

import dev.stork.store.DataDirectory;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.TrialRecord;
import dev.stork.training.EndReason;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.PlanChoice;
import dev.stork.training.PlanEntry;
import dev.stork.training.Target;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScorer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stork log}: records an exercise done off the board (a reverse lunge, a split squat, the prone kick) with
 * its repetitions and the pain it caused, so it counts in the history and in progression like a trained one.
 */
@Command(name = "log", mixinStandardHelpOptions = true,
        description = {"Logs an exercise done off the board: how many repetitions per side, in how many sets, and "
                + "the pain (0-10) it caused. Each set of each side is stored as one trial of a session of its own.",
            "Example: stork log prone-single-leg-kick --person Ana --reps 10 --pain 0"})
public final class LogCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ID", description = "The exercise (see stork plan).")
    String exerciseId;

    @Option(names = "--person", paramLabel = "NAME", required = true, description = "Who did it.")
    String person;

    @Option(names = "--leg", paramLabel = "left|right|both",
            description = "The working leg (default: both legs of a one-sided exercise, one after the other).")
    String leg;

    @Option(names = "--reps", paramLabel = "N", description = "Repetitions per set (default: the level's target).")
    Integer reps;

    @Option(names = "--sets", paramLabel = "N", description = "Sets per side (default: the plan's).")
    Integer sets;

    @Option(names = "--pain", paramLabel = "0-10", required = true, description = "Pain during or after it.")
    int pain;

    @Option(names = "--form-lost", description = "Form broke during it.")
    boolean formLost;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $STORK_DATA, else ~/.local/share/stork).")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        String id = exerciseId.strip().toLowerCase(Locale.ROOT);
        Exercise exercise = catalogue.find(id).orElse(null);
        if (exercise == null) {
            return fail(err, "no exercise '" + exerciseId + "'; the exercises are: " + PlanChoice.trainable(catalogue));
        }
        if (exercise.isMeasured()) {
            return fail(err, "'" + id + "' is measured on the board: train it with stork train");
        }
        if (pain < 0 || pain > 10) {
            return fail(err, "--pain must be 0 to 10, was " + pain);
        }
        if ((reps != null && reps < 0) || (sets != null && sets < 1)) {
            return fail(err, "--reps must be 0 or more and --sets 1 or more");
        }
        List<Leg> legs;
        try {
            legs = legs();
        } catch (IllegalArgumentException e) {
            return fail(err, e.getMessage());
        }
        try (Store store = Store.open(DataDirectory.resolve(data))) {
            Person who = store.person(person.strip()).orElseGet(() -> store.savePerson(person.strip(), 0, null));
            PlanEntry entry = store.currentPlan(who.id()).flatMap(p -> p.entry(id))
                    .orElse(PlanEntry.of(exercise, 1));
            ExerciseLevel level = exercise.level(entry.level());
            List<Leg> sides = legs.isEmpty() ? (level.perLeg() ? List.of(Leg.LEFT, Leg.RIGHT) : List.of(Leg.BOTH))
                    : legs;
            int setCount = sets != null ? sets : entry.sets();
            int done = reps != null ? reps : (int) level.target().amount();
            Instant now = Instant.now();
            long session = store.startSession(who.id(), now);
            List<TrialOutcome> logged = new ArrayList<>();
            for (int set = 0; set < setCount; set++) {
                for (Leg side : sides) {
                    TrialOutcome outcome = outcome(exercise, entry.level(), level.target(), side, done, now);
                    store.saveTrial(new TrialRecord(session, outcome, TrialScorer.score(outcome, catalogue,
                            List.copyOf(logged)), List.of(), null));
                    logged.add(outcome);
                }
            }
            store.finishSession(session, Instant.now());
            out.printf(Locale.ROOT, "Logged %s, level %d (%s): %d set%s of %d repetitions, %s; pain %d/10%s.%n",
                    exercise.name(), entry.level(), level.name(), setCount, setCount == 1 ? "" : "s", done,
                    sideWords(sides), pain, formLost ? ", form lost" : "");
            out.flush();
            return 0;
        }
    }

    private TrialOutcome outcome(Exercise exercise, int level, Target target, Leg side, int done, Instant at) {
        return new TrialOutcome(exercise.id(), level, side, target, 0, done, EndReason.LOGGED, Double.NaN,
                Double.NaN, Double.NaN, OptionalInt.of(pain), formLost ? FormReport.LOST : FormReport.KEPT, at,
                null);
    }

    private List<Leg> legs() {
        if (leg == null) {
            return List.of();
        }
        return switch (leg.strip().toLowerCase(Locale.ROOT)) {
            case "left" -> List.of(Leg.LEFT);
            case "right" -> List.of(Leg.RIGHT);
            case "both" -> List.of(Leg.LEFT, Leg.RIGHT);
            default -> throw new IllegalArgumentException("--leg must be left, right or both, was '" + leg + "'");
        };
    }

    private static String sideWords(List<Leg> sides) {
        if (sides.size() == 2) {
            return "each leg";
        }
        return sides.get(0) == Leg.BOTH ? "both legs together" : sides.get(0).name().toLowerCase(Locale.ROOT)
                + " leg";
    }

    private static int fail(PrintWriter err, String message) {
        err.println("stork log: " + message);
        err.flush();
        return 2;
    }
}
