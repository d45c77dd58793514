package dev.stork.session;

import dev.stork.trial.TrialResult;

/**
 * What the session thread waits for in its {@link SessionInbox}: the end of a hold and the end of the trial's source,
 * both posted from the acquisition thread, and the commands sent from any thread. The type is sealed and handled
 * through {@link Handler}, so that a new kind of event does not compile until every place that waits handles it.
 */
sealed interface SessionEvent permits SessionEvent.HoldEnded, SessionEvent.SourceEnded, SessionEvent.Commanded {

    /** Calls the method of {@code handler} for this kind of event, on the caller's thread. */
    void dispatch(Handler handler);

    /** What the session thread does with each kind of event while it waits; called on the session thread. */
    interface Handler {

        /** The trial's pipeline ended a hold with {@code result}. */
        void holdEnded(TrialResult result);

        /** The trial's source returned: at its end, when stopped, or with {@code failure} (else null). */
        void sourceEnded(Exception failure);

        /** A command arrived. */
        void command(SessionCommand command);
    }

    /**
     * The trial's pipeline ended a hold.
     *
     * @param result the hold's result
     */
    record HoldEnded(TrialResult result) implements SessionEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.holdEnded(result);
        }
    }

    /**
     * The trial's source returned, and the acquisition thread is leaving: nothing more of the trial follows.
     *
     * @param failure what the source threw, or null when it ended or was stopped
     */
    record SourceEnded(Exception failure) implements SessionEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.sourceEnded(failure);
        }
    }

    /**
     * A command from the terminal or the dashboard.
     *
     * @param command what is asked
     */
    record Commanded(SessionCommand command) implements SessionEvent {
        @Override
        public void dispatch(Handler handler) {
            handler.command(command);
        }
    }
}
