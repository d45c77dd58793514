package dev.stork.signal.stance;

/**
 * The last few seconds of a plate's samples (time, total load, ML COP), kept so that a transition confirmed now can
 * be dated to the sample where it really happened. Samples are addressed by their sequence number since the last
 * {@link #clear()}; running sums make the mean over any stored span cost two lookups. Preallocated, so nothing
 * here allocates; single-threaded.
 */
final class SampleRing {
    private final long[] timeNanos;
    private final double[] loadN;
    private final double[] mlM;
    private final double[] sumMl;
    private final double[] sumLoad;
    private final int mask;
    private long written;

    /** A ring holding at least {@code seconds} of samples at {@code rateHz}. */
    SampleRing(double rateHz, double seconds) {
        int needed = (int) Math.ceil(rateHz * seconds) + 2;
        int capacity = Integer.highestOneBit(Math.max(4, needed - 1)) << 1;
        timeNanos = new long[capacity];
        loadN = new double[capacity];
        mlM = new double[capacity];
        sumMl = new double[capacity];
        sumLoad = new double[capacity];
        mask = capacity - 1;
    }

    void clear() {
        written = 0;
    }

    void append(long t, double load, double ml) {
        int slot = (int) (written & mask);
        double previousMl = written == 0 ? 0 : sumMl[(int) ((written - 1) & mask)];
        double previousLoad = written == 0 ? 0 : sumLoad[(int) ((written - 1) & mask)];
        timeNanos[slot] = t;
        loadN[slot] = load;
        mlM[slot] = ml;
        sumMl[slot] = previousMl + ml;
        sumLoad[slot] = previousLoad + load;
        written++;
    }

    /** Sequence number of the newest sample; -1 when empty. */
    long newest() {
        return written - 1;
    }

    /** Sequence number of the oldest sample still stored. */
    long oldest() {
        return Math.max(0, written - timeNanos.length + 1);
    }

    long time(long seq) {
        return timeNanos[(int) (seq & mask)];
    }

    double load(long seq) {
        return loadN[(int) (seq & mask)];
    }

    double ml(long seq) {
        return mlM[(int) (seq & mask)];
    }

    /** The value of {@code series} ({@link Series#ML} or {@link Series#LOAD}) at {@code seq}. */
    double value(Series series, long seq) {
        return series == Series.ML ? ml(seq) : load(seq);
    }

    /** Mean of a series over the samples {@code from..to} inclusive (clamped to what is stored). */
    double mean(Series series, long from, long to) {
        long first = Math.max(from, oldest());
        long last = Math.min(to, newest());
        if (last < first) {
            return Double.NaN;
        }
        double[] sums = series == Series.ML ? sumMl : sumLoad;
        // One slot more than oldest() is kept, so the running sum just before the oldest sample is still there.
        double before = first == 0 ? 0 : sums[(int) ((first - 1) & mask)];
        return (sums[(int) (last & mask)] - before) / (last - first + 1);
    }

    /** The first stored sample at or after {@code t}; {@link #newest()} + 1 if none. */
    long firstAtOrAfter(long t) {
        long lo = oldest();
        long hi = written;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (time(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Which stored series. */
    enum Series {
        ML, LOAD
    }
}
