package dev.stork.session;

/**
 * What the person reports after a trial.
 *
 * @param pain     pain, 0 (none) to 10 (worst imaginable)
 * @param lostForm whether form broke during the trial
 */
public record TrialAnswer(int pain, boolean lostForm) {
    public TrialAnswer {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0-10, was " + pain);
        }
    }
}
