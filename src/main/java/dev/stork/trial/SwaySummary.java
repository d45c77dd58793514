package dev.stork.trial;

import dev.stork.signal.live.LiveSwayMetrics;

/**
 * Sway of one hold. On a plate it is the COP's sway in metres; on a wobble board the board's tilt (roll, pitch) in
 * radians; {@link #unit()} says which.
 *
 * @param sampleCount  samples in the hold
 * @param pathLength   total path, m or rad
 * @param meanVelocity path divided by the hold's time, m/s or rad/s
 * @param rmsDistance  RMS distance from the mean position, m or rad
 * @param ellipseArea  95 % prediction ellipse, m² or rad²; NaN with fewer than three samples
 * @param unit         the unit of the figures
 */
public record SwaySummary(long sampleCount, double pathLength, double meanVelocity, double rmsDistance,
                          double ellipseArea, Unit unit) {

    /** What the sway figures measure. */
    public enum Unit {
        /** COP on a plate: m, m/s, m, m². */
        METRES,
        /** Board tilt: rad, rad/s, rad, rad². */
        RADIANS
    }

    /** No samples yet. */
    public static SwaySummary empty(Unit unit) {
        return new SwaySummary(0, 0, 0, 0, Double.NaN, unit);
    }

    /** The figures of {@code metrics} now. */
    public static SwaySummary of(LiveSwayMetrics metrics, Unit unit) {
        return new SwaySummary(metrics.sampleCount(), metrics.pathLengthM(), metrics.meanVelocityMps(),
                metrics.rmsDistanceM(), metrics.ellipseAreaM2(), unit);
    }

    /** Mean COP velocity in cm/s (plate), or mean tilt rate in degrees/s (wobble board). */
    public double meanVelocityDisplay() {
        return unit == Unit.METRES ? meanVelocity * 100 : Math.toDegrees(meanVelocity);
    }

    /** Ellipse area in cm² (plate), or degrees² (wobble board). */
    public double ellipseAreaDisplay() {
        double toDisplay = unit == Unit.METRES ? 100 : Math.toDegrees(1);
        return ellipseArea * toDisplay * toDisplay;
    }
}
