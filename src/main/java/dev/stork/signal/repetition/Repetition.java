package dev.stork.signal.repetition;

/**
 * One counted repetition.
 *
 * @param number      its number in the set, from 1
 * @param startNanos  when the person left the top position, on the samples' time base (see
 *                    {@link RepetitionCounter} for where on the movement this is read)
 * @param endNanos    when they were back in it, same time base
 * @param swayMlRmsM  side-to-side wobble during it: RMS of the medio-lateral COP about its mean over the
 *                    repetition, m
 */
public record Repetition(int number, long startNanos, long endNanos, double swayMlRmsM) {

    /** Time the repetition took, s. */
    public double durationS() {
        return (endNanos - startNanos) * 1e-9;
    }
}
