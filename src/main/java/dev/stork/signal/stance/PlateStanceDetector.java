package dev.stork.signal.stance;

import dev.stork.signal.stance.SampleRing.Series;

/**
 * Follows a person on a force plate, one sample at a time: empty plate, stepping on, two-leg stance, a single-leg
 * hold on the left or right foot, and the hold's end by touchdown of the free foot, by stepping off, or by reaching
 * the target time.
 *
 * <p>A hold starts at foot-off, the instant the free foot's load reaches zero, and ends at touchdown, the first
 * instant it bears load again, or, stepping off, when the total load starts to fall (see docs/training.md). The
 * plate only measures the total load and its centre (COP); on two legs the COP lies between the feet where it
 * splits the load, so the free foot's share of the load is the COP's position between the feet
 * ({@link FeetOnPlate}). The feet are found from the person's own stance: the first foot alone while stepping on,
 * the stance foot of every hold, the mirror of a known foot about the two-leg COP.
 *
 * <p>Every transition is first confirmed, well past its start, by a condition that lasts a minimum time
 * (hysteresis against sway and noise), then dated in the last seconds of samples ({@link SampleRing}) to the
 * instant it really happened ({@link TransitionFit}). A brief toe touch is seen as a jump of the COP towards the
 * free foot that stays; the re-lift after it as the jump back, and starts a new hold. A single-leg moment shorter
 * than {@link PlateStanceConfig#minStepOffHoldS()} ended by stepping off is a person leaving one foot after the
 * other and is withdrawn. Time to stabilisation is measured from the hold's start with the smoothed COP speed
 * ({@link PlateStanceConfig#stableSpeedMps()}).
 *
 * <p>Feed it the total load, the raw COP (for timing: a low-pass filter would delay every transition) and, for the
 * speed, the smoothed COP. Single-threaded: call {@link #update} from one thread; the listener is called on that
 * thread. {@link #update} and {@link #reset()} allocate nothing, so the same object serves live acquisition and
 * replay.
 */
public final class PlateStanceDetector extends StanceDetector implements PlateDetector {
    private static final double RING_SECONDS = 5;
    private static final double TWO_LEG_TAU_S = 2.0;
    private static final double HOLD_LEVEL_TAU_S = 1.0;
    private static final double STEADY_BAND = 0.15;
    private static final double LOAD_RISE = 1.15;
    private static final double LOAD_FALL = 0.55;
    private static final double LIFT_LOAD_LOW = 0.6;
    private static final double NEAR_TWO_LEG_PROGRESS = 0.3;
    private static final long LOAD_CHANGE_NANOS = 100_000_000L;
    private static final long REARM_NANOS = 300_000_000L;
    private static final long CONFIRM_WINDOW_NANOS = 300_000_000L;
    private static final long FIRST_FOOT_MIN_NANOS = 150_000_000L;
    private static final long FIRST_FOOT_LOOKBACK_NANOS = 3_000_000_000L;
    private static final long LIFT_LOOKBACK_NANOS = 1_500_000_000L;
    private static final long TOUCHDOWN_LOOKBACK_NANOS = 500_000_000L;
    private static final long STEP_OFF_LOOKBACK_NANOS = 1_000_000_000L;
    /**
     * Where the level a transition leaves is read, before the moment its confirming condition began: far enough back
     * to be clear of the transition itself (a load falls to half in about 0.15 s, a touchdown reaches a third of the
     * foot's share in about 0.1 s).
     */
    private static final long STEP_OFF_LEVEL_FROM_NANOS = 600_000_000L;
    private static final long STEP_OFF_LEVEL_TO_NANOS = 350_000_000L;
    private static final long TOUCHDOWN_LEVEL_FROM_NANOS = 400_000_000L;
    private static final long TOUCHDOWN_LEVEL_TO_NANOS = 200_000_000L;
    private static final double JUMP_NOISE_FACTOR = 3;
    private static final double JUMP_NOISE_TAU_S = 0.5;
    private static final double FIRST_FOOT_LOW = 0.3;
    private static final double FIRST_FOOT_HIGH = 0.6;
    private static final double MIN_FIRST_FOOT_OFFSET_M = 0.02;
    /**
     * Kneeling, the outstretched foot settles on the floor in the first moments of a hold and takes what it keeps
     * of the weight: a fall of the load only ends the hold once the position has settled this long.
     */
    private static final long SUPPORT_ARM_NANOS = 800_000_000L;
    /** How quickly the level a support's fall is measured from follows the load, s. */
    private static final double SUPPORT_LEVEL_TAU_S = 0.25;
    /** A fall of the load that lasts this long without becoming a step-off is a support, not a short dab. */
    private static final long SUPPORT_DECIDE_NANOS = 300_000_000L;
    private static final long SUPPORT_LOOKBACK_NANOS = 500_000_000L;
    private static final long SUPPORT_RELEASE_NANOS = 100_000_000L;

