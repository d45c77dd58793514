package dev.stork.signal.stance;

/**
 * Thresholds of a {@link PlateStanceDetector}. Loads in newtons, distances in metres, times in seconds.
 *
 * @param onLoadN              load above which someone is on the plate (held for {@code onMinS})
 * @param offLoadN             load below which the plate is empty again (held for {@code offMinS}); below onLoadN
 * @param onMinS               how long the load must stay above onLoadN
 * @param offMinS              how long the load must stay below offLoadN
 * @param settleS              time after stepping on to learn body load and the two-leg COP
 * @param liftShiftM           ML shift of the COP from the two-leg position that means a foot is lifted (a
 *                             quarter to a half of the distance between the feet; 4 cm for a Wii board stance)
 * @param liftMinS             how long the shift must last before a hold counts; the start is backdated
 * @param rearmS               how long the COP must be back near the two-leg position before a new hold can begin
 * @param touchdownFraction    the hold ends by touchdown when the shift falls below this fraction of the hold's
 *                             typical shift
 * @param touchdownMinS        how long the shift must stay that small
 * @param stepOffFraction      the hold ends by step-off when the load falls below this fraction of body load
 * @param stepOffMinS          how long the load must stay that low
 * @param targetS              hold time after which the hold ends with {@link HoldEndReason#TARGET};
 *                             {@code Double.POSITIVE_INFINITY} for none
 * @param stableSpeedMps       COP speed under which sway counts as stabilised
 * @param stableForS           how long the COP speed must stay under stableSpeedMps
 */
public record PlateStanceConfig(double onLoadN, double offLoadN, double onMinS, double offMinS, double settleS,
                                double liftShiftM, double liftMinS, double rearmS, double touchdownFraction,
                                double touchdownMinS, double stepOffFraction, double stepOffMinS, double targetS,
                                double stableSpeedMps, double stableForS) {

    /** Checks the thresholds against each other. */
    public PlateStanceConfig {
        if (!(offLoadN > 0 && offLoadN < onLoadN)) {
            throw new IllegalArgumentException("need 0 < offLoadN < onLoadN, got off " + offLoadN + " N, on "
                    + onLoadN + " N");
        }
        if (!(liftShiftM > 0) || !(touchdownFraction > 0 && touchdownFraction < 1)
                || !(stepOffFraction > 0 && stepOffFraction < 1)) {
            throw new IllegalArgumentException("need liftShiftM > 0 and touchdown/step-off fractions in (0, 1), got "
                    + liftShiftM + " m, " + touchdownFraction + ", " + stepOffFraction);
        }
        if (!(targetS > 0)) {
            throw new IllegalArgumentException("target hold time must be positive seconds, got " + targetS);
        }
    }

    /** Defaults for an adult on a Wii-Balance-Board-sized plate, with a hold target of {@code targetS}. */
    public static PlateStanceConfig defaults(double targetS) {
        return new PlateStanceConfig(200, 100, 0.3, 0.2, 1.0, 0.04, 0.25, 0.3, 0.6, 0.12, 0.7, 0.08, targetS,
                0.08, 1.0);
    }

    /** The same thresholds with another target hold time. */
    public PlateStanceConfig withTargetS(double newTargetS) {
        return new PlateStanceConfig(onLoadN, offLoadN, onMinS, offMinS, settleS, liftShiftM, liftMinS, rearmS,
                touchdownFraction, touchdownMinS, stepOffFraction, stepOffMinS, newTargetS, stableSpeedMps,
                stableForS);
    }
}
