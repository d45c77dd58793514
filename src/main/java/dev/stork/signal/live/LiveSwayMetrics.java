package dev.stork.signal.live;

/**
 * Sway of the centre of pressure since the last {@link #reset()}, updated per sample in constant time: current COP,
 * path length, mean velocity, RMS distance from the running mean and the 95 % prediction-ellipse area.
 *
 * <p>Mean and covariance are kept with Welford's update, so long holds do not lose precision. Mean velocity follows
 * the published definition (Santos and Duarte 2016): path length divided by {@code n / rate}, not
 * {@code (n - 1) / rate}. The ellipse is the 95 % prediction ellipse of the samples so far
 * ({@link PredictionEllipseFactor}).
 *
 * <p>Single-threaded: the acquisition thread owns it. {@link #add} and {@link #reset()} allocate nothing.
 * Inputs and results are SI (m, m/s, m²).
 */
public final class LiveSwayMetrics {
    private final double samplePeriodS;
    private final PredictionEllipseFactor ellipseFactor;

    private long n;
    private double lastMlM;
    private double lastApM;
    private double pathLengthM;
    private double meanMlM;
    private double meanApM;
    private double m2Ml;
    private double m2Ap;
    private double coMoment;

    /**
     * @param sampleRateHz  the nominal rate of the samples given to {@link #add}, Hz
     * @param ellipseFactor the shared ellipse table
     */
    public LiveSwayMetrics(double sampleRateHz, PredictionEllipseFactor ellipseFactor) {
        if (!(sampleRateHz > 0)) {
            throw new IllegalArgumentException("sample rate must be positive Hz, got " + sampleRateHz);
        }
        this.samplePeriodS = 1.0 / sampleRateHz;
        this.ellipseFactor = ellipseFactor;
    }

    /** Adds one COP sample, metres (ML positive right, AP positive front). */
    public void add(double copMlM, double copApM) {
        if (n > 0) {
            double dMl = copMlM - lastMlM;
            double dAp = copApM - lastApM;
            pathLengthM += Math.sqrt(dMl * dMl + dAp * dAp);
        }
        lastMlM = copMlM;
        lastApM = copApM;
        n++;
        double deltaMl = copMlM - meanMlM;
        double deltaAp = copApM - meanApM;
        meanMlM += deltaMl / n;
        meanApM += deltaAp / n;
        double deltaMlAfter = copMlM - meanMlM;
        double deltaApAfter = copApM - meanApM;
        m2Ml += deltaMl * deltaMlAfter;
        m2Ap += deltaAp * deltaApAfter;
        coMoment += deltaMl * deltaApAfter;
    }

    /** Forgets every sample. */
    public void reset() {
        n = 0;
        lastMlM = 0;
        lastApM = 0;
        pathLengthM = 0;
        meanMlM = 0;
        meanApM = 0;
        m2Ml = 0;
        m2Ap = 0;
        coMoment = 0;
    }

    /** Samples since the last reset. */
    public long sampleCount() {
        return n;
    }

    /** ML of the last sample, m. */
    public double copMlM() {
        return lastMlM;
    }

    /** AP of the last sample, m. */
    public double copApM() {
        return lastApM;
    }

    /** Mean ML since the last reset, m. */
    public double meanMlM() {
        return meanMlM;
    }

    /** Mean AP since the last reset, m. */
    public double meanApM() {
        return meanApM;
    }

    /** Total 2-D path length, m. */
    public double pathLengthM() {
        return pathLengthM;
    }

    /** Path length divided by the time the samples cover ({@code n / rate}), m/s; 0 before the first sample. */
    public double meanVelocityMps() {
        return n == 0 ? 0 : pathLengthM / (n * samplePeriodS);
    }

    /** Root mean square of the distance from the running mean (divided by n), m; 0 before the first sample. */
    public double rmsDistanceM() {
        return n == 0 ? 0 : Math.sqrt((m2Ml + m2Ap) / n);
    }

    /** Area of the 95 % prediction ellipse, m²; NaN with fewer than three samples. */
    public double ellipseAreaM2() {
        if (n < 3) {
            return Double.NaN;
        }
        double varMl = m2Ml / (n - 1);
        double varAp = m2Ap / (n - 1);
        double cov = coMoment / (n - 1);
        double det = Math.max(0, varMl * varAp - cov * cov);
        return Math.PI * ellipseFactor.factor(n) * Math.sqrt(det);
    }
}
