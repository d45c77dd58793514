package dev.stork.cli;

import dev.stork.board.TrialBoard;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionRunner;
import dev.stork.session.SessionState;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** Runs a session while a {@link LiveSessionView} follows it, for the commands that show a session live. */
final class LiveSessions {
    private static final long VIEW_PERIOD_MS = 33;
    /** How long Ctrl-C waits for the session to store its last trial and decide, s. */
    private static final long STOP_WAIT_S = 10;

    /** The session to run: {@code runner.run(...)} with its person and plan or trials. */
    interface Body {
        SessionState run() throws InterruptedException;
    }

    /**
     * How a session with the person at the keyboard ended.
     *
     * @param last       its final state
     * @param stopAsked  whether the person stopped it early
     */
    record Ended(SessionState last, boolean stopAsked) {
    }

    private LiveSessions() {
    }

    /**
     * Runs a session with the person at the keyboard: the pain and form questions after each trial and the keys
     * (pause, go on, skip, stop) come from {@code in}; each trial's raw recording passes through a temporary
     * directory on its way into the store.
     *
     * @param fast    as fast as the board goes, rests on a jumping clock (the simulated board); else real time
     * @param echo    whether answers are printed after their questions (the input is not a terminal)
     * @param session the session to run on the runner built here, e.g. {@code r -> () -> r.run(person, plan)}
     */
    static Ended runWithKeyboard(Store store, ExerciseCatalogue catalogue, TrialBoard board, InputStream in,
                                 LiveSessionView view, boolean fast, boolean echo,
                                 Function<SessionRunner, Body> session) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("stork-raw-");
        CountDownLatch ended = new CountDownLatch(1);
        try (TerminalInput input = new TerminalInput(in)) {
            SessionRunner runner = new SessionRunner(store, catalogue, board, new TerminalQuestions(input, view, echo),
                    fast ? SessionClock.jumping() : SessionClock.system(), work);
            input.start(runner::send);
            // Ctrl-C ends the session the way q does: a trial waiting for its answers is stored without them and
            // the decision is made before the process exits.
            Thread stop = new Thread(() -> {
                input.endNow("stopped (Ctrl-C)");
                try {
                    ended.await(STOP_WAIT_S, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stork-session-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                SessionState last = run(runner, view, fast, session.apply(runner));
                view.show(last);
                return new Ended(last, input.stopAsked());
            } finally {
                ended.countDown();
                removeHook(stop);
            }
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The process is stopping and the hook is running: it has just been told the session ended.
        }
    }

    /**
     * Runs {@code body} to its end.
     *
     * @param everyStep true for runs faster than real time: the view follows every step and every published
     *                  snapshot, in sample time, on the threads that publish them, so the output does not depend
     *                  on the machine's speed; false for real time: the session runs on a thread of its own while
     *                  this one redraws the view about 30 times a second
     * @return the session's final state
     */
    static SessionState run(SessionRunner runner, LiveSessionView view, boolean everyStep, Body body)
            throws InterruptedException {
        if (everyStep) {
            runner.observe(view::show);
            return body.run();
        }
        AtomicReference<SessionState> done = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread session = new Thread(() -> {
            try {
                done.set(body.run());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "stork-session");
        session.setDaemon(true);
        session.start();
        while (session.isAlive()) {
            view.show(runner.state());
            session.join(VIEW_PERIOD_MS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return done.get() != null ? done.get() : runner.state();
    }
}
