package dev.stork.store;

import dev.stork.training.Baseline;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Leg;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScorer;
import dev.stork.training.support.Outcomes;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The child process of {@link StoreCrashTest}: stores single-leg stance trials one by one, each with a raw
 * recording, and prints {@code committed ID N} after each save has returned, until it is killed.
 * Arguments: data directory, scratch directory for the raw recordings.
 */
public final class StoreCrashChild {
    private StoreCrashChild() {
    }

    /** Runs until killed (or until 100,000 trials). */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path scratch = Files.createDirectories(Path.of(args[1]));
        PrintStream out = System.out;
        ExerciseLevel level = ExerciseCatalogue.standard().get("single-leg-stance").level(1);
        try (Store store = Store.open(data)) {
            long person = store.savePerson("crash", 0, null).id();
            long session = store.startSession(person, Instant.parse("2026-01-05T08:00:00Z"));
            out.println("ready");
            out.flush();
            for (int n = 1; n <= 100_000; n++) {
                Path raw = Recordings.plate(scratch.resolve("raw-" + n + ".csv"), 300, n);
                TrialOutcome outcome = Outcomes.trial().leg(n % 2 == 0 ? Leg.RIGHT : Leg.LEFT).hold(holdOf(n))
                        .sway(1 + n % 7, 5 + n % 11, 0.5).build();
                long id = store.saveTrial(new TrialRecord(session, outcome,
                        TrialScorer.score(outcome, level, Baseline.NONE),
                        List.of(new TrialEvent(holdOf(n), "touchdown", "trial " + n)), raw));
                out.println("committed " + id + " " + n);
                out.flush();
                Files.delete(raw);
            }
        }
    }

    /** The hold time stored for trial {@code n}, seconds: unique per trial so the parent can check it. */
    static double holdOf(int n) {
        return n / 1000.0;
    }
}
