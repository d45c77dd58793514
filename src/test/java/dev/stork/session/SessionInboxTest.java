package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.stork.trial.TrialResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session's inbox: every event in order during a trial, only the commands between trials. */
class SessionInboxTest {

    /** Writes down what it was handed, in order. */
    private static final class Recording implements SessionEvent.Handler {
        final List<String> seen = new ArrayList<>();

        @Override
        public void holdEnded(TrialResult result) {
            seen.add("hold-ended");
        }

        @Override
        public void sourceEnded(Exception failure) {
            seen.add("source-ended " + (failure == null ? "" : failure.getMessage()));
        }

        @Override
        public void command(SessionCommand command) {
            seen.add(command.kind().name());
        }
    }

    @Test
    void eachEventReachesItsHandlerMethodInTheOrderPosted() throws InterruptedException {
        SessionInbox inbox = new SessionInbox();
        inbox.post(new SessionEvent.Commanded(SessionCommand.of(SessionCommand.Kind.PAUSE)));
        inbox.post(new SessionEvent.HoldEnded(null));
        inbox.post(new SessionEvent.SourceEnded(new IllegalStateException("port gone")));
        Recording handler = new Recording();
        for (int i = 0; i < 3; i++) {
            inbox.take().dispatch(handler);
        }
        assertEquals(List.of("PAUSE", "hold-ended", "source-ended port gone"), handler.seen);
    }

    @Test
    void betweenTrialsOnlyCommandsAreReadAndATrialsLeftoversAreDropped() throws InterruptedException {
        SessionInbox inbox = new SessionInbox();
        SessionCommand skip = SessionCommand.of(SessionCommand.Kind.SKIP);
        SessionCommand stop = SessionCommand.of(SessionCommand.Kind.STOP);
        inbox.post(new SessionEvent.SourceEnded(null));
        inbox.post(new SessionEvent.Commanded(skip));
        inbox.post(new SessionEvent.HoldEnded(null));
        inbox.post(new SessionEvent.Commanded(stop));
        assertSame(skip, inbox.pollCommand());
        assertSame(stop, inbox.takeCommand());
        assertNull(inbox.pollCommand(), "nothing left");
    }
}
