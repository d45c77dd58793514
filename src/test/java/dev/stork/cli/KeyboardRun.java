package dev.stork.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs a {@code stork} command that reads the keyboard with the given typed text as its input (all of it available
 * at once, as from a pipe, then the end of input).
 *
 * @param code the exit code
 * @param out  what it printed
 * @param err  what it printed as errors
 */
record KeyboardRun(int code, String out, String err) {

    static KeyboardRun of(String typed, String... args) {
        CommandLine stork = new CommandLine(new StorkCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        stork.setOut(new PrintWriter(out));
        stork.setErr(new PrintWriter(err));
        Object command = stork.getSubcommands().get(args[0]).getCommand();
        ByteArrayInputStream input = new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8));
        if (command instanceof TrainCommand train) {
            train.input = input;
        } else if (command instanceof StanceTestCommand stanceTest) {
            stanceTest.input = input;
        } else {
            throw new IllegalArgumentException(args[0] + " does not read the keyboard");
        }
        int code = stork.execute(args);
        return new KeyboardRun(code, out.toString(), err.toString());
    }

    /** How often {@code text} occurs in the output. */
    int count(String text) {
        return out.split(java.util.regex.Pattern.quote(text), -1).length - 1;
    }

    /** {@code n} times the same answers. */
    static String times(int n, String answers) {
        return answers.repeat(n);
    }
}
