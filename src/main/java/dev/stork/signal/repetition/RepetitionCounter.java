package dev.stork.signal.repetition;

import dev.stork.signal.filter.CausalButterworth;

/**
 * Counts repetitions of a movement done on a force plate, one sample at a time. Every repetition of a hip hinge or
 * a lunge leaves the top position and comes back to it: the centre of pressure moves (forward as the trunk hinges,
 * under the working foot in a lunge) and the load on the plate changes (a lunge onto the plate's foot loads it,
 * a hinge with the rear foot on a block shifts weight between plate and block). The counter measures how far the
 * person is from the top position as one number, the excursion:
 *
 * <pre>
 *   excursion = sqrt( (dLoad / (0.10 * topLoad))^2 + (dML / 2 cm)^2 + (dAP / 2 cm)^2 )
 * </pre>
 *
 * each difference from the top position, low-passed at {@value #CUTOFF_HZ} Hz so that sway (mostly faster, and
 * smaller) does not count. A repetition is an excursion that rises above a high threshold for at least
 * {@value #MIN_AWAY_MS} ms and falls back below a low one for {@value #MIN_BACK_MS} ms. The thresholds start at
 * {@value #HIGH_FLOOR} and {@value #LOW_FLOOR} (10 % of the load or 2 cm of COP is one unit), or at
 * {@value #QUIET_HIGH_FACTOR} and {@value #QUIET_LOW_FACTOR} times the spread of the person's own excursion while
 * they stood still before the set, whichever is higher (someone swaying on one foot), and then follow the
 * person's own movement: {@value #HIGH_SHARE} and {@value #LOW_SHARE} of the median peak of the last three
 * repetitions (the higher of the first two), so a fidget of a quarter of a repetition's depth is not counted
 * once a repetition has been seen. Once two repetitions in a row have gone the same way, the excursion is measured
 * along the direction the person's repetitions go (the average of their deepest points), so that sway across it does not count.
 * Before the first, any movement past the floor counts: the counter cannot yet know how deep this person goes.
 *
 * <p>The top position is where the person stood when the set began ({@link #begin}); while they are at the top
 * it follows them slowly ({@value #TOP_TAU_S} s), and if they stay away from it for {@value #LOST_TOP_S} s (they
 * moved their feet) the position they are in becomes the top, without counting.
 *
 * <p>Timing: the excursion's rise from the low to the high threshold is extended back, as a straight line, to where
 * it would leave zero, and its fall from the high to the low threshold forward to where it would reach zero; both
 * less the low-pass filter's delay ({@value #FILTER_DELAY_S} s). docs/training.md gives the bias and spread this
 * has against the simulated movement's start and end.
 *
 * <p>Single-threaded; {@link #update} allocates nothing.
 */
public final class RepetitionCounter {
    /** Low-pass cutoff of the excursion's parts, Hz. */
    public static final double CUTOFF_HZ = 2;
    /** Load change that is one unit of excursion, as a share of the top position's load. */
    public static final double LOAD_UNIT = 0.10;
    /** COP displacement that is one unit of excursion, m. */
    public static final double COP_UNIT_M = 0.02;
    /** High threshold before the first repetition, units. */
    public static final double HIGH_FLOOR = 1.0;
    /** Low threshold before the first repetition, units. */
    public static final double LOW_FLOOR = 0.5;
    /** High threshold as a share of the recent peaks. */
    public static final double HIGH_SHARE = 0.4;
    /** Low threshold as a share of the recent peaks. */
    public static final double LOW_SHARE = 0.2;
    /** Least time above the high threshold, ms. */
    public static final long MIN_AWAY_MS = 150;
    /** Least time back below the low threshold, ms. */
    public static final long MIN_BACK_MS = 100;
    /** Time constant with which the top position follows the person, s. */
    public static final double TOP_TAU_S = 3;
    /** Time away from the top after which the current position becomes the top, s. */
    public static final double LOST_TOP_S = 10;
    /** Group delay of the low-pass at low frequencies, s: sqrt(2) / (2 pi fc) for a 2nd-order Butterworth. */
    public static final double FILTER_DELAY_S = 0.1125;
    private static final long FILTER_DELAY_NANOS = Math.round(FILTER_DELAY_S * 1e9);
    /** The high threshold is at least this many times the excursion's spread standing still. */
    public static final double QUIET_HIGH_FACTOR = 2.5;
    /** The low threshold is at least this many times the excursion's spread standing still. */
    public static final double QUIET_LOW_FACTOR = 1.25;
    /** Weight of the latest repetition in the direction. */
    private static final double DIRECTION_WEIGHT = 0.3;
    /** Cosine between two repetitions' deepest points for them to have gone the same way. */
    private static final double DIRECTION_AGREEMENT = 0.8;
    private static final int PEAKS = 3;
    private static final long NONE = Long.MIN_VALUE;

