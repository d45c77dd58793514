package dev.stork.signal.stance;

/**
 * Thresholds of a {@link PlateStanceDetector}. Loads in newtons, distances in metres, times in seconds; a "share"
 * is a fraction of the load on the plate, found from where the COP lies between the person's two feet, so every
 * threshold scales with the person's own stance and weight.
 *
 * @param onLoadN            load above which someone is on the plate (held for {@code onMinS})
 * @param offLoadN           load below which the plate is empty again (held for {@code offMinS}); below onLoadN
 * @param onMinS             how long the load must stay above onLoadN
 * @param offMinS            how long the load must stay below offLoadN
 * @param settleS            how long the load must stay steady (within 15 %) before the detector takes it as the
 *                           person's two-leg stance; a first foot resting alone is seen before it
 * @param defaultHalfStanceM distance of each foot from the two-leg COP until a foot has been seen alone
 * @param liftProgress       a lift is considered once the COP is this fraction of the way from its two-leg
 *                           position to the stance foot
 * @param liftConfirmShare   and confirmed when, over the last 0.15 s, the free foot carries at most this share of
 *                           its two-leg load
 * @param liftMinS           the COP must stay past {@code liftProgress} this long; the start is dated to foot-off
 * @param touchdownShare     the hold ends by touchdown once the free foot carries this share of the load
 * @param touchdownMinM      ... and the COP has moved at least this far from the stance foot
 * @param touchdownMinS      ... for this long; the end is dated to the first instant of load on the free foot
 * @param toeJumpShare       a toe touch: the COP jumps towards the free foot by this share of the stance width
 *                           within 60 ms and stays there
 * @param stepOffFraction    the hold ends by step-off when the load falls below this fraction of the hold's load
 * @param stepOffMinS        how long the load must stay that low; the end is dated to when it began to fall
 * @param minStepOffHoldS    a single-leg phase shorter than this that ends by stepping off is the person leaving
 *                           the plate one foot after the other, not a hold: it is withdrawn
 * @param targetS            hold time after which the hold ends with {@link HoldEndReason#TARGET};
 *                           {@code Double.POSITIVE_INFINITY} for none
 * @param stableSpeedMps     COP speed under which sway counts as stabilised
 * @param stableForS         how long the COP speed must stay under stableSpeedMps
 * @param supportDropShare   kneeling: the hold ends when the load falls by this share of its recent level (the
 *                           outstretched foot or a hand came down beside the board and took weight); 0 for never
 *                           (standing, where a hand on a chair is part of the level, not its end)
 * @param supportMinS        ... for this long; the end is dated to when the load began to fall
 */
public record PlateStanceConfig(double onLoadN, double offLoadN, double onMinS, double offMinS, double settleS,
                                double defaultHalfStanceM, double liftProgress, double liftConfirmShare,
                                double liftMinS, double touchdownShare, double touchdownMinM, double touchdownMinS,
                                double toeJumpShare, double stepOffFraction, double stepOffMinS,
                                double minStepOffHoldS, double targetS, double stableSpeedMps, double stableForS,
                                double supportDropShare, double supportMinS) {

    /**
     * The longest time from the end of a hold to the moment the detector is sure of it, s: a touchdown or toe touch
     * is confirmed within about a quarter second, a step-off once the load has halved. A consumer that must see
     * exactly the samples of a hold waits this long behind the newest sample.
     */
    public static final double LONGEST_END_DELAY_S = 0.6;
    /** {@link #stepOffFraction()} of {@link #kneeling}. */
    public static final double KNEELING_STEP_OFF_FRACTION = 0.45;

    /** Checks the thresholds against each other. */
    public PlateStanceConfig {
        if (!(offLoadN > 0 && offLoadN < onLoadN)) {
            throw new IllegalArgumentException("need 0 < offLoadN < onLoadN, got off " + offLoadN + " N, on "
                    + onLoadN + " N");
        }
        if (!(liftProgress > 0 && liftProgress < 1) || !(liftConfirmShare > 0 && liftConfirmShare < 0.5)
                || !(touchdownShare > 0 && touchdownShare < 1) || !(stepOffFraction > 0 && stepOffFraction < 1)
                || !(toeJumpShare > 0 && toeJumpShare < touchdownShare)) {
            throw new IllegalArgumentException("need liftProgress, touchdownShare and stepOffFraction in (0, 1), "
                    + "liftConfirmShare in (0, 0.5) and 0 < toeJumpShare < touchdownShare, got " + liftProgress
                    + ", " + touchdownShare + ", " + stepOffFraction + ", " + liftConfirmShare + ", "
                    + toeJumpShare);
        }
        if (!(defaultHalfStanceM > 0) || !(touchdownMinM >= 0)) {
            throw new IllegalArgumentException("need defaultHalfStanceM > 0 and touchdownMinM >= 0, got "
                    + defaultHalfStanceM + " m, " + touchdownMinM + " m");
        }
        if (!(supportDropShare >= 0 && supportDropShare < 1 - stepOffFraction) || !(supportMinS >= 0)) {
            throw new IllegalArgumentException("need 0 <= supportDropShare < 1 - stepOffFraction (a smaller drop "
                    + "than stepping off) and supportMinS >= 0, got " + supportDropShare + ", " + supportMinS + " s");
        }
        if (!(targetS > 0)) {
            throw new IllegalArgumentException("target hold time must be positive seconds, got " + targetS);
        }
    }

    /**
     * Defaults for a person of 25 kg and more standing on a plate at least as wide as a Wii Balance Board, target
     * targetS.
     */
    public static PlateStanceConfig defaults(double targetS) {
        return new PlateStanceConfig(80, 40, 0.2, 0.2, 0.6, 0.06, 0.55, 0.12, 0.25, 0.3, 0.035, 0.06, 0.05, 0.65,
                0.1, 1.0, targetS, 0.08, 1.0, 0, 0);
    }

    /**
     * Kneeling on the board, the knees in place of the feet: the standing defaults, and the hold also ends when
     * the load falls by 8 % for 0.1 s, the outstretched foot or a hand taking weight beside the board. The plate's
     * vertical force wavers by about 1.5 % (one standard deviation) on one knee, so 8 % is well clear of sway; a
     * hand put down to catch a wobble takes a tenth of the weight or more. Getting off is a fall below
     * {@value #KNEELING_STEP_OFF_FRACTION} of the hold's load: the outstretched foot resting on the floor and a
     * hand put down together may take nearly half the weight without the person leaving.
     */
    public static PlateStanceConfig kneeling(double targetS) {
        PlateStanceConfig d = defaults(targetS);
        return new PlateStanceConfig(d.onLoadN, d.offLoadN, d.onMinS, d.offMinS, d.settleS, d.defaultHalfStanceM,
                d.liftProgress, d.liftConfirmShare, d.liftMinS, d.touchdownShare, d.touchdownMinM, d.touchdownMinS,
                d.toeJumpShare, KNEELING_STEP_OFF_FRACTION, d.stepOffMinS, d.minStepOffHoldS, targetS,
                d.stableSpeedMps, d.stableForS, 0.08, 0.1);
    }


    /** The same thresholds with another target hold time. */
    public PlateStanceConfig withTargetS(double newTargetS) {
        return new PlateStanceConfig(onLoadN, offLoadN, onMinS, offMinS, settleS, defaultHalfStanceM, liftProgress,
                liftConfirmShare, liftMinS, touchdownShare, touchdownMinM, touchdownMinS, toeJumpShare,
                stepOffFraction, stepOffMinS, minStepOffHoldS, newTargetS, stableSpeedMps, stableForS,
                supportDropShare, supportMinS);
    }
}
