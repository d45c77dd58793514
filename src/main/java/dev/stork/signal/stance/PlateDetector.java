package dev.stork.signal.stance;

/**
 * A detector fed by a force plate's pipeline: the total load and the COP, raw for timing and smoothed for speed.
 * {@link PlateStanceDetector} follows single-leg holds, {@link RepetitionSetDetector} a set of repetitions.
 */
public interface PlateDetector {

    /**
     * Takes one sample.
     *
     * @param timeNanos sample time, monotonic nanoseconds
     * @param loadN     total vertical load, N
     * @param rawMlM    COP medio-lateral as measured, m, positive to the right
     * @param rawApM    COP antero-posterior as measured, m, positive to the front
     * @param smoothMlM the low-passed COP, ML, m
     * @param smoothApM the low-passed COP, AP, m
     */
    void update(long timeNanos, double loadN, double rawMlM, double rawApM, double smoothMlM, double smoothApM);
}