    private final CausalButterworth loadFilter;
    private final CausalButterworth mlFilter;
    private final CausalButterworth apFilter;
    private final RepetitionListener listener;
    private final double[] peaks = new double[PEAKS];
    private int peakCount;
    private boolean counting;
    private boolean directionKnown;
    private double dirLoad;
    private double dirMl;
    private double dirAp;
    private double lastDirLoad;
    private double lastDirMl;
    private double lastDirAp;
    private double unitsLoad;
    private double unitsMl;
    private double unitsAp;
    private double peakLoad;
    private double peakMl;
    private double peakAp;
    private double highFloor = HIGH_FLOOR;
    private double lowFloor = LOW_FLOOR;
    private double topLoadN;
    private double topMlM;
    private double topApM;
    private long lastNanos = NONE;
    private boolean away;
    private long aboveHighSinceNanos = NONE;
    private long belowLowSinceNanos = NONE;
    private long roseThroughLowNanos = NONE;
    private long awaySinceNanos = NONE;
    private long lastAboveHighNanos = NONE;
    private double lowAtRise;
    private double highAtRise;
    private double peak;
    private double excursion;
    private int count;
    private long lastEndNanos = NONE;
    private long swaySamples;
    private double swaySum;
    private double swaySumSquares;

    /**
     * @param sampleRateHz the rate the counter is fed at, Hz
     * @param listener     told of each repetition; called on the updating thread
     */
    public RepetitionCounter(double sampleRateHz, RepetitionListener listener) {
        this.loadFilter = CausalButterworth.lowPass(2, sampleRateHz, CUTOFF_HZ);
        this.mlFilter = CausalButterworth.lowPass(2, sampleRateHz, CUTOFF_HZ);
        this.apFilter = CausalButterworth.lowPass(2, sampleRateHz, CUTOFF_HZ);
        this.listener = listener;
    }

    /**
     * Starts a set: the person stands in the top position with this load and COP. Forgets any earlier set.
     *
     * @param timeNanos when the set begins
     * @param loadN     the load on the plate in the top position, N (positive)
     * @param copMlM    the COP there, medio-lateral, m
     * @param copApM    the COP there, antero-posterior, m
     * @param quietLoadSdN  standard deviation of the load while the person stood still in the top position, N
     * @param quietCopSdM   standard deviation of the COP (radial) there, m
     */
    public void begin(long timeNanos, double loadN, double copMlM, double copApM, double quietLoadSdN,
                      double quietCopSdM) {
        double loadUnits = quietLoadSdN / (LOAD_UNIT * loadN);
        double copUnits = quietCopSdM / COP_UNIT_M;
        double quiet = Math.sqrt(loadUnits * loadUnits + copUnits * copUnits);
        highFloor = Math.max(HIGH_FLOOR, QUIET_HIGH_FACTOR * quiet);
        lowFloor = Math.max(LOW_FLOOR, QUIET_LOW_FACTOR * quiet);
        topLoadN = loadN;
        topMlM = copMlM;
        topApM = copApM;
        loadFilter.reset();
        mlFilter.reset();
        apFilter.reset();
        peakCount = 0;
        count = 0;
        directionKnown = false;
        away = false;
        aboveHighSinceNanos = NONE;
        belowLowSinceNanos = NONE;
        roseThroughLowNanos = timeNanos;
        awaySinceNanos = NONE;
        lastEndNanos = NONE;
        lastNanos = timeNanos;
        excursion = 0;
        resetSway();
        counting = true;
    }

