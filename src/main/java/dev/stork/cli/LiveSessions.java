package dev.stork.cli;

import dev.stork.session.SessionRunner;
import dev.stork.session.SessionState;
import java.util.concurrent.atomic.AtomicReference;

/** Runs a session while a {@link LiveSessionView} follows it, for the commands that show a session live. */
final class LiveSessions {
    private static final long VIEW_PERIOD_MS = 33;

    /** The session to run: {@code runner.run(...)} with its person and plan or trials. */
    interface Body {
        SessionState run() throws InterruptedException;
    }

    private LiveSessions() {
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
