package dev.stork.cli;

import dev.stork.session.SessionCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the person types during a session in the terminal, one line at a time. A reader thread of its own reads the
 * input; a line that is a key ({@code p} pause, {@code r} go on, {@code s} skip, {@code q} stop) while no question
 * is waiting goes to the session at once as a command. Any other line is held, and the reader reads no further,
 * until the next question takes it: answers typed ahead (or piped in) are neither lost nor taken for keys. The end
 * of the input is held the same way, so it stops the session at the next question rather than abandoning a trial
 * whose answers are already in. While a question waits, every line is its answer.
 *
 * <p>Threads: the reader thread sends commands and hands lines over; {@link #nextAnswer()} is called by the thread
 * that asks the questions (the session thread).
 */
final class TerminalInput implements AutoCloseable {
    private final BufferedReader reader;
    /** Guards {@link #waiting} and {@link #held}: whether a line is an answer is decided with both in view. */
    private final Object lock = new Object();
    /** A question waits for a line. */
    private boolean waiting;
    /** The line read and not yet taken by a question; null when none. */
    private Typed held;
    private volatile boolean stopAsked;
    private volatile Consumer<SessionCommand> session;
    private volatile String endReason = "end of input";
    private boolean ended;
    /** The process is being stopped (Ctrl-C): every question from now on gets the end of the input. */
    private boolean endedNow;
    private Thread thread;

    /** A line typed, or the end of the input when {@code text} is null. */
    private record Typed(String text) {
    }

    /** Reads {@code in} in the platform's charset, as a terminal sends it. */
    TerminalInput(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
    }

    /** Starts reading; keys go to {@code commands} (a session's {@code send}), which must not block. */
    void start(Consumer<SessionCommand> commands) {
        this.session = commands;
        thread = new Thread(this::readLines, "stork-terminal-input");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sends a command to the session; any thread. */
    void send(SessionCommand command) {
        if (command.kind() == SessionCommand.Kind.STOP) {
            stopAsked = true;
        }
        session.accept(command);
    }

    /** Whether the person asked to stop (with {@code q}, or by ending the input at a question). */
    boolean stopAsked() {
        return stopAsked;
    }

    /**
     * The next line typed, for a question; blocks until there is one. While it waits, every line read is its
     * answer, keys included (the question decides what {@code q} means).
     *
     * @return the line, or null at the end of the input (then always null)
     */
    String nextAnswer() throws InterruptedException {
        if (ended) {
            return null;
        }
        Typed typed;
        synchronized (lock) {
            waiting = true;
            try {
                while (held == null && !endedNow) {
                    lock.wait();
                }
            } finally {
                waiting = false;
            }
            if (held == null) {
                ended = true;
                return null;
            }
            typed = held;
            held = null;
            lock.notifyAll();
        }
        ended = typed.text() == null;
        return typed.text();
    }

    /**
     * Ends the input now, as when the process is stopped with Ctrl-C: the session is told to stop, and the question
     * waiting (or the next one) gets the end of the input, so a finished trial is stored without its answers rather
     * than lost. Any thread; never blocks.
     *
     * @param reason why, for the session's last words, e.g. "stopped (Ctrl-C)"
     */
    void endNow(String reason) {
        endReason = reason;
        synchronized (lock) {
            endedNow = true;
            lock.notifyAll();
        }
        send(SessionCommand.of(SessionCommand.Kind.STOP));
    }

    /** Whether a question is waiting for a line now. */
    boolean questionWaiting() {
        synchronized (lock) {
            return waiting;
        }
    }

    /** Why the input ended: "end of input", or the read error. */
    String endReason() {
        return endReason;
    }

    private void readLines() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                SessionCommand key = key(line);
                synchronized (lock) {
                    if (key == null || waiting) {
                        hold(new Typed(line));
                        key = null;
                    }
                }
                if (key != null) {
                    send(key);
                }
            }
            synchronized (lock) {
                hold(new Typed(null));
            }
        } catch (IOException e) {
            // An input that fails is an input that has ended: the session stops at its next question and says why.
            endReason = "reading the input failed: " + e.getMessage();
            synchronized (lock) {
                try {
                    hold(new Typed(null));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        } catch (InterruptedException e) {
            // Closed while a line waited for a question that will not come: nothing is left to hand over.
            Thread.currentThread().interrupt();
        }
    }

    /** Holds a line for the next question and waits, reading no further, until it is taken; under the lock. */
    private void hold(Typed typed) throws InterruptedException {
        held = typed;
        lock.notifyAll();
        while (held != null) {
            lock.wait();
        }
    }

    /** The command a typed line stands for, or null when it is not a key. */
    static SessionCommand key(String line) {
        return switch (line.strip().toLowerCase(Locale.ROOT)) {
            case "p", "pause" -> SessionCommand.of(SessionCommand.Kind.PAUSE);
            case "r", "resume" -> SessionCommand.of(SessionCommand.Kind.RESUME);
            case "s", "skip" -> SessionCommand.of(SessionCommand.Kind.SKIP);
            case "q", "quit", "stop" -> SessionCommand.of(SessionCommand.Kind.STOP);
            default -> null;
        };
    }

    /** Stops handing lines over; a read already blocked on a terminal ends with the process (daemon thread). */
    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}
