package dev.stork.signal.metrics;

import dev.stork.signal.filter.ButterworthDesign;
import dev.stork.signal.filter.ZeroPhaseFilter;
import dev.stork.signal.orientation.Quaternion;

/**
 * Static stability from a trunk-worn IMU as the Gait&amp;Balance app computes it (Rashid et al. 2022, Sensors 22:124):
 * each acceleration sample turned into the earth frame by its own orientation quaternion; the three earth-frame
 * axes extended by 10 s at each end with the time-reversed first and last 10 s; a 2nd-order Butterworth low-pass at
 * 45 Hz and then a 2nd-order Butterworth high-pass at 0.3 Hz, each run forwards and backwards like MATLAB's
 * {@code filtfilt} (odd extension of 6 samples, steady-state initial conditions); the extensions dropped; and
 * stability = -ln(mean |a|) for the earth x axis (ML), the y axis (AP) and the 3-D magnitude (R). Steadier standing
 * leaves less acceleration and scores higher.
 *
 * <p>The scores depend on the acceleration unit: the reference takes m/s² as g × 9.8. Sized at construction for the
 * longest recording; {@link #compute} allocates only the scores it returns. One thread at a time, once at the end
 * of a trial.
 */
public final class ImuStaticStability {
    /** Seconds of time-reversed signal added at each end before filtering. */
    public static final double MIRROR_S = 10;
    /** The reference's low-pass cutoff. */
    public static final double LOW_PASS_HZ = 45;
    /** The reference's high-pass cutoff, removing gravity and slow posture drift. */
    public static final double HIGH_PASS_HZ = 0.3;
    private static final int ORDER = 2;

    private final int capacity;
    private final int mirror;
    private final ZeroPhaseFilter lowPass;
    private final ZeroPhaseFilter highPass;
    private final double[] earthX;
    private final double[] earthY;
    private final double[] earthZ;
    private final double[] rotated = new double[3];

    /** Scores of one recording; -ln of mean absolute accelerations in m/s², so dimensionless. */
    public record Scores(double stabilityMl, double stabilityAp, double stabilityR) {
    }

    /**
     * @param capacity longest recording in samples
     * @param rateHz the sample rate the filters are designed for (the reference takes 100 Hz), above 90 Hz so that
     *     the 45 Hz low-pass lies below the Nyquist frequency
     */
    public ImuStaticStability(int capacity, double rateHz) {
        SampleChecks.requireRate(rateHz);
        if (!(rateHz > 2 * LOW_PASS_HZ)) {
            throw new IllegalArgumentException("rate " + rateHz + " Hz cannot carry the " + LOW_PASS_HZ
                    + " Hz low-pass; need more than " + 2 * LOW_PASS_HZ + " Hz");
        }
        this.mirror = (int) Math.round(MIRROR_S * rateHz);
        if (capacity < mirror) {
            throw new IllegalArgumentException("capacity " + capacity + " is shorter than the " + MIRROR_S
                    + " s (" + mirror + " samples) mirrored at each end");
        }
        this.capacity = capacity;
        int padded = capacity + 2 * mirror;
        this.lowPass = ZeroPhaseFilter.matlabDefault(ButterworthDesign.lowPass(ORDER, LOW_PASS_HZ, rateHz), padded);
        this.highPass = ZeroPhaseFilter.matlabDefault(ButterworthDesign.highPass(ORDER, HIGH_PASS_HZ, rateHz),
                padded);
        this.earthX = new double[padded];
        this.earthY = new double[padded];
        this.earthZ = new double[padded];
    }

    /**
     * Scores a recording of {@code count} samples: acceleration with gravity in the sensor frame in m/s², and
     * for each sample the sensor's orientation quaternion (sensor to earth, z up; normalised here). Arrays are read,
     * not kept.
     *
     * @param count samples, from 10 s worth up to the capacity
     */
    public Scores compute(double[] accelX, double[] accelY, double[] accelZ, double[] quatW, double[] quatX,
                          double[] quatY, double[] quatZ, int count) {
        if (count < mirror || count > capacity) {
            throw new IllegalArgumentException("need between " + mirror + " and " + capacity + " samples, got "
                    + count);
        }
        for (int i = 0; i < count; i++) {
            Quaternion.rotateToEarth(quatW[i], quatX[i], quatY[i], quatZ[i], accelX[i], accelY[i], accelZ[i],
                    rotated, 0);
            earthX[mirror + i] = rotated[0];
            earthY[mirror + i] = rotated[1];
            earthZ[mirror + i] = rotated[2];
        }
        int padded = count + 2 * mirror;
        prepare(earthX, count, padded);
        prepare(earthY, count, padded);
        prepare(earthZ, count, padded);
        double sumMl = 0;
        double sumAp = 0;
        double sumR = 0;
        for (int i = mirror; i < mirror + count; i++) {
            double x = earthX[i];
            double y = earthY[i];
            double z = earthZ[i];
            sumMl += Math.abs(x);
            sumAp += Math.abs(y);
            sumR += Math.sqrt(x * x + y * y + z * z);
        }
        return new Scores(-Math.log(sumMl / count), -Math.log(sumAp / count), -Math.log(sumR / count));
    }

    /** Mirrors the ends of {@code axis[mirror..mirror+count)} outwards in time, then filters in place. */
    private void prepare(double[] axis, int count, int padded) {
        int start = mirror;
        int end = mirror + count;
        for (int i = 0; i < mirror; i++) {
            axis[start - 1 - i] = axis[start + i];
            axis[end + i] = axis[end - 1 - i];
        }
        lowPass.filter(axis, padded, axis);
        highPass.filter(axis, padded, axis);
    }
}
