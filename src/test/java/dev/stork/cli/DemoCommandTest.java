package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code stork demo --fast} and reads its output the way a physiotherapist would. */
class DemoCommandTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "  Trial (\\d): (left|right) leg, held (\\d+\\.\\d) s \\(([a-z ,]+)\\)\\. Sway speed (\\d+\\.\\d) cm/s, "
                    + "area (\\d+\\.\\d) cm²\\. Pain (\\d+)/10(, form lost)?\\. Score (\\d+)\\.");

    @TempDir
    Path dir;

    private static String run(String... args) {
        StringWriter text = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setOut(new PrintWriter(text)).execute(args);
        assertEquals(0, code, text.toString());
        return text.toString();
    }

    @Test
    void aFastSessionShowsEveryTrialTheComparisonAndTheDecisionAndStoresThem() {
        String out = run("demo", "--fast", "--seed", "2", "--data", dir.toString());
        assertTrue(out.startsWith("Stork demo: Single-leg stance, knee raised, level 1 (holding on), 2 trials per "
                + "leg."), out);
        assertTrue(out.contains("Trial 1 of 4: stand on your LEFT leg.\n  Lift your right foot in 3 ...\n"
                + "  Lift your right foot in 2 ...\n  Lift your right foot in 1 ...\n  Lift now and hold!\n"), out);
        assertTrue(out.contains("  Left leg    5.2 s of 15 s [#######.............]  sway speed"),
                "a hold timer with a progress bar once a second\n" + out);
        assertTrue(!out.contains("\r") && !out.contains("\033"), "no terminal control codes when not a terminal");

        DemoCommand.Performance performance = DemoCommand.Performance.draw(2, 4, 15);
        Matcher m = SUMMARY.matcher(out);
        List<String> legs = new ArrayList<>();
        while (m.find()) {
            int trial = Integer.parseInt(m.group(1));
            legs.add(m.group(2));
            // The scripted hold, cut at the 15 s target; 0.25 s for the detector's confirmation and the rounding.
            assertEquals(Math.min(performance.holdS()[trial - 1], 15), Double.parseDouble(m.group(3)), 0.25,
                    "trial " + trial + "\n" + out);
            assertEquals(performance.pain()[trial - 1], Integer.parseInt(m.group(7)), "trial " + trial + " pain");
        }
        assertEquals(List.of("left", "right", "left", "right"), legs, out);
        // One countdown per trial, none while stepping down after a hold.
        assertEquals(2, out.split("Lift your right foot in 3 ", -1).length - 1, "countdowns on the left leg\n" + out);
        assertEquals(2, out.split("Lift your left foot in 3 ", -1).length - 1, "countdowns on the right leg\n" + out);
        assertTrue(out.contains("Session summary\n  Left  leg: 2 trial(s), best 15.0 s"), out);
        assertTrue(out.contains("\nLeft and right: "), "the per-leg comparison\n" + out);
        // Seed 2: trials 1 (left) and 2 (right) reach the target with low pain, so both legs met it in this one
        // session; moving on needs 3 such sessions.
        assertTrue(out.contains("\nNext session: Stay at holding on — you held 15 s on both legs with a score of 60 or "
                + "more in 1 of your last 1 session; 3 in a row moves you on.\n"), "the decision\n" + out);
        assertTrue(out.contains("Stored in " + dir), out);

        StringWriter history = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setOut(new PrintWriter(history))
                .execute("history", "--data", dir.toString(), "--person", "Demo");
        assertEquals(0, code, history.toString());
        assertTrue(history.toString().contains("Demo"), history.toString());
        assertTrue(history.toString().contains("left") && history.toString().contains("right"),
                "history lists both legs\n" + history);
    }

    @Test
    void theSimulatedPersonKneelsForTheKneelingHolds() {
        String out = run("demo", "--fast", "--seed", "4", "--exercise", "kneeling-side-leg", "--data", dir.toString());
        assertTrue(out.startsWith("Stork demo: Kneeling balance, leg out to the side, level 1"), out);
        assertTrue(out.contains("kneel upright on both knees on the board; the hold is on your LEFT knee, your right "
                + "leg out to the side."), out);
        assertTrue(out.contains("Take your right leg out to the side in 3 ..."), out);
        assertTrue(!out.contains("Lift now"), "nothing lifts a foot here\n" + out);
        assertEquals(4, SUMMARY.matcher(out).results().count(), out);
    }

    @Test
    void theRomanianDeadliftCanBeShownAndAnExerciseTheSimulatedPersonDoesNotDoIsRefused() {
        String out = run("demo", "--fast", "--seed", "3", "--exercise", "single-leg-rdl", "--data", dir.toString());
        assertTrue(out.startsWith("Stork demo: Single-leg Romanian deadlift, level 1 (2-second holds), 2 trials per "
                + "leg."), out);
        Matcher m = SUMMARY.matcher(out);
        int trials = 0;
        while (m.find()) {
            trials++;
            assertTrue(Double.parseDouble(m.group(3)) <= 2.0, "capped at the 2 s target: " + m.group());
        }
        assertTrue(trials >= 1, out);
        StringWriter err = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setErr(new PrintWriter(err)).execute("demo", "--fast",
                "--exercise", "stance-test", "--data", dir.toString());
        assertEquals(2, code);
        assertEquals("stork demo: 'stance-test' is a test, not training: run it with 'stork stance-test'; the demo "
                + "shows single-leg-stance, single-leg-rdl, hip-hinge-rear-foot-block, kneeling-side-leg, "
                + "kneel-lean-destabilise, lateral-lunge, reverse-lunge, split-squat, sideways-stairs, "
                + "prone-single-leg-kick", err.toString().strip());
    }

    @Test
    void anExerciseDoneOffTheBoardIsLoggedWithWhatWasDone() {
        String out = run("demo", "--fast", "--seed", "1", "--exercise", "prone-single-leg-kick", "--data",
                dir.toString());
        assertTrue(out.contains("Trial 1 of 4: prone single-leg kick, left leg, off the board.\n"), out);
        Matcher logged = Pattern.compile("  Trial \\d: (left|right) leg, (\\d+) of 10 done off the board \\(logged\\)\\. "
                + "Pain \\d/10(, form lost)?\\. Score \\d+\\.").matcher(out);
        assertEquals(4, logged.results().count(), out);
        assertTrue(!out.contains("NaN"), "no sway for what the board did not measure\n" + out);
    }

    @Test
    void aRepetitionExerciseIsCountedSetBySet() {
        String out = run("demo", "--fast", "--seed", "5", "--exercise", "lateral-lunge", "--data", dir.toString());
        assertTrue(out.startsWith("Stork demo: Lateral (side) lunge, level 1 (shallow lunges)"), out);
        assertTrue(out.contains("Trial 1 of 4: your LEFT foot on the board, the other on the floor beside it.\n"
                + "  Stand still; start in 3 ...\n"), out);
        assertTrue(out.contains("  Go: 8 repetitions.\n"), out);
        Matcher sets = Pattern.compile("  Trial \\d: (left|right) leg, (\\d+) of 8 repetitions in (\\d+\\.\\d) s \\("
                + "(target reached|stepped off the board)\\)").matcher(out);
        int found = 0;
        while (sets.find()) {
            found++;
            int reps = Integer.parseInt(sets.group(2));
            assertTrue(reps >= 1 && reps <= 8, sets.group());
            assertEquals(reps == 8, sets.group(4).equals("target reached"), sets.group());
        }
        assertEquals(4, found, out);
        assertTrue(out.contains("Left  leg: 2 set(s), best "), out);
    }
}
