package dev.stork.signal.features;

/**
 * A preprocessed stabilogram: centred, uniformly resampled and low-pass filtered ML and AP centre of pressure in cm,
 * its sample rate, and the means that were removed. Holds its arrays without copying; treat them as read-only.
 */
public final class Stabilogram {
    private final double[] mlCm;
    private final double[] apCm;
    private final double rateHz;
    private final double meanMlCm;
    private final double meanApCm;

    /**
     * @param mlCm     medio-lateral COP, centred; kept, not copied
     * @param apCm     antero-posterior COP, centred, same length; kept, not copied
     * @param rateHz   sample rate of both arrays
     * @param meanMlCm mean removed from the raw ML signal
     * @param meanApCm mean removed from the raw AP signal
     */
    public Stabilogram(double[] mlCm, double[] apCm, double rateHz, double meanMlCm, double meanApCm) {
        if (mlCm.length != apCm.length) {
            throw new IllegalArgumentException("ML has " + mlCm.length + " samples, AP " + apCm.length);
        }
        this.mlCm = mlCm;
        this.apCm = apCm;
        this.rateHz = rateHz;
        this.meanMlCm = meanMlCm;
        this.meanApCm = meanApCm;
    }

    /** @return the medio-lateral samples in cm (the array itself) */
    public double[] mlCm() {
        return mlCm;
    }

    /** @return the antero-posterior samples in cm (the array itself) */
    public double[] apCm() {
        return apCm;
    }

    /** @return number of samples */
    public int length() {
        return mlCm.length;
    }

    /** @return sample rate in Hz */
    public double rateHz() {
        return rateHz;
    }

    /** @return mean of the raw ML signal in cm */
    public double meanMlCm() {
        return meanMlCm;
    }

    /** @return mean of the raw AP signal in cm */
    public double meanApCm() {
        return meanApCm;
    }

    /** @return distance from the origin of each sample in cm, a new array */
    double[] radiusCm() {
        double[] r = new double[mlCm.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Math.sqrt(mlCm[i] * mlCm[i] + apCm[i] * apCm[i]);
        }
        return r;
    }
}
