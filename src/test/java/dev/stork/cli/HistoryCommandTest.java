package dev.stork.cli;

import static dev.stork.training.support.Outcomes.trial;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.store.Store;
import dev.stork.store.TrialRecord;
import dev.stork.training.Baseline;
import dev.stork.training.Decision;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Leg;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScorer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class HistoryCommandTest {
    private static final Instant MONDAY = Instant.parse("2026-01-05T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void showsBestHoldScoreRealChangeAsymmetryAndLastDecision() {
        ExerciseLevel level = ExerciseCatalogue.standard().get("single-leg-stance").level(1);
        double[][] left = {{9, 9, 10}, {9, 9, 10}, {9, 9, 10}};
        double[][] right = {{12, 13, 12}, {12, 13, 13}, {15, 15, 15}};
        try (Store store = Store.open(dir)) {
            long person = store.savePerson("Ada", 1960, null).id();
            store.savePerson("Bo", 0, null);
            for (int day = 0; day < 3; day++) {
                Instant start = MONDAY.plus(Duration.ofDays(day));
                long session = store.startSession(person, start);
                for (int i = 0; i < 3; i++) {
                    save(store, session, level, trial().hold(left[day][i]).at(start).build());
                    save(store, session, level, trial().leg(Leg.RIGHT).hold(right[day][i]).at(start).build());
                }
                store.finishSession(session, start.plusSeconds(600));
            }
            store.saveDecision(person, 3, new Decision("single-leg-stance", Decision.Kind.HOLD, 1, 1,
                    Decision.Reason.NOT_YET, "Stay at holding on — you held 15 s on both legs in 1 of your last 3 "
                    + "sessions; 3 in a row moves you on."), MONDAY.plus(Duration.ofDays(2)));
        }
        StringWriter out = new StringWriter();
        int code = run(out, "history", "--data", dir.toString(), "--person", "Ada");
        assertEquals(0, code);
        List<String> lines = out.toString().lines().toList();
        assertEquals("Ada — 3 sessions, 18 trials", lines.get(0));
        assertEquals("Single-leg stance, knee raised (single-leg-stance)", lines.get(2));
        // no sway measured: the score is the hold credit, 100 * 10 / 15 = 66.7, shown as 67
        assertEquals("  2026-01-05      1  left        10.0 s       15.0 s     67     0          —       —", lines.get(4));
        assertEquals("  2026-01-05      1  right       13.0 s       15.0 s     87     0          —       —", lines.get(5),
                "100 * 13 / 15");
        assertEquals("  2026-01-06      1  left        10.0 s       15.0 s     67     0          —       —  +0.0 s",
                lines.get(6));
        // right, session 3: best 15 s, +2.0 s against an SRD of 1.96 * sqrt(2) * SD(12, 13, 12, 12, 13, 13)
        // = 2.772 * 0.548 = 1.52 s -> real
        assertEquals("  2026-01-07      1  right       15.0 s       15.0 s    100     0          —       —  +2.0 s real",
                lines.get(9));
        // last 5 trials: left median 9 s, right median 15 s; index 6 / 15 = 40 %; 6 s > the right's SRD of 3.0 s
        assertEquals("  Left/right at level 1: Your left leg lags: it held 9 s against 15 s on the right (40 % "
                + "less).", lines.get(11));
        assertEquals("  Last decision (2026-01-07): Stay at holding on — you held 15 s on both legs in 1 of your "
                + "last 3 sessions; 3 in a row moves you on.", lines.get(12));
    }

    @Test
    void showsTheMeanSwayAndTimeToSteadyOfEachSessionsTrials() {
        ExerciseLevel level = ExerciseCatalogue.standard().get("single-leg-stance").level(1);
        try (Store store = Store.open(dir)) {
            long person = store.savePerson("Ada", 1960, null).id();
            long session = store.startSession(person, MONDAY);
            save(store, session, level, trial().hold(15).sway(4, 10, 0.5).stabilisedAfter(1).at(MONDAY).build());
            save(store, session, level, trial().hold(12).sway(6, 12, 0.6).stabilisedAfter(2).at(MONDAY).build());
            store.finishSession(session, MONDAY.plusSeconds(600));
        }
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, "history", "--data", dir.toString(), "--person", "Ada"));
        List<String> lines = out.toString().lines().toList();
        assertEquals("  date        level  leg           best       target  score  pain       sway  steady  change",
                lines.get(3));
        assertTrue(lines.get(4).endsWith("   5.0 cm/s   1.5 s"), lines.get(4));
    }

    @Test
    void unknownPersonAndMissingDataAreClearErrors() {
        StringWriter err = new StringWriter();
        CommandLine missing = new CommandLine(new StorkCommand());
        missing.setErr(new PrintWriter(err));
        assertEquals(1, missing.execute("history", "--data", dir.resolve("none").toString()));
        assertTrue(err.toString().contains("no Stork data in " + dir.resolve("none")), err.toString());
    }

    static int run(StringWriter out, String... args) {
        CommandLine command = new CommandLine(new StorkCommand());
        command.setOut(new PrintWriter(out));
        return command.execute(args);
    }

    private static void save(Store store, long session, ExerciseLevel level, TrialOutcome outcome) {
        store.saveTrial(new TrialRecord(session, outcome, TrialScorer.score(outcome, level, Baseline.NONE),
                List.of(), null));
    }
}
