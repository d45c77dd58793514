package dev.stork.signal.stance;

/**
 * Follows a person on a force plate, one sample at a time: empty plate, stepping on, two-leg stance, a single-leg
 * hold on the left or right foot, and the hold's end by touchdown of the free foot, by stepping off, or by reaching
 * the target time.
 *
 * <p>A lifted foot shows as a medio-lateral shift of the COP from its two-leg position towards the stance foot
 * (right shift: standing on the right foot). Touchdown brings it back towards the two-leg position; stepping off
 * drops the load. Every transition needs its condition to hold for a minimum time (hysteresis against noise) and is
 * then backdated to the sample where the condition began. Time to stabilisation is measured from the hold's start
 * with the COP speed ({@link PlateStanceConfig#stableSpeedMps()}).
 *
 * <p>Feed it the (causally filtered) COP and the total load of every sample. Single-threaded: call
 * {@link #update} from one thread; the listener is called on that thread. {@link #update} and {@link #reset()}
 * allocate nothing, so the same object serves live acquisition and replay.
 */
public final class PlateStanceDetector extends StanceDetector {
    private static final double BODY_LOAD_TAU_S = 1.0;
    private static final double BASELINE_TAU_S = 2.0;
    private static final double HOLD_SHIFT_TAU_S = 1.0;

    private final PlateStanceConfig config;
    private final long onMinNanos;
    private final long offMinNanos;
    private final long settleNanos;
    private final long liftMinNanos;
    private final long rearmNanos;
    private final long touchdownMinNanos;
    private final long stepOffMinNanos;

    private double lastMlM;
    private double lastApM;
    private double bodyLoadN;
    private double baselineMlM;
    private boolean armed;
    private long loadSinceNanos;
    private long armSinceNanos;
    private long liftSinceNanos;
    private int liftSign;
    private long touchdownSinceNanos;
    private long stepOffSinceNanos;
    private int holdSign;
    private double holdShiftM;