    /** Stops counting until the next {@link #begin}. */
    public void stop() {
        counting = false;
    }

    /**
     * Takes one sample; does nothing unless a set has begun.
     *
     * @param timeNanos sample time, monotonic nanoseconds
     * @param loadN     total load on the plate, N
     * @param copMlM    COP medio-lateral, m
     * @param copApM    COP antero-posterior, m
     */
    public void update(long timeNanos, double loadN, double copMlM, double copApM) {
        if (!counting) {
            return;
        }
        double dtS = (timeNanos - lastNanos) * 1e-9;
        lastNanos = timeNanos;
        double load = loadFilter.filter((loadN - topLoadN) / (LOAD_UNIT * topLoadN));
        double ml = mlFilter.filter((copMlM - topMlM) / COP_UNIT_M);
        double ap = apFilter.filter((copApM - topApM) / COP_UNIT_M);
        if (directionKnown) {
            // Along the way this person's repetitions go: sway across it, and drift, do not count.
            excursion = Math.max(0, load * dirLoad + ml * dirMl + ap * dirAp);
        } else {
            excursion = Math.sqrt(load * load + ml * ml + ap * ap);
        }
        unitsLoad = load;
        unitsMl = ml;
        unitsAp = ap;
        if (away && excursion > peak) {
            peakLoad = load;
            peakMl = ml;
            peakAp = ap;
        }
        double reference = recentPeak();
        double high = Math.max(highFloor, HIGH_SHARE * reference);
        double low = Math.max(lowFloor, LOW_SHARE * reference);
        if (excursion > low) {
            swaySamples++;
            swaySum += copMlM;
            swaySumSquares += copMlM * copMlM;
        }
        if (away) {
            whileAway(timeNanos, loadN, copMlM, copApM, high, low);
        } else {
            atTop(timeNanos, loadN, copMlM, copApM, dtS, high, low);
        }
    }

    private void atTop(long t, double loadN, double copMlM, double copApM, double dtS, double high, double low) {
        if (excursion <= low) {
            roseThroughLowNanos = NONE;
            aboveHighSinceNanos = NONE;
            resetSway();
            double follow = dtS / (TOP_TAU_S + dtS);
            topLoadN += follow * (loadN - topLoadN);
            topMlM += follow * (copMlM - topMlM);
            topApM += follow * (copApM - topApM);
            return;
        }
        if (roseThroughLowNanos == NONE) {
            roseThroughLowNanos = t;
        }
        if (excursion <= high) {
            aboveHighSinceNanos = NONE;
            return;
        }
        if (aboveHighSinceNanos == NONE) {
            aboveHighSinceNanos = t;
        }
        if (t - aboveHighSinceNanos >= MIN_AWAY_MS * 1_000_000L) {
            away = true;
            awaySinceNanos = roseThroughLowNanos;
            lowAtRise = low;
            highAtRise = high;
            peak = excursion;
            peakLoad = unitsLoad;
            peakMl = unitsMl;
            peakAp = unitsAp;
            belowLowSinceNanos = NONE;
            lastAboveHighNanos = t;
        }
    }

    private void whileAway(long t, double loadN, double copMlM, double copApM, double setHigh, double setLow) {
        peak = Math.max(peak, excursion);
        // Back at the top means back within a share of this repetition's own depth too: the first repetition, deep
        // and followed at once by the next, must not run into it.
        double high = Math.max(setHigh, HIGH_SHARE * peak);
        double low = Math.max(setLow, LOW_SHARE * peak);
        if (excursion >= high) {
            lastAboveHighNanos = t;
        }
        if (excursion >= low) {
            belowLowSinceNanos = NONE;
            if (t - awaySinceNanos > LOST_TOP_S * 1e9) {
                relocateTop(loadN, copMlM, copApM);
            }
            return;
        }
        if (belowLowSinceNanos == NONE) {
            belowLowSinceNanos = t;
        }
        if (t - belowLowSinceNanos < MIN_BACK_MS * 1_000_000L) {
            return;
        }
        long start = extended(awaySinceNanos, aboveHighSinceNanos, lowAtRise, highAtRise);
        long end = extended(belowLowSinceNanos, lastAboveHighNanos, low, high);
        start = Math.max(start, lastEndNanos);
        lastEndNanos = Math.max(start, Math.min(end, t));
        learnDirection();
        count++;
        peaks[(count - 1) % PEAKS] = peak;
        peakCount = Math.min(PEAKS, peakCount + 1);
        away = false;
        roseThroughLowNanos = NONE;
        aboveHighSinceNanos = NONE;
        listener.onRepetition(count, start, lastEndNanos, swayRms());
        resetSway();
    }

