package dev.stork.signal.filter;

import uk.me.berndporr.iirj.Butterworth;

/**
 * A causal Butterworth low-pass or high-pass filter for live signals, one sample at a time: a thin wrapper around
 * iirj's {@link Butterworth} cascade. Order, sample rate and cutoff are fixed at construction, where iirj designs
 * the biquads; {@link #filter(double)} and {@link #reset()} allocate nothing.
 *
 * <p>The first sample after construction or {@link #reset()} primes the filter as if the input had been constant
 * at that value forever, so a COP of 0.1 m does not start with a step from zero. Single-threaded.
 */
public final class CausalButterworth {
    private final Butterworth cascade = new Butterworth();
    private final boolean lowPass;
    private boolean primed;
    private double offset;

    private CausalButterworth(boolean lowPass, int order, double sampleRateHz, double cutoffHz) {
        if (order < 1 || order > 16) {
            throw new IllegalArgumentException("Butterworth order must be 1..16, got " + order);
        }
        if (!(sampleRateHz > 0) || !(cutoffHz > 0) || !(cutoffHz < sampleRateHz / 2)) {
            throw new IllegalArgumentException("cutoff must lie between 0 and the Nyquist frequency: cutoff "
                    + cutoffHz + " Hz at a sample rate of " + sampleRateHz + " Hz");
        }
        this.lowPass = lowPass;
        if (lowPass) {
            cascade.lowPass(order, sampleRateHz, cutoffHz);
        } else {
            cascade.highPass(order, sampleRateHz, cutoffHz);
        }
    }

    /** A low-pass of {@code order} (1..16) at {@code cutoffHz} for samples at {@code sampleRateHz}. */
    public static CausalButterworth lowPass(int order, double sampleRateHz, double cutoffHz) {
        return new CausalButterworth(true, order, sampleRateHz, cutoffHz);
    }

    /** A high-pass of {@code order} (1..16) at {@code cutoffHz} for samples at {@code sampleRateHz}. */
    public static CausalButterworth highPass(int order, double sampleRateHz, double cutoffHz) {
        return new CausalButterworth(false, order, sampleRateHz, cutoffHz);
    }

    /** Filters one sample and returns the filtered value, in the input's unit. */
    public double filter(double x) {
        if (!primed) {
            primed = true;
            offset = x;
        }
        // Filtering the deviation from the first sample is the steady-state start: a low-pass passes the constant
        // offset unchanged (DC gain 1), a high-pass removes it (DC gain 0).
        double y = cascade.filter(x - offset);
        return lowPass ? y + offset : y;
    }

    /** Forgets the past; the next sample primes the filter again. */
    public void reset() {
        cascade.reset();
        primed = false;
        offset = 0;
    }
}
