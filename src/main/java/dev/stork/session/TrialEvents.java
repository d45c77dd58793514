package dev.stork.session;

import dev.stork.trial.TrialResult;
import java.util.ArrayList;
import java.util.List;

/**
 * What the session thread makes of its inbox while a trial's source runs: the hold's result stops the source, a
 * SKIP abandons a trial whose hold has not ended, a STOP also ends the session, and a PAUSE or RESUME is kept for
 * after the trial (a running hold is finished first). The trial is over when its source has ended. Session thread
 * only.
 */
final class TrialEvents implements SessionEvent.Handler {
    private final TrialAcquisition acquisition;
    private final int trialNumber;
    private final List<SessionCommand> afterTrial = new ArrayList<>();
    private TrialResult result;
    private boolean skipped;
    private boolean stopped;
    private boolean sourceEnded;

    /**
     * @param acquisition the trial's acquisition, stopped once the trial's outcome is known
     * @param trialNumber the trial's number in the session, from 1, for messages
     */
    TrialEvents(TrialAcquisition acquisition, int trialNumber) {
        this.acquisition = acquisition;
        this.trialNumber = trialNumber;
    }

    /**
     * @throws IllegalStateException if the board failed: a programming or configuration mistake, since a lost
     *                               board is a health event
     */
    @Override
    public void sourceEnded(Exception failure) {
        sourceEnded = true;
        if (failure != null) {
            throw new IllegalStateException("trial " + trialNumber + ": the board failed", failure);
        }
    }

    @Override
    public void holdEnded(TrialResult ended) {
        // Only the first hold is the trial's; one ending after a SKIP belongs to an abandoned trial.
        if (result == null && !skipped) {
            result = ended;
            acquisition.stop();
        }
    }

    @Override
    public void command(SessionCommand command) {
        switch (command.kind()) {
            case SKIP, STOP -> {
                skipped = result == null;
                stopped |= command.kind() == SessionCommand.Kind.STOP;
                acquisition.stop();
            }
            // A pause asked for during the hold takes effect once the trial is done, so it is kept, not dropped;
            // a resume after it takes it back before it begins.
            case PAUSE, RESUME -> afterTrial.add(command);
            // No question is open during a trial, so there is nothing to answer.
            case REPORT -> {
            }
        }
    }

    /** Whether the trial's source has ended: nothing more of the trial will arrive. */
    boolean sourceEnded() {
        return sourceEnded;
    }

    /** The hold's result, or null when there was none or the trial was skipped. */
    TrialResult result() {
        return skipped ? null : result;
    }

    /** Whether a STOP ended the session during the trial. */
    boolean stopped() {
        return stopped;
    }

    /** The PAUSE and RESUME commands that arrived during the trial, in order, to apply after it. */
    List<SessionCommand> afterTrial() {
        return afterTrial;
    }
}
