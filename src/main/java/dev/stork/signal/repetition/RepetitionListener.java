package dev.stork.signal.repetition;

/**
 * Told of each repetition as it is counted, on the thread that feeds the counter. Primitives only, so counting
 * allocates nothing.
 */
@FunctionalInterface
public interface RepetitionListener {

    /**
     * Repetition {@code number} went from {@code startNanos} to {@code endNanos}.
     *
     * @param swayMlRmsM side-to-side wobble during it, m (see {@link Repetition#swayMlRmsM()})
     */
    void onRepetition(int number, long startNanos, long endNanos, double swayMlRmsM);
}
