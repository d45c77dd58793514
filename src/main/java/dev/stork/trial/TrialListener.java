package dev.stork.trial;

/**
 * Receives the result of every hold, on the acquisition (or replaying) thread, once per hold. Keep it short:
 * hand the result to another thread for storage.
 */
public interface TrialListener {

    /** A hold ended. */
    void onTrialResult(TrialResult result);
}