    /** The person has a new place to stand (moved a foot): count nothing, and start from where they are. */
    private void relocateTop(double loadN, double copMlM, double copApM) {
        topLoadN = Math.max(loadN, 1);
        topMlM = copMlM;
        topApM = copApM;
        loadFilter.reset();
        mlFilter.reset();
        apFilter.reset();
        away = false;
        roseThroughLowNanos = NONE;
        aboveHighSinceNanos = NONE;
        awaySinceNanos = NONE;
        resetSway();
    }

    /**
     * The direction of the repetitions: the deepest point of each, averaged (the latest weighing most). It is used
     * only once two repetitions in a row have gone the same way: a first "repetition" that was sway must not turn
     * the counter away from the real ones.
     */
    private void learnDirection() {
        double norm = Math.sqrt(peakLoad * peakLoad + peakMl * peakMl + peakAp * peakAp);
        if (!(norm > 0)) {
            return;
        }
        double l = peakLoad / norm;
        double m = peakMl / norm;
        double a = peakAp / norm;
        boolean agrees = count > 0 && l * lastDirLoad + m * lastDirMl + a * lastDirAp >= DIRECTION_AGREEMENT;
        lastDirLoad = l;
        lastDirMl = m;
        lastDirAp = a;
        if (!directionKnown) {
            if (agrees) {
                dirLoad = l;
                dirMl = m;
                dirAp = a;
                directionKnown = true;
            }
            return;
        }
        l = (1 - DIRECTION_WEIGHT) * dirLoad + DIRECTION_WEIGHT * l;
        m = (1 - DIRECTION_WEIGHT) * dirMl + DIRECTION_WEIGHT * m;
        a = (1 - DIRECTION_WEIGHT) * dirAp + DIRECTION_WEIGHT * a;
        double n = Math.sqrt(l * l + m * m + a * a);
        dirLoad = l / n;
        dirMl = m / n;
        dirAp = a / n;
    }

    /**
     * The time the excursion would be at zero, from the times it passed the low and the high threshold (in either
     * direction), along the straight line through them; less the filter's delay.
     */
    private static long extended(long atLowNanos, long atHighNanos, double low, double high) {
        double beyond = (atLowNanos - atHighNanos) * (low / (high - low));
        return atLowNanos + Math.round(beyond) - FILTER_DELAY_NANOS;
    }

    private double swayRms() {
        if (swaySamples < 2) {
            return 0;
        }
        double mean = swaySum / swaySamples;
        return Math.sqrt(Math.max(0, swaySumSquares / swaySamples - mean * mean));
    }

    private void resetSway() {
        swaySamples = 0;
        swaySum = 0;
        swaySumSquares = 0;
    }

    private double recentPeak() {
        return switch (peakCount) {
            case 0 -> 0;
            case 1 -> peaks[0];
            case 2 -> Math.max(peaks[0], peaks[1]);
            default -> Math.max(Math.min(peaks[0], peaks[1]), Math.min(Math.max(peaks[0], peaks[1]), peaks[2]));
        };
    }

    /** Repetitions counted since the set began. */
    public int count() {
        return count;
    }

    /** End of the last counted repetition, ns; {@link Long#MIN_VALUE} before the first. */
    public long lastEndNanos() {
        return lastEndNanos;
    }

    /** The load of the top position, N. */
    public double topLoadN() {
        return topLoadN;
    }
}