    private final PlateStanceConfig config;
    private final SampleRing ring;
    private final FeetOnPlate feet;
    private final CopStep toeStep;
    private final long onMinNanos;
    private final long offMinNanos;
    private final long settleNanos;
    private final long liftMinNanos;
    private final long touchdownMinNanos;
    private final long stepOffMinNanos;
    private final long minStepOffHoldNanos;

    private double lastSmoothMlM;
    private double lastSmoothApM;
    private long loadSinceNanos;
    private boolean awaitEmpty;
    private long stepOnSeq;
    private long steadySinceSeq;
    private double steadyRefN;
    private double bodyLoadN;
    private double twoLegMlM;
    private long loadChangeSinceNanos;
    private boolean armed;
    private long armSinceNanos;
    private Leg candidateLeg;
    private long candidateSinceNanos;
    private double holdLevelMlM;
    private double holdLoadN;
    private long touchdownSinceNanos;
    private long stepOffSinceNanos;
    private boolean reliftPossible;
    private double jumpNoise;
    private double toeShare;
    private long reliftSinceSeq;
    private final double supportDropShare;
    private final long supportMinNanos;
    private double supportLevelN;
    private long supportSinceNanos;
    private long supportLowSeq;
    private boolean supportReleasePossible;
    private double supportedLevelN;
    private long supportReleaseSinceNanos;

    /**
     * @param config       thresholds
     * @param sampleRateHz the highest rate the detector will be fed at, Hz (sizes its memory of recent samples)
     * @param listener     receives states and holds; called on the updating thread
     */
    public PlateStanceDetector(PlateStanceConfig config, double sampleRateHz, StanceListener listener) {
        super(listener, config.targetS(), config.stableSpeedMps(), config.stableForS());
        this.config = config;
        this.ring = new SampleRing(sampleRateHz, RING_SECONDS);
        this.feet = new FeetOnPlate(config.defaultHalfStanceM());
        this.toeStep = new CopStep(ring);
        this.onMinNanos = nanos(config.onMinS());
        this.offMinNanos = nanos(config.offMinS());
        this.settleNanos = nanos(config.settleS());
        this.liftMinNanos = nanos(config.liftMinS());
        this.touchdownMinNanos = nanos(config.touchdownMinS());
        this.stepOffMinNanos = nanos(config.stepOffMinS());
        this.minStepOffHoldNanos = nanos(config.minStepOffHoldS());
        this.supportDropShare = config.supportDropShare();
        this.supportMinNanos = nanos(config.supportMinS());
        reset();
    }

    /** A detector for sources of up to 1 kHz. */
    public PlateStanceDetector(PlateStanceConfig config, StanceListener listener) {
        this(config, 1000, listener);
    }

