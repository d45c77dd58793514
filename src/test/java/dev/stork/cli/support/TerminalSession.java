package dev.stork.cli.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * A command running on its own thread with a terminal a test can read line by line and type into, as a person
 * would: {@link #awaitLine} waits for output, {@link #type} sends a line.
 */
public final class TerminalSession implements AutoCloseable {
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer transcript = new StringBuffer();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();

    /**
     * Starts the command.
     *
     * @param command makes the command object from its terminal input and output
     * @param args    the command line
     */
    public TerminalSession(BiFunction<InputStream, PrintStream, Object> command, String... args) throws IOException {
        PipedInputStream stdin = new PipedInputStream(keyboard, 4096);
        PrintStream stdout = new PrintStream(new LineSplitter(), true, StandardCharsets.UTF_8);
        Object commandObject = command.apply(stdin, stdout);
        Thread thread = new Thread(() -> {
            try {
                exit.complete(new CommandLine(commandObject).execute(args));
            } catch (RuntimeException | Error e) {
                exit.completeExceptionally(e);
            }
        }, "terminal-session");
        thread.setDaemon(true);
        thread.start();
    }

    /** Consumes output lines until one matches {@code pattern} (found anywhere in the line) and returns it. */
    public String awaitLine(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return fail("no line matching /" + pattern + "/ within " + timeout + "; output so far:\n"
                        + transcript);
            }
            if (pattern.matcher(line).find()) {
                return line;
            }
        }
    }

    /** Consumes output lines until one matches any of the patterns; returns the index of the pattern matched. */
    public int awaitAny(Duration timeout, Pattern... patterns) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                return fail("no line matching any of the patterns within " + timeout + "; output so far:\n"
                        + transcript);
            }
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i].matcher(line).find()) {
                    return i;
                }
            }
        }
    }

    /** Types {@code line} and Enter. */
    public void type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Waits for the command to return and gives its exit code. */
    public int exitCode(Duration timeout) throws InterruptedException {
        try {
            return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return fail("the command did not return within " + timeout + "; output:\n" + transcript);
        } catch (ExecutionException e) {
            return fail("the command threw " + e.getCause() + "; output:\n" + transcript, e.getCause());
        }
    }

    /** Everything printed so far. */
    public String transcript() {
        return transcript.toString();
    }

    /** Closes the keyboard (end of input). */
    @Override
    public void close() throws IOException {
        keyboard.close();
    }

    /** Collects the output into lines. */
    private final class LineSplitter extends OutputStream {
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                transcript.append(text).append('\n');
                lines.add(text);
            } else {
                line.write(b);
            }
        }
    }
}
