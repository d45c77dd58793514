package dev.stork.signal.stance;

import dev.stork.signal.stance.SampleRing.Series;

/**
 * Watches the medio-lateral COP for a step: a toe touching down, or lifting again. A toe carrying a tenth of the
 * weight moves the COP less than sway does, but it moves it as a step, within tens of milliseconds, where sway
 * bends smoothly: the second difference of three consecutive {@value #WINDOW_MS} ms window means shows the step and
 * hides the sway. A step is first seen, then followed for a while (its size is the largest second difference seen),
 * then judged by where the COP has got to. Reads the detector's {@link SampleRing}; allocates nothing.
 */
final class CopStep {
    static final long WINDOW_MS = 40;
    /** Length of one window, ns. */
    static final long WINDOW_NANOS = WINDOW_MS * 1_000_000L;

    private final SampleRing ring;
    private long fromSeq = -1;
    private long judgedFromSeq;
    private double fromMlM;
    private double size;
    private double nowMlM;
    private long firstA;
    private long firstB;
    private long firstC;

    CopStep(SampleRing ring) {
        this.ring = ring;
    }

    /** Forgets a step being followed. */
    void cancel() {
        fromSeq = -1;
    }

    /** Whether a step is being followed. */
    boolean following() {
        return fromSeq >= 0;
    }

    /**
     * Takes the sample at {@code t}: looks for a step of at least {@code threshold} (a share of the stance width
     * {@code widthM}) in {@code direction} (+1 to the right, -1 to the left), follows it for {@code followNanos},
     * and then reports how far the COP has moved since the step began, as a share of the width.
     *
     * @return NaN while there is nothing to judge; otherwise the share moved, and the step is no longer followed
     */
    double watch(long t, double direction, double widthM, double threshold, long followNanos) {
        double step = direction * secondDifference(t) / widthM;
        if (fromSeq < 0) {
            if (step >= threshold) {
                size = step;
                fromSeq = ring.firstAtOrAfter(t - 2 * WINDOW_NANOS);
                fromMlM = ring.mean(Series.ML, ring.firstAtOrAfter(t - 3 * WINDOW_NANOS), fromSeq);
            }
            return Double.NaN;
        }
        if (t - ring.time(fromSeq) < followNanos) {
            size = Math.max(size, step);
            return Double.NaN;
        }
        nowMlM = ring.mean(Series.ML, ring.firstAtOrAfter(t - WINDOW_NANOS), ring.newest());
        judgedFromSeq = fromSeq;
        fromSeq = -1;
        return direction * (nowMlM - fromMlM) / widthM;
    }

    /**
     * The second difference of the last three window means ending at {@code t}, m; 0 until three windows are
     * stored. The step of a judged {@link #watch} began about where the first window ended.
     */
    double secondDifference(long t) {
        long oldest = ring.oldest();
        if (ring.time(oldest) > t - 3 * WINDOW_NANOS) {
            return 0;
        }
        // Samples arrive in time order, so each window's first sample only moves forward: a walk from where it was
        // last time costs one or two steps per sample, where a search of the ring would cost a dozen.
        firstA = advance(firstA, t - 3 * WINDOW_NANOS, oldest);
        firstB = advance(firstB, t - 2 * WINDOW_NANOS, oldest);
        firstC = advance(firstC, t - WINDOW_NANOS, oldest);
        double first = ring.mean(Series.ML, firstA, firstB - 1);
        double second = ring.mean(Series.ML, firstB, firstC - 1);
        double third = ring.mean(Series.ML, firstC, ring.newest());
        return (third - second) - (second - first);
    }

    private long advance(long seq, long atOrAfterNanos, long oldest) {
        long i = Math.max(seq, oldest);
        long newest = ring.newest();
        if (i > newest || ring.time(i) > atOrAfterNanos && i > oldest && ring.time(i - 1) >= atOrAfterNanos) {
            // The ring was cleared or time went back (a new session): search afresh.
            return ring.firstAtOrAfter(atOrAfterNanos);
        }
        while (i <= newest && ring.time(i) < atOrAfterNanos) {
            i++;
        }
        return i;
    }

    /** Where the judged step began: the first sample of its middle window. */
    long startSeq() {
        return judgedFromSeq;
    }

    /** The COP before the judged step, m. */
    double fromMlM() {
        return fromMlM;
    }

    /** The COP at the judgement, m (mean of the last window). */
    double nowMlM() {
        return nowMlM;
    }

    /** The largest second difference seen while following, as a share of the width. */
    double size() {
        return size;
    }
}
