package dev.stork.signal.metrics;

import dev.stork.signal.spectrum.Detrend;
import dev.stork.signal.spectrum.HannWindow;
import dev.stork.signal.spectrum.Welch;

/**
 * Mean frequency of a centre-of-pressure trajectory as published with the BDS and PDS data sets: per axis a Welch
 * PSD (periodic Hann window of n/2 samples, overlap n/4, transform length n/2, each segment's mean removed, n the
 * trial's sample count, halves rounded down), the axis's mean frequency as the trapezoid-rule ratio
 * ∫ f P df / ∫ P df, and the two axes combined weighted by their total power:
 * (mf_AP ΣP_AP + mf_ML ΣP_ML) / (ΣP_AP + ΣP_ML).
 *
 * <p>Sized for one trial length at construction (the spectrum's buffers are allocated then); {@link #combinedHz}
 * allocates nothing. One thread at a time, typically once at the end of a trial.
 */
public final class MeanFrequency {
    private final int sampleCount;
    private final Welch welch;
    private final double[] psdAp;
    private final double[] psdMl;

    /**
     * @param sampleCount samples per trial, at least 4 (6000 for 60 s at 100 Hz)
     * @param rateHz sample rate in Hz
     */
    public MeanFrequency(int sampleCount, double rateHz) {
        this(sampleCount, rateHz, HannWindow.periodic(sampleCount / 2));
    }

    /** As the public constructor with another window of sampleCount / 2 weights, to compare window choices. */
    MeanFrequency(int sampleCount, double rateHz, double[] window) {
        if (sampleCount < 4) {
            throw new IllegalArgumentException("need at least 4 samples for a Welch spectrum, got " + sampleCount);
        }
        SampleChecks.requireRate(rateHz);
        int segment = sampleCount / 2;
        this.sampleCount = sampleCount;
        this.welch = new Welch(rateHz, segment, sampleCount / 4, segment, window, Detrend.CONSTANT);
        this.psdAp = new double[welch.binCount()];
        this.psdMl = new double[welch.binCount()];
    }

    /** The number of samples this instance was sized for. */
    public int sampleCount() {
        return sampleCount;
    }

    /**
     * The power-weighted mean frequency in Hz of {@code ap[0..sampleCount)} and {@code ml[0..sampleCount)} (any
     * length unit: it cancels).
     */
    public double combinedHz(double[] ap, double[] ml) {
        SampleChecks.requirePair(ap, ml, sampleCount, sampleCount);
        welch.estimatePair(ap, ml, sampleCount, psdAp, psdMl);
        double powerAp = sum(psdAp);
        double powerMl = sum(psdMl);
        double total = powerAp + powerMl;
        if (!(total > 0)) {
            throw new IllegalArgumentException("the trajectory does not move, so it has no mean frequency");
        }
        return (weightedMeanHz(psdAp, powerAp) + weightedMeanHz(psdMl, powerMl)) / total;
    }

    /** An axis's mean frequency times its power; 0 for an axis that does not move. */
    private double weightedMeanHz(double[] psd, double power) {
        return power > 0 ? meanHz(psd) * power : 0;
    }

    /** Trapezoid rule on the uniform frequency grid; the grid spacing cancels in the ratio. */
    private double meanHz(double[] psd) {
        int last = psd.length - 1;
        double weighted = 0.5 * (welch.frequencyHz(0) * psd[0] + welch.frequencyHz(last) * psd[last]);
        double power = 0.5 * (psd[0] + psd[last]);
        for (int k = 1; k < last; k++) {
            weighted += welch.frequencyHz(k) * psd[k];
            power += psd[k];
        }
        return weighted / power;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
