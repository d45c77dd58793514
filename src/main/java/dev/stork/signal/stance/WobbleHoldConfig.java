package dev.stork.signal.stance;

/**
 * Thresholds of a {@link WobbleHoldDetector}. Angles in radians, times in seconds.
 *
 * @param edgeAngleRad     tilt at which the board's rim touches the floor (e.g. 15° for a common wobble board)
 * @param releaseMarginRad the board counts as off its edge once the tilt is this far below the edge angle
 * @param releaseMinS      how long the board must stay off its edge before a hold counts; the start is backdated
 * @param edgeMinS         how long the tilt must stay at the edge before the hold ends; the end is backdated
 * @param targetS          hold time after which the hold ends with {@link HoldEndReason#TARGET}
 * @param stableRateRadPs  tilt rate under which the board counts as stabilised
 * @param stableForS       how long the tilt rate must stay under stableRateRadPs
 */
public record WobbleHoldConfig(double edgeAngleRad, double releaseMarginRad, double releaseMinS, double edgeMinS,
                               double targetS, double stableRateRadPs, double stableForS) {

    /** Checks the angles and times. */
    public WobbleHoldConfig {
        if (!(edgeAngleRad > 0 && edgeAngleRad < Math.PI / 2) || !(releaseMarginRad > 0)
                || !(releaseMarginRad < edgeAngleRad)) {
            throw new IllegalArgumentException("need 0 < release margin < edge angle < 90°, got edge "
                    + Math.toDegrees(edgeAngleRad) + "°, margin " + Math.toDegrees(releaseMarginRad) + "°");
        }
        if (!(targetS > 0)) {
            throw new IllegalArgumentException("target hold time must be positive seconds, got " + targetS);
        }
    }

    /** Defaults for a board whose rim touches the floor at {@code edgeAngleDeg}, with a hold target. */
    public static WobbleHoldConfig defaults(double edgeAngleDeg, double targetS) {
        return new WobbleHoldConfig(Math.toRadians(edgeAngleDeg), Math.toRadians(2), 0.3, 0.05, targetS,
                Math.toRadians(8), 1.0);
    }
}