    /**
     * @param config   thresholds
     * @param listener receives states and holds; called on the updating thread
     */
    public PlateStanceDetector(PlateStanceConfig config, StanceListener listener) {
        super(listener, config.targetS(), config.stableSpeedMps(), config.stableForS());
        this.config = config;
        this.onMinNanos = nanos(config.onMinS());
        this.offMinNanos = nanos(config.offMinS());
        this.settleNanos = nanos(config.settleS());
        this.liftMinNanos = nanos(config.liftMinS());
        this.rearmNanos = nanos(config.rearmS());
        this.touchdownMinNanos = nanos(config.touchdownMinS());
        this.stepOffMinNanos = nanos(config.stepOffMinS());
        reset();
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    @Override
    void forgetLearnt() {
        bodyLoadN = 0;
        baselineMlM = 0;
        armed = false;
        loadSinceNanos = NONE;
        armSinceNanos = NONE;
        liftSinceNanos = NONE;
        touchdownSinceNanos = NONE;
        stepOffSinceNanos = NONE;
        holdShiftM = 0;
    }

    /**
     * Takes one sample.
     *
     * @param timeNanos sample time, monotonic nanoseconds
     * @param loadN     total vertical load, N
     * @param copMlM    COP medio-lateral, m, positive to the right (ignored while the plate is empty)
     * @param copApM    COP antero-posterior, m, positive to the front
     */
    public void update(long timeNanos, double loadN, double copMlM, double copApM) {
        endAtGap(timeNanos);
        double dtS = lastNanos == NONE ? 0 : (timeNanos - lastNanos) * 1e-9;
        double dMl = copMlM - lastMlM;
        double dAp = copApM - lastApM;
        double speedMps = dtS > 0 ? Math.sqrt(dMl * dMl + dAp * dAp) / dtS : 0;
        lastNanos = timeNanos;
        lastMlM = copMlM;
        lastApM = copApM;
        switch (state()) {
            case EMPTY -> whileEmpty(timeNanos, loadN, copMlM);
            case STEPPING_ON -> whileSteppingOn(timeNanos, loadN, copMlM, dtS);
            case TWO_LEG -> whileTwoLeg(timeNanos, loadN, copMlM, dtS, speedMps);
            case HOLD, HOLD_OVER -> whileOnOneLeg(timeNanos, loadN, copMlM, dtS, speedMps);
            default -> throw new IllegalStateException("unhandled state " + state());
        }
    }

    private void whileEmpty(long t, double loadN, double copMlM) {
        if (loadN >= config.onLoadN()) {
            if (loadSinceNanos == NONE) {
                loadSinceNanos = t;
            }
            if (t - loadSinceNanos >= onMinNanos) {
                bodyLoadN = loadN;
                baselineMlM = copMlM;
                enter(StanceState.STEPPING_ON, loadSinceNanos);
            }
        } else {
            loadSinceNanos = NONE;
        }
    }

    private void whileSteppingOn(long t, double loadN, double copMlM, double dtS) {
        if (steppedOff(t, loadN)) {
            return;
        }
        // Learn fast while settling: the person is still shifting their weight onto both feet.
        bodyLoadN = follow(bodyLoadN, loadN, dtS, BODY_LOAD_TAU_S / 4);
        baselineMlM = follow(baselineMlM, copMlM, dtS, BASELINE_TAU_S / 4);
        if (t - stateSinceNanos() >= settleNanos) {
            armed = false;
            armSinceNanos = NONE;
            enter(StanceState.TWO_LEG, t);
        }
    }

    private void whileTwoLeg(long t, double loadN, double copMlM, double dtS, double speedMps) {
        if (steppedOff(t, loadN)) {
            return;
        }
        double shiftM = copMlM - baselineMlM;
        double absShiftM = Math.abs(shiftM);
        if (!armed) {
            if (absShiftM < config.liftShiftM() / 2) {
                if (armSinceNanos == NONE) {
                    armSinceNanos = t;
                }
                armed = t - armSinceNanos >= rearmNanos;
            } else {
                armSinceNanos = NONE;
            }
        }
        if (absShiftM < config.liftShiftM() / 2) {
            baselineMlM = follow(baselineMlM, copMlM, dtS, BASELINE_TAU_S);
            bodyLoadN = follow(bodyLoadN, loadN, dtS, BODY_LOAD_TAU_S);
        }
        if (!armed || absShiftM < config.liftShiftM()) {
            liftSinceNanos = NONE;
            return;
        }
        int sign = shiftM > 0 ? 1 : -1;
        if (liftSinceNanos == NONE || sign != liftSign) {
            liftSinceNanos = t;
            liftSign = sign;
            // Time to stabilisation counts from the backdated start, so the timer runs while the lift is pending.
            stabilisation.start(t);
        }
        stabilisation.update(t, speedMps, dtS);
        if (t - liftSinceNanos >= liftMinNanos) {
            startHold(sign);
        }
    }

    private void startHold(int sign) {
        long startNanos = liftSinceNanos;
        holdSign = sign;
        holdShiftM = Math.abs(lastMlM - baselineMlM);
        touchdownSinceNanos = NONE;
        stepOffSinceNanos = NONE;
        liftSinceNanos = NONE;
        startHold(startNanos, sign > 0 ? Leg.RIGHT : Leg.LEFT);
    }

    private void whileOnOneLeg(long t, double loadN, double copMlM, double dtS, double speedMps) {
        boolean holding = state() == StanceState.HOLD;
        if (loadN < config.stepOffFraction() * bodyLoadN) {
            if (stepOffSinceNanos == NONE) {
                stepOffSinceNanos = t;
            }
            if (t - stepOffSinceNanos >= stepOffMinNanos) {
                if (holding) {
                    endHold(stepOffSinceNanos, HoldEndReason.STEP_OFF, StanceState.EMPTY);
                } else {
                    enter(StanceState.EMPTY, stepOffSinceNanos);
                }
                loadSinceNanos = NONE;
                return;
            }
        } else {
            stepOffSinceNanos = NONE;
        }
        double towardsStanceFootM = holdSign * (copMlM - baselineMlM);
        if (towardsStanceFootM < config.touchdownFraction() * holdShiftM) {
            if (touchdownSinceNanos == NONE) {
                touchdownSinceNanos = t;
            }
            if (t - touchdownSinceNanos >= touchdownMinNanos) {
                armed = false;
                armSinceNanos = NONE;
                if (holding) {
                    endHold(touchdownSinceNanos, HoldEndReason.TOUCHDOWN, StanceState.TWO_LEG);
                } else {
                    enter(StanceState.TWO_LEG, touchdownSinceNanos);
                }
                return;
            }
        } else {
            touchdownSinceNanos = NONE;
            holdShiftM = follow(holdShiftM, towardsStanceFootM, dtS, HOLD_SHIFT_TAU_S);
        }
        if (holding) {
            stabilisation.update(t, speedMps, dtS);
            endAtTarget(t);
        }
    }

    private boolean steppedOff(long t, double loadN) {
        if (loadN < config.offLoadN()) {
            if (loadSinceNanos == NONE) {
                loadSinceNanos = t;
            }
            if (t - loadSinceNanos >= offMinNanos) {
                enter(StanceState.EMPTY, loadSinceNanos);
                loadSinceNanos = NONE;
                return true;
            }
        } else {
            loadSinceNanos = NONE;
        }
        return false;
    }

    private static double follow(double current, double target, double dtS, double tauS) {
        return current + dtS / (tauS + dtS) * (target - current);
    }

    /** The body load learnt in two-leg stance, N; 0 before anyone stepped on. */
    public double bodyLoadN() {
        return bodyLoadN;
    }

    /** The learnt two-leg ML COP, m. */
    public double baselineMlM() {
        return baselineMlM;
    }
}
