package dev.stork.signal.stance;

/**
 * Follows a wobble board, one sample at a time: a hold runs while the person keeps the board's rim off the floor
 * and ends when the tilt reaches the edge angle ({@link HoldEndReason#EDGE_CONTACT}) or the target time passes.
 *
 * <p>An unloaded wobble board rests on its rim, so "at the edge" is also the empty state. The IMU cannot tell the
 * feet apart: holds are reported with {@link Leg#UNKNOWN} and the caller, who knows the exercise, names the leg.
 * Transitions need their condition to hold for a minimum time and are backdated to where it began. Time to
 * stabilisation uses the total tilt rate in rad/s.
 *
 * <p>Single-threaded; {@link #update} and {@link #reset()} allocate nothing.
 */
public final class WobbleHoldDetector extends StanceDetector {
    private final WobbleHoldConfig config;
    private final long releaseMinNanos;
    private final long edgeMinNanos;
    private final double releaseAngleRad;
    private double lastTiltRad;
    private long conditionSinceNanos;

    /**
     * @param config   thresholds
     * @param listener receives states and holds; called on the updating thread
     */
    public WobbleHoldDetector(WobbleHoldConfig config, StanceListener listener) {
        super(listener, config.targetS(), config.stableRateRadPs(), config.stableForS());
        this.config = config;
        this.releaseMinNanos = Math.round(config.releaseMinS() * 1e9);
        this.edgeMinNanos = Math.round(config.edgeMinS() * 1e9);
        this.releaseAngleRad = config.edgeAngleRad() - config.releaseMarginRad();
        reset();
    }

    @Override
    public void reset() {
        super.reset();
        lastTiltRad = 0;
    }

    @Override
    void forgetLearnt() {
        conditionSinceNanos = NONE;
    }

    /**
     * Takes one sample.
     *
     * @param timeNanos sample time, monotonic nanoseconds
     * @param tiltRad   the board's total tilt from level (any direction), radians, 0 or more
     */
    public void update(long timeNanos, double tiltRad) {
        endAtGap(timeNanos);
        double dtS = lastNanos == NONE ? 0 : (timeNanos - lastNanos) * 1e-9;
        double rateRadPs = dtS > 0 ? Math.abs(tiltRad - lastTiltRad) / dtS : 0;
        lastNanos = timeNanos;
        lastTiltRad = tiltRad;
        StanceState state = state();
        if (state == StanceState.HOLD || state == StanceState.HOLD_OVER) {
            if (tiltRad >= config.edgeAngleRad()) {
                if (conditionSinceNanos == NONE) {
                    conditionSinceNanos = timeNanos;
                }
                if (timeNanos - conditionSinceNanos >= edgeMinNanos) {
                    if (state == StanceState.HOLD) {
                        endHold(conditionSinceNanos, HoldEndReason.EDGE_CONTACT, StanceState.EMPTY);
                    } else {
                        enter(StanceState.EMPTY, conditionSinceNanos);
                    }
                    conditionSinceNanos = NONE;
                }
                return;
            }
            conditionSinceNanos = NONE;
            if (state == StanceState.HOLD) {
                stabilisation.update(timeNanos, rateRadPs, dtS);
                endAtTarget(timeNanos);
            }
            return;
        }
        if (tiltRad < releaseAngleRad) {
            if (conditionSinceNanos == NONE) {
                conditionSinceNanos = timeNanos;
            }
            if (timeNanos - conditionSinceNanos >= releaseMinNanos) {
                long startNanos = conditionSinceNanos;
                conditionSinceNanos = NONE;
                stabilisation.start(startNanos);
                startHold(startNanos, Leg.UNKNOWN);
            }
        } else {
            conditionSinceNanos = NONE;
        }
    }
}
