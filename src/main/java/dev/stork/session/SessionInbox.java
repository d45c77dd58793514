package dev.stork.session;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one queue a session thread waits on: any thread posts {@link SessionEvent}s, the session thread takes them
 * (during a trial every kind, through a {@link SessionEvent.Handler}; between trials the commands alone).
 */
final class SessionInbox {
    private final BlockingQueue<SessionEvent> events = new LinkedBlockingQueue<>();

    /** Queues an event for the session thread; any thread, never blocks. */
    void post(SessionEvent event) {
        events.add(event);
    }

    /** The next event, waiting for one; session thread. */
    SessionEvent take() throws InterruptedException {
        return events.take();
    }

    /** The next command, waiting for one; session thread, between trials. */
    SessionCommand takeCommand() throws InterruptedException {
        while (true) {
            SessionCommand command = commandIn(events.take());
            if (command != null) {
                return command;
            }
        }
    }

    /** The next command already queued, or null; session thread, between trials, never waits. */
    SessionCommand pollCommand() {
        SessionEvent event;
        while ((event = events.poll()) != null) {
            SessionCommand command = commandIn(event);
            if (command != null) {
                return command;
            }
        }
        return null;
    }

    /**
     * The command in {@code event}, or null for a trial's event: between trials the acquisition thread has ended,
     * so a trial's event can only be left over from a trial interrupted before its source's end was taken.
     */
    private static SessionCommand commandIn(SessionEvent event) {
        return event instanceof SessionEvent.Commanded commanded ? commanded.command() : null;
    }
}
