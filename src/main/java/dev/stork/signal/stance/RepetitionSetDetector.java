package dev.stork.signal.stance;

import dev.stork.signal.repetition.Repetition;
import dev.stork.signal.repetition.RepetitionCounter;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a person through a set of repetitions on a force plate (a hip hinge, a lateral lunge): stepping on,
 * getting into the top position, a countdown of {@value #READY_S} s standing still there, then the set, whose
 * repetitions a {@link RepetitionCounter} counts, until the target count, or until the person steps off.
 *
 * <p>It reports the set as a stance detector reports a hold, so the one live pipeline serves both: the set is the
 * {@link StanceState#HOLD} state, from the end of the countdown to the end of the last repetition at the target
 * ({@link HoldEndReason#TARGET}), or to the moment the load began to fall for good ({@link HoldEndReason#STEP_OFF}).
 * {@link StanceState#TWO_LEG} means "in position, counting down", whatever the feet: both on the plate, or one on
 * it and the other on the floor or a block. Moving during the countdown (the load by more than 15 %, the COP by
 * more than 4 cm from where it has been) starts it again. The stance leg is not told apart ({@link Leg#UNKNOWN}): the exercise names it.
 *
 * <p>Single-threaded; {@link #update} allocates nothing except in {@link #completedRepetitions()}.
 */
public final class RepetitionSetDetector extends StanceDetector implements PlateDetector {
    /** Seconds standing still in the top position before the set begins: the countdown. */
    public static final double READY_S = 3;
    /** Most repetitions whose times are kept per set; later ones are counted all the same. */
    public static final int MAX_KEPT = 200;
    private static final double SETTLE_S = 1;
    private static final double STEADY_LOAD_BAND = 0.15;
    private static final double STEADY_COP_M = 0.04;
    /** Load below this share of the top position's is stepping off. */
    private static final double STEP_OFF_SHARE = 0.3;
    /** The load's fall is dated where it passed this share of the top position's. */
    private static final double FALL_SHARE = 0.8;
    private static final long STEP_OFF_MIN_NANOS = 150_000_000L;

    private final PlateStanceConfig config;
    private final int targetCount;
    private final RepetitionCounter counter;
    private final long[] startNanos = new long[MAX_KEPT];
    private final long[] endNanos = new long[MAX_KEPT];
    private final double[] sway = new double[MAX_KEPT];
    private int kept;
    private int setCount;
    private long loadSinceNanos = NONE;
    private long steadySinceNanos = NONE;
    private double steadyRefN;
    private double sumLoad;
    private double sumMl;
    private double sumAp;
    private double sumLoadSquares;
    private double sumMlSquares;
    private double sumApSquares;
    private long sumCount;
    private long fallSinceNanos = NONE;
    private long lowSinceNanos = NONE;

    /**
     * @param targetCount  repetitions in the set; the set ends when the last is done
     * @param config       the plate's stepping-on and stepping-off loads ({@link PlateStanceConfig#onLoadN()},
     *                     {@link PlateStanceConfig#offLoadN()})
     * @param sampleRateHz the rate the detector is fed at, Hz
     * @param listener     receives states and the set; called on the updating thread
     */
    public RepetitionSetDetector(int targetCount, PlateStanceConfig config, double sampleRateHz,
                                 StanceListener listener) {
        super(listener, Double.POSITIVE_INFINITY, config.stableSpeedMps(), config.stableForS());
        if (targetCount < 1) {
            throw new IllegalArgumentException("a set has at least one repetition, got " + targetCount);
        }
        this.config = config;
        this.targetCount = targetCount;
        this.counter = new RepetitionCounter(sampleRateHz, this::onRepetition);
        reset();
    }

    @Override
    void forgetLearnt() {
        counter.stop();
        kept = 0;
        setCount = 0;
        loadSinceNanos = NONE;
        steadySinceNanos = NONE;
        fallSinceNanos = NONE;
        lowSinceNanos = NONE;
    }

    @Override
    public void update(long timeNanos, double loadN, double rawMlM, double rawApM, double smoothMlM,
                       double smoothApM) {
        endAtGap(timeNanos);
        lastNanos = timeNanos;
        switch (state()) {
            case EMPTY -> whileEmpty(timeNanos, loadN);
            case STEPPING_ON, TWO_LEG -> whileGettingReady(timeNanos, loadN, smoothMlM, smoothApM);
            case HOLD -> whileInSet(timeNanos, loadN, smoothMlM, smoothApM);
            case HOLD_OVER -> whileDone(timeNanos, loadN);
            default -> throw new IllegalStateException("unhandled state " + state());
        }
    }

    private void whileEmpty(long t, double loadN) {
        if (loadN < config.onLoadN()) {
            loadSinceNanos = NONE;
            return;
        }
        if (loadSinceNanos == NONE) {
            loadSinceNanos = t;
        }
        if (t - loadSinceNanos >= Math.round(config.onMinS() * 1e9)) {
            enter(StanceState.STEPPING_ON, loadSinceNanos);
            steadySinceNanos = NONE;
            lowSinceNanos = NONE;
        }
    }

    private void whileGettingReady(long t, double loadN, double mlM, double apM) {
        if (steppedOff(t, loadN)) {
            enter(StanceState.EMPTY, lowSinceNanos);
            loadSinceNanos = NONE;
            return;
        }
        // Against the mean so far, so that the sway of a person on one foot does not start the countdown again.
        boolean steady = steadySinceNanos != NONE && Math.abs(loadN - steadyRefN) <= STEADY_LOAD_BAND * steadyRefN
                && Math.hypot(mlM - sumMl / sumCount, apM - sumAp / sumCount) <= STEADY_COP_M;
        if (!steady) {
            steadySinceNanos = t;
            steadyRefN = loadN;
            sumLoad = 0;
            sumMl = 0;
            sumAp = 0;
            sumLoadSquares = 0;
            sumMlSquares = 0;
            sumApSquares = 0;
            sumCount = 0;
            if (state() == StanceState.TWO_LEG) {
                enter(StanceState.STEPPING_ON, t);
            }
        }
        sumLoad += loadN;
        sumMl += mlM;
        sumAp += apM;
        sumLoadSquares += loadN * loadN;
        sumMlSquares += mlM * mlM;
        sumApSquares += apM * apM;
        sumCount++;
        double steadyS = (t - steadySinceNanos) * 1e-9;
        if (state() == StanceState.STEPPING_ON && steadyS >= SETTLE_S) {
            enter(StanceState.TWO_LEG, t);
        } else if (state() == StanceState.TWO_LEG && steadyS >= SETTLE_S + READY_S) {
            double meanLoad = sumLoad / sumCount;
            double meanMl = sumMl / sumCount;
            double meanAp = sumAp / sumCount;
            double loadSd = Math.sqrt(Math.max(0, sumLoadSquares / sumCount - meanLoad * meanLoad));
            double copSd = Math.sqrt(Math.max(0, sumMlSquares / sumCount - meanMl * meanMl)
                    + Math.max(0, sumApSquares / sumCount - meanAp * meanAp));
            counter.begin(t, meanLoad, meanMl, meanAp, loadSd, copSd);
            kept = 0;
            setCount = 0;
            fallSinceNanos = NONE;
            lowSinceNanos = NONE;
            startHold(t, Leg.UNKNOWN);
        }
    }

    private void whileInSet(long t, double loadN, double mlM, double apM) {
        double top = counter.topLoadN();
        if (loadN >= FALL_SHARE * top) {
            fallSinceNanos = NONE;
        } else if (fallSinceNanos == NONE) {
            fallSinceNanos = t;
        }
        if (steppedOffFrom(t, loadN, top)) {
            counter.stop();
            endHold(fallSinceNanos == NONE ? t : fallSinceNanos, HoldEndReason.STEP_OFF, StanceState.EMPTY);
            loadSinceNanos = NONE;
            return;
        }
        counter.update(t, loadN, mlM, apM);
        if (setCount >= targetCount) {
            counter.stop();
            endHold(counter.lastEndNanos(), HoldEndReason.TARGET, StanceState.HOLD_OVER);
        }
    }

    private void whileDone(long t, double loadN) {
        if (steppedOff(t, loadN)) {
            enter(StanceState.EMPTY, lowSinceNanos);
            loadSinceNanos = NONE;
        }
    }

    private boolean steppedOff(long t, double loadN) {
        return steppedOffFrom(t, loadN, config.offLoadN() / STEP_OFF_SHARE);
    }

    /** Whether the load has stayed below {@value #STEP_OFF_SHARE} of {@code referenceN} long enough. */
    private boolean steppedOffFrom(long t, double loadN, double referenceN) {
        if (loadN >= STEP_OFF_SHARE * referenceN) {
            lowSinceNanos = NONE;
            return false;
        }
        if (lowSinceNanos == NONE) {
            lowSinceNanos = t;
        }
        return t - lowSinceNanos >= STEP_OFF_MIN_NANOS;
    }

    private void onRepetition(int number, long start, long end, double swayMlRmsM) {
        setCount = number;
        if (kept < MAX_KEPT) {
            startNanos[kept] = start;
            endNanos[kept] = end;
            sway[kept] = swayMlRmsM;
            kept++;
        }
    }

    @Override
    public int repetitions() {
        return setCount;
    }

    @Override
    public List<Repetition> completedRepetitions() {
        List<Repetition> reps = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            reps.add(new Repetition(i + 1, startNanos[i], endNanos[i], sway[i]));
        }
        return reps;
    }
}
