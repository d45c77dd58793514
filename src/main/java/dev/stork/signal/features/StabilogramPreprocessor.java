package dev.stork.signal.features;

import dev.stork.signal.filter.ButterworthDesign;
import dev.stork.signal.filter.TransferFunction;
import dev.stork.signal.filter.ZeroPhaseFilter;
import dev.stork.signal.resample.Swarii;

/**
 * The reference preprocessing of Quijoux et al. (2021): rows where either channel is NaN are dropped (their
 * timestamps with them), each channel's mean is removed, isolated artefacts and the first 0.1 s are discarded,
 * SWARII resamples to 25 Hz (window 0.08 s, the reference code's setting), and a 4th-order Butterworth low-pass at
 * 10 Hz runs forwards and backwards with scipy's {@code filtfilt} defaults.
 *
 * <p>Not thread-safe: one instance keeps its filter buffers between calls.
 */
public final class StabilogramPreprocessor {
    /** Output sample rate of the reference pipeline. */
    public static final double RATE_HZ = 25.0;
    /** SWARII window; the reference passes 0.08 s minus 1e-6 s so that samples exactly 40 ms away stay out. */
    static final double SWARII_WINDOW_S = 0.08 - 1e-6;
    private static final double LOW_PASS_HZ = 10.0;
    private static final int LOW_PASS_ORDER = 4;
    /** Samples before this time are discarded, as the reference's artefact purge does. */
    private static final double SETTLING_S = 0.1;
    /** A jump larger than this (sum over both channels, cm) that returns within ARTEFACT_RETURN_CM is an artefact. */
    private static final double ARTEFACT_JUMP_CM = 2.0;
    private static final double ARTEFACT_RETURN_CM = 0.5;

    private final Swarii swarii = new Swarii(SWARII_WINDOW_S, RATE_HZ);
    private final TransferFunction lowPass = ButterworthDesign.lowPass(LOW_PASS_ORDER, LOW_PASS_HZ, RATE_HZ);
    private ZeroPhaseFilter filter;

    /**
     * @param mlCm   raw medio-lateral COP in cm; NaN marks a missing sample; not kept
     * @param apCm   raw antero-posterior COP in cm, same length; not kept
     * @param rateHz rate at which the samples were taken; sample i is at i / rateHz seconds
     * @return the preprocessed stabilogram at {@link #RATE_HZ}
     */
    public Stabilogram prepare(double[] mlCm, double[] apCm, double rateHz) {
        if (mlCm.length != apCm.length) {
            throw new IllegalArgumentException("ML has " + mlCm.length + " samples, AP " + apCm.length);
        }
        if (!(rateHz > 0.0)) {
            throw new IllegalArgumentException("sample rate must be positive, got " + rateHz);
        }
        int n = mlCm.length;
        double[] time = new double[n];
        double[] ml = new double[n];
        double[] ap = new double[n];
        int valid = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(mlCm[i]) && !Double.isNaN(apCm[i])) {
                time[valid] = i / rateHz;
                ml[valid] = mlCm[i];
                ap[valid] = apCm[i];
                valid++;
            }
        }
        if (valid < 3) {
            throw new IllegalArgumentException("need at least 3 valid samples, got " + valid);
        }
        double meanMl = mean(ml, valid);
        double meanAp = mean(ap, valid);
        for (int i = 0; i < valid; i++) {
            ml[i] -= meanMl;
            ap[i] -= meanAp;
        }
        int kept = purgeArtefacts(time, ml, ap, valid);
        Swarii.Resampled resampled = swarii.resample(time, kept, ml, ap);
        int m = resampled.length();
        double[] outMl = resampled.channel(0);
        double[] outAp = resampled.channel(1);
        if (filter == null || filter.capacity() < m) {
            filter = ZeroPhaseFilter.scipyDefault(lowPass, m);
        }
        filter.filter(outMl, m, outMl);
        filter.filter(outAp, m, outAp);
        return new Stabilogram(outMl, outAp, RATE_HZ, meanMl, meanAp);
    }

    private static double mean(double[] x, int n) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += x[i];
        }
        return sum / n;
    }

    /**
     * Compacts the samples in place, keeping those the reference keeps: never the first or last, none before
     * 0.1 s, and none that jump more than 2 cm from the last kept sample and come back within 0.5 cm one or two
     * samples later.
     *
     * @return the number of samples kept
     */
    static int purgeArtefacts(double[] time, double[] ml, double[] ap, int n) {
        int kept = 0;
        // reads run ahead of writes (kept <= t - 1), so compacting in place never overwrites an unread sample
        double lastMl = 0.0;
        double lastAp = 0.0;
        for (int t = 1; t < n - 1; t++) {
            if (time[t] < SETTLING_S) {
                continue;
            }
            if (kept > 0) {
                boolean jumps = distance(ml[t], ap[t], lastMl, lastAp) > ARTEFACT_JUMP_CM;
                if (jumps && distance(ml[t + 1], ap[t + 1], lastMl, lastAp) < ARTEFACT_RETURN_CM) {
                    continue;
                }
                if (jumps && t > 1 && t < n - 2
                        && distance(ml[t + 2], ap[t + 2], lastMl, lastAp) < ARTEFACT_RETURN_CM) {
                    continue;
                }
            }
            time[kept] = time[t];
            ml[kept] = ml[t];
            ap[kept] = ap[t];
            lastMl = ml[t];
            lastAp = ap[t];
            kept++;
        }
        return kept;
    }

    /** City-block distance over both channels, the reference's artefact measure. */
    private static double distance(double ml, double ap, double refMl, double refAp) {
        return Math.abs(ml - refMl) + Math.abs(ap - refAp);
    }
}