    private static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }

    @Override
    void forgetLearnt() {
        ring.clear();
        feet.forget();
        loadSinceNanos = NONE;
        awaitEmpty = false;
        bodyLoadN = 0;
        twoLegMlM = 0;
        armed = false;
        armSinceNanos = NONE;
        candidateLeg = null;
        reliftPossible = false;
        supportReleasePossible = false;
        touchdownSinceNanos = NONE;
        stepOffSinceNanos = NONE;
        supportSinceNanos = NONE;
        toeStep.cancel();
        lastSmoothMlM = Double.NaN;
        lastSmoothApM = Double.NaN;
    }

    /**
     * Takes one sample whose COP serves both for timing and for speed (already smoothed, or clean).
     *
     * @param timeNanos sample time, monotonic nanoseconds
     * @param loadN     total vertical load, N
     * @param copMlM    COP medio-lateral, m, positive to the right (ignored while the plate is empty)
     * @param copApM    COP antero-posterior, m, positive to the front
     */
    public void update(long timeNanos, double loadN, double copMlM, double copApM) {
        update(timeNanos, loadN, copMlM, copApM, copMlM, copApM);
    }

    /**
     * Takes one sample.
     *
     * @param timeNanos  sample time, monotonic nanoseconds
     * @param loadN      total vertical load, N
     * @param rawMlM     COP medio-lateral as measured, m, positive to the right: dates the transitions
     * @param rawApM     COP antero-posterior as measured, m (kept for symmetry; the feet are told apart by ML)
     * @param smoothMlM  the low-passed COP, ML, m: its speed times stabilisation
     * @param smoothApM  the low-passed COP, AP, m
     */
    @Override
    public void update(long timeNanos, double loadN, double rawMlM, double rawApM, double smoothMlM,
                       double smoothApM) {
        endAtGap(timeNanos);
        double dtS = lastNanos == NONE ? 0 : (timeNanos - lastNanos) * 1e-9;
        double speedMps = 0;
        if (dtS > 0 && !Double.isNaN(lastSmoothMlM)) {
            double dMl = smoothMlM - lastSmoothMlM;
            double dAp = smoothApM - lastSmoothApM;
            speedMps = Math.sqrt(dMl * dMl + dAp * dAp) / dtS;
        }
        lastNanos = timeNanos;
        lastSmoothMlM = smoothMlM;
        lastSmoothApM = smoothApM;
        ring.append(timeNanos, loadN, rawMlM);
        switch (state()) {
            case EMPTY -> whileEmpty(timeNanos, loadN);
            case STEPPING_ON -> whileSteppingOn(timeNanos, loadN);
            case TWO_LEG -> whileTwoLeg(timeNanos, loadN, rawMlM, dtS);
            case HOLD, HOLD_OVER -> whileOnOneLeg(timeNanos, loadN, rawMlM, dtS, speedMps);
            default -> throw new IllegalStateException("unhandled state " + state());
        }
    }

    private void whileEmpty(long t, double loadN) {
        if (awaitEmpty) {
            // After a step-off the other foot may still rest on the plate: it has to clear before anyone steps on.
            awaitEmpty = loadN >= config.offLoadN();
            return;
        }
        if (loadN >= config.onLoadN()) {
            if (loadSinceNanos == NONE) {
                loadSinceNanos = t;
            }
            if (t - loadSinceNanos >= onMinNanos) {
                stepOnSeq = ring.firstAtOrAfter(loadSinceNanos);
                startSettling(ring.newest(), loadN);
                enter(StanceState.STEPPING_ON, loadSinceNanos);
                loadSinceNanos = NONE;
            }
        } else {
            loadSinceNanos = NONE;
        }
    }

    private void startSettling(long seq, double loadN) {
        steadySinceSeq = seq;
        steadyRefN = loadN;
    }

    private void whileSteppingOn(long t, double loadN) {
        if (steppedOff(t, loadN)) {
            return;
        }
        if (Math.abs(loadN - steadyRefN) > STEADY_BAND * steadyRefN) {
            startSettling(ring.newest(), loadN);
            return;
        }
        if (t - ring.time(steadySinceSeq) < settleNanos) {
            return;
        }
        bodyLoadN = ring.mean(Series.LOAD, steadySinceSeq, ring.newest());
        twoLegMlM = ring.mean(Series.ML, steadySinceSeq, ring.newest());
        learnFirstFoot();
        feet.standingAt(twoLegMlM);
        armed = false;
        armSinceNanos = NONE;
        candidateLeg = null;
        reliftPossible = false;
        loadChangeSinceNanos = NONE;
        enter(StanceState.TWO_LEG, t);
    }

    /**
     * People step onto a plate one foot at a time, the other still on the floor: the samples before the steady
     * stance that carry a partial load show where the first foot stands.
     */
    private void learnFirstFoot() {
        long from = Math.max(stepOnSeq, ring.firstAtOrAfter(ring.time(steadySinceSeq) - FIRST_FOOT_LOOKBACK_NANOS));
        double sum = 0;
        long count = 0;
        long spanNanos = 0;
        for (long i = from; i < steadySinceSeq; i++) {
            double share = ring.load(i) / bodyLoadN;
            if (share >= FIRST_FOOT_LOW && share <= FIRST_FOOT_HIGH) {
                sum += ring.ml(i);
                count++;
                if (i > from) {
                    spanNanos += ring.time(i) - ring.time(i - 1);
                }
            }
        }
        if (count == 0 || spanNanos < FIRST_FOOT_MIN_NANOS) {
            return;
        }
        double firstMlM = sum / count;
        if (Math.abs(firstMlM - twoLegMlM) < MIN_FIRST_FOOT_OFFSET_M) {
            return;
        }
        feet.footAlone(firstMlM < twoLegMlM ? Leg.LEFT : Leg.RIGHT, firstMlM);
    }

    private void whileTwoLeg(long t, double loadN, double mlM, double dtS) {
        if (steppedOff(t, loadN)) {
            return;
        }
        if (supportReleasePossible) {
            // Kneeling on one knee with a hand or the outstretched foot down: the load comes back when it lets go.
            watchForSupportRelease(t, loadN, mlM);
            return;
        }
        if (loadChanged(t, loadN)) {
            return;
        }
        if (reliftPossible && watchForRelift(t, mlM)) {
            return;
        }
        double rightShare = feet.rightShare(mlM);
        double twoLegRightShare = Math.max(0.2, Math.min(0.8, feet.rightShare(twoLegMlM)));
        double towardsRight = (rightShare - twoLegRightShare) / (1 - twoLegRightShare);
        double towardsLeft = (twoLegRightShare - rightShare) / twoLegRightShare;
        double progress = Math.max(towardsRight, towardsLeft);
        Leg side = towardsRight >= towardsLeft ? Leg.RIGHT : Leg.LEFT;
        if (progress < NEAR_TWO_LEG_PROGRESS) {
            reliftPossible = false;
            twoLegMlM = follow(twoLegMlM, mlM, dtS, TWO_LEG_TAU_S);
            if (Math.abs(loadN - bodyLoadN) < STEADY_BAND * bodyLoadN) {
                // Brief dips and bumps (a dropped sample, a stamp of the foot) must not drag the learnt load.
                bodyLoadN = follow(bodyLoadN, loadN, dtS, TWO_LEG_TAU_S);
            }
            feet.standingAt(twoLegMlM);
            if (armSinceNanos == NONE) {
                armSinceNanos = t;
            }
            armed = armed || t - armSinceNanos >= REARM_NANOS;
        } else {
            armSinceNanos = NONE;
        }
        boolean loadOfOneLeg = loadN >= LIFT_LOAD_LOW * bodyLoadN && loadN <= LOAD_RISE * bodyLoadN;
        if (!armed || reliftPossible || progress < config.liftProgress() || !loadOfOneLeg) {
            candidateLeg = null;
            return;
        }
        if (candidateLeg != side) {
            candidateLeg = side;
            candidateSinceNanos = t;
        }
        if (t - candidateSinceNanos < liftMinNanos) {
            return;
        }
        long windowFrom = ring.firstAtOrAfter(t - CONFIRM_WINDOW_NANOS);
        double recentMlM = ring.mean(Series.ML, windowFrom, ring.newest());
        double freeTwoLegShare = side == Leg.RIGHT ? 1 - twoLegRightShare : twoLegRightShare;
        double freeShare = side == Leg.RIGHT ? 1 - feet.rightShare(recentMlM) : feet.rightShare(recentMlM);
        if (freeShare > config.liftConfirmShare() * freeTwoLegShare) {
            return;
        }
        long searchFrom = ring.firstAtOrAfter(Math.max(candidateSinceNanos - LIFT_LOOKBACK_NANOS, stateSinceNanos()));
        long footOff = TransitionFit.date(ring, Series.ML, searchFrom, ring.newest(), twoLegMlM, recentMlM,
                0.3, 0.8, true);
        beginHold(side, footOff, recentMlM, ring.mean(Series.LOAD, windowFrom, ring.newest()));
    }

    private void beginHold(Leg stanceLeg, long startNanos, double levelMlM, double loadN) {
        holdLevelMlM = levelMlM;
        holdLoadN = loadN;
        supportLevelN = loadN;
        supportSinceNanos = NONE;
        supportReleasePossible = false;
        touchdownSinceNanos = NONE;
        stepOffSinceNanos = NONE;
        candidateLeg = null;
        reliftPossible = false;
        toeStep.cancel();
        // The COP now lies under the stance foot: the feet, and so every share, are the person's own from here.
        feet.footAlone(stanceLeg, levelMlM);
        feet.standingAt(twoLegMlM);
        // The first second on one leg is the most unsteady: start wary (three times the threshold) until the
        // hold's own sway has been seen.
        jumpNoise = config.toeJumpShare() * config.toeJumpShare();
        stabilisation.start(startNanos);
        startHold(startNanos, stanceLeg);
    }

    private boolean loadChanged(long t, double loadN) {
        if (loadN > LOAD_RISE * bodyLoadN || loadN < LOAD_FALL * bodyLoadN) {
            if (loadChangeSinceNanos == NONE) {
                loadChangeSinceNanos = t;
            }
            if (t - loadChangeSinceNanos >= LOAD_CHANGE_NANOS) {
                // The second foot arriving late, one foot leaving, a hand let go of a chair: learn the stance anew.
                startSettling(ring.newest(), loadN);
                enter(StanceState.STEPPING_ON, t);
                return true;
            }
        } else {
            loadChangeSinceNanos = NONE;
        }
        return false;
    }

    private void whileOnOneLeg(long t, double loadN, double mlM, double dtS, double speedMps) {
        boolean holding = state() == StanceState.HOLD;
        if (endedByStepOff(t, loadN, holding)) {
            return;
        }
        if (supportDropShare > 0 && endedBySupport(t, loadN, dtS, holding)) {
            return;
        }
        if (endedByTouchdown(t, mlM, holding) || endedByToeTouch(t, dtS, holding)) {
            return;
        }
        if (touchdownSinceNanos == NONE && !toeStep.following()) {
            holdLevelMlM = follow(holdLevelMlM, mlM, dtS, HOLD_LEVEL_TAU_S);
            if (Math.abs(loadN - holdLoadN) < STEADY_BAND * holdLoadN) {
                holdLoadN = follow(holdLoadN, loadN, dtS, HOLD_LEVEL_TAU_S);
            }
        }
        if (holding) {
            stabilisation.update(t, speedMps, dtS);
            endAtTarget(t);
        }
    }

    private boolean endedByStepOff(long t, double loadN, boolean holding) {
        if (loadN >= config.stepOffFraction() * holdLoadN) {
            stepOffSinceNanos = NONE;
            return false;
        }
        if (stepOffSinceNanos == NONE) {
            stepOffSinceNanos = t;
        }
        if (t - stepOffSinceNanos < stepOffMinNanos) {
            return false;
        }
        double levelN = ring.mean(Series.LOAD, ring.firstAtOrAfter(stepOffSinceNanos - STEP_OFF_LEVEL_FROM_NANOS),
                ring.firstAtOrAfter(stepOffSinceNanos - STEP_OFF_LEVEL_TO_NANOS));
        long searchFrom = ring.firstAtOrAfter(stepOffSinceNanos - STEP_OFF_LOOKBACK_NANOS);
        long endNanos = TransitionFit.date(ring, Series.LOAD, searchFrom, ring.newest(), levelN, 0, 0.15, 0.5, false);
        feet.footAlone(holdLeg(), holdLevelMlM);
        awaitEmpty = true;
        loadSinceNanos = NONE;
        if (!holding) {
            enter(StanceState.EMPTY, endNanos);
        } else if (endNanos - holdStartNanos() < minStepOffHoldNanos) {
            withdrawHold(endNanos, StanceState.EMPTY);
        } else {
            endHold(endNanos, HoldEndReason.STEP_OFF, StanceState.EMPTY);
        }
        return true;
    }

    /**
     * Kneeling, the outstretched foot or a hand coming down beside the board takes weight off it: the load falls
     * from its level and stays lower ({@link PlateStanceConfig#supportDropShare()}). A fall that goes on to a
     * step-off is the step-off's (checked first); one that lasts {@link #SUPPORT_DECIDE_NANOS}, or at least
     * {@link PlateStanceConfig#supportMinS()} before the load comes back (a dab), ends the hold, dated to the
     * instant the load began to fall.
     */
    private boolean endedBySupport(long t, double loadN, double dtS, boolean holding) {
        if (t - holdStartNanos() < SUPPORT_ARM_NANOS && holding) {
            supportLevelN = follow(supportLevelN, loadN, dtS, SUPPORT_LEVEL_TAU_S);
            return false;
        }
        boolean low = loadN < (1 - supportDropShare) * supportLevelN;
        if (supportSinceNanos == NONE) {
            if (!low) {
                supportLevelN = follow(supportLevelN, loadN, dtS, SUPPORT_LEVEL_TAU_S);
                return false;
            }
            supportSinceNanos = t;
            supportLowSeq = ring.newest();
        }
        if (low && loadN < ring.load(supportLowSeq)) {
            supportLowSeq = ring.newest();
        }
        long lowForNanos = t - supportSinceNanos;
        boolean dab = !low && lowForNanos >= supportMinNanos;
        if (!low && !dab) {
            supportSinceNanos = NONE;
            return false;
        }
        if (low && lowForNanos < SUPPORT_DECIDE_NANOS) {
            return false;
        }
        double supportedN = dab ? ring.load(supportLowSeq)
                : ring.mean(Series.LOAD, ring.firstAtOrAfter(t - SUPPORT_RELEASE_NANOS), ring.newest());
        long endNanos = TransitionFit.date(ring, Series.LOAD,
                ring.firstAtOrAfter(supportSinceNanos - SUPPORT_LOOKBACK_NANOS), supportLowSeq, supportLevelN,
                supportedN, 0.2, 0.6, false);
        double levelN = supportLevelN;
        footDown(endNanos, holding, HoldEndReason.SUPPORT);
        reliftPossible = false;
        supportReleasePossible = true;
        supportLevelN = levelN;
        supportedLevelN = supportedN;
        supportReleaseSinceNanos = NONE;
        return true;
    }

    /**
     * After a support the person may let go and hold again on the same knee: the load back near its level before
     * the support, the COP still on the stance side, starts a new hold, dated to the instant the support's load
     * was gone. The free knee coming down instead (the COP towards it) is two-leg stance as usual.
     */
    private void watchForSupportRelease(long t, double loadN, double mlM) {
        if (freeShare(mlM) >= config.touchdownShare()) {
            supportReleasePossible = false;
            loadChangeSinceNanos = NONE;
            return;
        }
        if (loadN < (1 - supportDropShare / 2) * supportLevelN) {
            supportReleaseSinceNanos = NONE;
            return;
        }
        if (supportReleaseSinceNanos == NONE) {
            supportReleaseSinceNanos = t;
        }
        if (t - supportReleaseSinceNanos < SUPPORT_RELEASE_NANOS) {
            return;
        }
        long startNanos = TransitionFit.date(ring, Series.LOAD,
                ring.firstAtOrAfter(supportReleaseSinceNanos - SUPPORT_LOOKBACK_NANOS), ring.newest(),
                supportedLevelN, supportLevelN, 0.3, 0.8, true);
        long windowFrom = ring.firstAtOrAfter(t - CONFIRM_WINDOW_NANOS / 2);
        beginHold(holdLeg(), startNanos, ring.mean(Series.ML, windowFrom, ring.newest()),
                ring.mean(Series.LOAD, windowFrom, ring.newest()));
    }

    /** +1 when the free foot lies to the right of the stance foot, -1 when to the left. */
    private double towardsFree() {
        return holdLeg() == Leg.RIGHT ? -1 : 1;
    }

    /** The free foot's share of the load for a COP at {@code mlM}, from the stance foot's place in this hold. */
    private double freeShare(double mlM) {
        return towardsFree() * (mlM - holdLevelMlM) / feet.widthM();
    }

    private boolean endedByTouchdown(long t, double mlM, boolean holding) {
        double share = freeShare(mlM);
        if (share < config.touchdownShare() || Math.abs(mlM - holdLevelMlM) < config.touchdownMinM()) {
            touchdownSinceNanos = NONE;
            return false;
        }
        if (touchdownSinceNanos == NONE) {
            touchdownSinceNanos = t;
        }
        if (t - touchdownSinceNanos < touchdownMinNanos) {
            return false;
        }
        double levelMlM = ring.mean(Series.ML, ring.firstAtOrAfter(touchdownSinceNanos - TOUCHDOWN_LEVEL_FROM_NANOS),
                ring.firstAtOrAfter(touchdownSinceNanos - TOUCHDOWN_LEVEL_TO_NANOS));
        long searchFrom = ring.firstAtOrAfter(touchdownSinceNanos - TOUCHDOWN_LOOKBACK_NANOS);
        long endNanos = TransitionFit.date(ring, Series.ML, searchFrom, ring.newest(), levelMlM, mlM, 0.2, 0.6, false);
        toeShare = share;
        footDown(endNanos, holding, HoldEndReason.TOUCHDOWN);
        return true;
    }

    /**
     * A toe touch carries a tenth of the weight for a quarter second, less than sway moves the COP, but it moves
     * it as a step ({@link CopStep}). A step towards the free foot that has not gone back 120 ms after it began is
     * a touchdown. Sway makes steps of its own, so the step must also stand out from the hold's recent ones.
     */
    private boolean endedByToeTouch(long t, double dtS, boolean holding) {
        double threshold = Math.max(config.toeJumpShare(), JUMP_NOISE_FACTOR * Math.sqrt(jumpNoise));
        if (!toeStep.following()) {
            if (t - 4 * CopStep.WINDOW_NANOS < holdStartNanos()) {
                // The COP stopping under the stance foot at foot-off is itself a step of the trend.
                return false;
            }
            double step = towardsFree() * toeStep.secondDifference(t) / feet.widthM();
            jumpNoise = follow(jumpNoise, step * step, dtS, JUMP_NOISE_TAU_S);
        }
        double stayed = toeStep.watch(t, towardsFree(), feet.widthM(), threshold, 3 * CopStep.WINDOW_NANOS);
        if (!(stayed >= 0.6 * config.toeJumpShare())) {
            return false;
        }
        long endNanos = TransitionFit.date(ring, Series.ML,
                ring.firstAtOrAfter(ring.time(toeStep.startSeq()) - CopStep.WINDOW_NANOS), ring.newest(),
                toeStep.fromMlM(), toeStep.nowMlM(), 0.2, 0.7, false);
        toeShare = stayed;
        footDown(endNanos, holding, HoldEndReason.TOUCHDOWN);
        return true;
    }

    private void footDown(long endNanos, boolean holding, HoldEndReason reason) {
        feet.footAlone(holdLeg(), holdLevelMlM);
        touchdownSinceNanos = NONE;
        toeStep.cancel();
        armed = false;
        armSinceNanos = NONE;
        candidateLeg = null;
        loadChangeSinceNanos = NONE;
        reliftPossible = true;
        reliftSinceSeq = ring.newest();
        supportSinceNanos = NONE;
        if (holding) {
            endHold(endNanos, reason, StanceState.TWO_LEG);
        } else {
            enter(StanceState.TWO_LEG, endNanos);
        }
    }

    /**
     * Right after a touchdown the free foot may lift again at once (after a toe touch): a step of the COP back to
     * the stance foot ({@link CopStep}) starts a new hold, without waiting for two-leg stance. The first moments of
     * the new hold sway widely, so the step itself is the evidence: the COP only has to have stayed on the stance
     * foot's side of where it stepped from.
     */
    private boolean watchForRelift(long t, double mlM) {
        if (freeShare(mlM) >= config.touchdownShare()) {
            reliftPossible = false;
            return false;
        }
        // The COP settling at the toe's level is a step back of its own: look only past it.
        if (!toeStep.following() && ring.time(reliftSinceSeq) > t - 3 * CopStep.WINDOW_NANOS) {
            return false;
        }
        double back = toeStep.watch(t, -towardsFree(), feet.widthM(), config.toeJumpShare(),
                2 * CopStep.WINDOW_NANOS);
        if (!(back > 0)) {
            return false;
        }
        double liftedMlM = toeStep.fromMlM() - towardsFree() * toeStep.size() * feet.widthM();
        long startNanos = TransitionFit.date(ring, Series.ML,
                ring.firstAtOrAfter(ring.time(toeStep.startSeq()) - CopStep.WINDOW_NANOS), ring.newest(),
                toeStep.fromMlM(), liftedMlM, 0.3, 0.8, true);
        beginHold(holdLeg(), startNanos, toeStep.nowMlM(), holdLoadN);
        return true;
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
        return twoLegMlM;
    }
}
