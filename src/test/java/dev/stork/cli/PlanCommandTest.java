package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.store.Store;
import dev.stork.training.PlanEntry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PlanCommandTest {
    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void aPlanIsSetForAPersonStoredAndShown() {
        Result set = run("plan", "--data", dir.toString(), "--person", "Ana", "--set",
                "single-leg-stance:2, single-leg-rdl,hip-hinge-rear-foot-block,prone-single-leg-kick");
        assertEquals(0, set.code(), set.err());
        try (Store store = Store.open(dir)) {
            List<PlanEntry> entries = store.currentPlan(store.person("Ana").orElseThrow().id()).orElseThrow()
                    .entries();
            assertEquals(List.of("single-leg-stance", "single-leg-rdl", "hip-hinge-rear-foot-block",
                    "prone-single-leg-kick"), entries.stream().map(PlanEntry::exerciseId).toList());
            assertEquals(List.of(2, 1, 1, 1), entries.stream().map(PlanEntry::level).toList());
        }
        Result shown = run("plan", "--data", dir.toString(), "--person", "Ana");
        assertEquals(0, shown.code(), shown.err());
        assertTrue(shown.out().startsWith("Plan of Ana:\n  1. Single-leg stance, knee raised [single-leg-stance], "
                + "level 2 of 4 (hands free, arms by your side): hold 15 s, 5 per leg, 1 set"), shown.out());
        assertTrue(shown.out().contains("  3. Hip hinge, rear foot on a block [hip-hinge-rear-foot-block], level 1 "
                + "of 3 (both legs): 2 sets of 8 repetitions, rest 60 s"), shown.out());
        assertTrue(shown.out().contains("(off the board: logged, not measured)"), shown.out());
    }

    @Test
    void anUnknownExerciseOrLevelIsRefusedNamingItAndTheValidOnesAndNothingChanges() {
        assertEquals(0, run("plan", "--data", dir.toString(), "--person", "Ana", "--set", "single-leg-rdl").code());
        Result unknown = run("plan", "--data", dir.toString(), "--person", "Ana", "--set", "single-leg-stance,hop");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("stork plan: no exercise 'hop'; the exercises are: single-leg-stance, "
                + "single-leg-rdl,"), unknown.err());
        Result level = run("plan", "--data", dir.toString(), "--person", "Ana", "--set", "single-leg-rdl:7");
        assertEquals(2, level.code());
        assertEquals("stork plan: 'single-leg-rdl' has no level '7'; its levels are 1 (2-second holds), "
                + "2 (5-second holds), 3 (10-second holds)", level.err().strip());
        Result test = run("plan", "--data", dir.toString(), "--person", "Ana", "--set", "stance-test");
        assertEquals(2, test.code());
        assertTrue(test.err().contains("is the assessment"), test.err());
        assertTrue(run("plan", "--data", dir.toString(), "--person", "Ana").out().contains("Single-leg Romanian "
                + "deadlift [single-leg-rdl], level 1"), "the plan is unchanged");
    }

    @Test
    void aPersonsOwnPainThresholdIsSetShownAndChecked() {
        run("plan", "--data", dir.toString(), "--person", "Ana", "--set", "single-leg-stance");
        assertTrue(run("plan", "--data", dir.toString(), "--person", "Ana").out().contains("stops for today at pain "
                + "of 5/10 or more"), "the default");
        Result set = run("plan", "--data", dir.toString(), "--person", "Ana", "--pain-threshold", "3");
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().contains("stops for today at pain of 3/10 or more"), set.out());
        try (Store store = Store.open(dir)) {
            assertEquals(3, store.person("Ana").orElseThrow().painThreshold());
            assertEquals(1, store.currentPlan(store.person("Ana").orElseThrow().id()).orElseThrow().entries().size(),
                    "the plan is kept");
        }
        Result wrong = run("plan", "--data", dir.toString(), "--person", "Ana", "--pain-threshold", "0");
        assertEquals(2, wrong.code());
        assertEquals("stork plan: --pain-threshold is 1 to 10, got 0", wrong.err().strip());
    }

    @Test
    void withoutAPersonEveryonesPlanIsShownAndAnUnknownPersonIsNamed() {
        run("plan", "--data", dir.toString(), "--person", "Ana", "--set", "single-leg-stance");
        run("plan", "--data", dir.toString(), "--person", "Ben", "--set", "lateral-lunge:2");
        Result all = run("plan", "--data", dir.toString());
        assertTrue(all.out().contains("Plan of Ana:") && all.out().contains("Plan of Ben:"), all.out());
        Result unknown = run("plan", "--data", dir.toString(), "--person", "Cleo");
        assertEquals(2, unknown.code());
        assertEquals("stork plan: no person named 'Cleo'; known: [Ana, Ben]", unknown.err().strip());
    }
}
