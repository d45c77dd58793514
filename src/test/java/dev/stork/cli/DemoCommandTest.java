package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs {@code stork demo --fast} and reads its output the way a physiotherapist would. */
class DemoCommandTest {
    private static final Pattern SUMMARY = Pattern.compile(
            "  Trial (\\d): (left|right) leg, held (\\d+\\.\\d) s \\(([a-z ]+)\\)\\. Sway speed (\\d+\\.\\d) cm/s, "
                    + "area (\\d+\\.\\d) cm², (steady after \\d+\\.\\d s|did not settle)\\.");

    private static String run(String... args) {
        StringWriter text = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setOut(new PrintWriter(text)).execute(args);
        assertEquals(0, code, text.toString());
        return text.toString();
    }

    @Test
    void aFastSessionShowsCountdownTimerAndOneSummaryPerTrialAlternatingLegs() {
        String out = run("demo", "--fast", "--seed", "2");
        assertTrue(out.startsWith("Stork demo: single-leg stance, 4 trials of up to 15 s, alternating legs."), out);
        assertTrue(out.contains("Trial 1 of 4: stand on your LEFT leg.\n  Lift your right foot in 3 ...\n"
                + "  Lift your right foot in 2 ...\n  Lift your right foot in 1 ...\n  Lift now and hold!\n"), out);
        assertTrue(out.contains("  Left leg    5.4 s of 15 s [#######.............]  sway speed"),
                "a hold timer with a progress bar once a second\n" + out);
        assertTrue(!out.contains("\r") && !out.contains("\033"), "no terminal control codes when not a terminal");

        DemoCommand.Plan plan = DemoCommand.Plan.draw(2, 4, 15);
        Matcher m = SUMMARY.matcher(out);
        List<String> legs = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        while (m.find()) {
            int trial = Integer.parseInt(m.group(1));
            legs.add(m.group(2));
            reasons.add(m.group(4));
            double heldS = Double.parseDouble(m.group(3));
            double plannedS = planned(plan.script(), trial);
            // The plan's hold, cut at the 15 s target; 0.2 s for detection plus 0.05 s for the display's rounding.
            assertEquals(Math.min(plannedS, 15), heldS, 0.25, "trial " + trial + " hold time\n" + out);
        }
        assertEquals(List.of("left", "right", "left", "right"), legs, out);
        assertEquals("target reached", reasons.get(0), out);
        assertEquals("stepped off the board", reasons.get(3), out);
        assertTrue(out.contains("Session summary\n  Left  leg: 2 trial(s), best 15.0 s"), out);
        assertTrue(out.contains("  Right leg: 2 trial(s), best "), out);
    }

    @Test
    void theSameSeedGivesTheSameSession() {
        assertEquals(run("demo", "--fast", "--seed", "9", "--trials", "2"),
                run("demo", "--fast", "--seed", "9", "--trials", "2"));
    }

    @Test
    void refusesANonsenseTarget() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new StorkCommand()).setErr(new PrintWriter(err))
                .execute("demo", "--fast", "--target", "0");
        assertEquals(2, code);
        assertEquals("stork demo: --trials must be 1..20 and --target 3..120 s", err.toString().trim());
    }

    /** The planned hold of trial {@code trial} (1-based): the duration of its "lift" phase in the script. */
    private static double planned(String script, int trial) {
        int seen = 0;
        for (String phase : script.split(";")) {
            String[] words = phase.trim().split(" ");
            if (words[0].equals("lift") && ++seen == trial) {
                return Double.parseDouble(words[2]);
            }
        }
        throw new AssertionError(String.format(Locale.ROOT, "no trial %d in '%s'", trial, script));
    }
}
