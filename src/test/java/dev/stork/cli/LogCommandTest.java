package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.training.EndReason;
import dev.stork.training.Leg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LogCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return new CommandLine(new StorkCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
    }

    private List<StoredTrial> trials() {
        try (Store store = Store.open(dir)) {
            return store.trials(store.person("Ana").orElseThrow().id());
        }
    }

    @Test
    void anOffBoardExerciseIsStoredPerSideWithItsRepetitionsAndPain() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "log", "prone-single-leg-kick", "--person", "Ana", "--reps", "8", "--pain", "2",
                "--data", dir.toString());
        assertEquals(0, code, err.toString());
        assertEquals("Logged Prone single-leg kick, level 1 (single-leg kicks): 1 set of 8 repetitions, each leg; "
                + "pain 2/10.", out.toString().strip());
        List<StoredTrial> trials = trials();
        assertEquals(List.of(Leg.LEFT, Leg.RIGHT), trials.stream().map(t -> t.outcome().leg()).toList());
        for (StoredTrial t : trials) {
            assertEquals(8, t.outcome().repetitions());
            assertEquals(EndReason.LOGGED, t.outcome().endReason());
            assertEquals(2, t.outcome().pain().getAsInt());
            assertTrue(Double.isNaN(t.outcome().pathVelocityCmS()), "nothing measured");
            assertEquals(80, t.score().total(), 1e-9, "8 of 10 repetitions, no sway part");
        }
    }

    @Test
    void aMeasuredExerciseAnUnknownOneAndABadLegAreRefusedAndNothingIsStored() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(new StringWriter(), err, "log", "single-leg-stance", "--person", "Ana", "--pain", "0",
                "--data", dir.toString()));
        assertEquals("stork log: 'single-leg-stance' is measured on the board: train it with stork train",
                err.toString().strip());
        StringWriter unknown = new StringWriter();
        assertEquals(2, run(new StringWriter(), unknown, "log", "hop", "--person", "Ana", "--pain", "0",
                "--data", dir.toString()));
        assertTrue(unknown.toString().startsWith("stork log: no exercise 'hop'; the exercises are: "), unknown.toString());
        StringWriter leg = new StringWriter();
        assertEquals(2, run(new StringWriter(), leg, "log", "split-squat", "--person", "Ana", "--pain", "0",
                "--leg", "middle", "--data", dir.toString()));
        assertEquals("stork log: --leg must be left, right or both, was 'middle'", leg.toString().strip());
        StringWriter missingPain = new StringWriter();
        assertEquals(2, run(new StringWriter(), missingPain, "log", "split-squat", "--person", "Ana",
                "--data", dir.toString()));
        assertTrue(missingPain.toString().contains("--pain"), "the pain must be given: " + missingPain);
    }
}
