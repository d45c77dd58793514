package dev.stork.signal.features;

import dev.stork.signal.spectrum.Radix2Fft;

/**
 * Stabilogram diffusion analysis (Collins and De Luca) as in Quijoux et al. (2021), per axis. The mean squared
 * displacement is computed for lags up to a third of the record; in log-log coordinates a straight line is fitted
 * to the first i points and another to the points from i on, for every i from 0.3 s to 2.5 s worth of lags, and the
 * short-term (long-term) fit with the smallest RMS residual wins (the last one on ties). Features: diffusion
 * coefficients exp(intercept) (cm^2), scaling exponents slope / 2, and the critical time (s) and displacement
 * (cm^2) where the two lines cross (clipped to the longest lag). Keeps the FFT of the last size for the next call;
 * not thread-safe.
 */
final class DiffusionFeatures {
    private static final double DURATION_RATIO = 1.0 / 3.0;
    private static final double SHORT_REGION_MIN_S = 0.3;
    private static final double REGION_MAX_S = 2.5;

    private Radix2Fft fft;

    void compute(Stabilogram s, FeatureCollector out) {
        int n = s.length();
        int maxLag = (int) (n * DURATION_RATIO);
        double f = s.rateHz();
        double[] logTime = new double[maxLag];
        for (int lag = 1; lag <= maxLag; lag++) {
            logTime[lag - 1] = Math.log(lag / f);
        }
        double[] logMsdMl = new double[maxLag];
        double[] logMsdAp = new double[maxLag];
        logMeanSquaredDisplacements(s.mlCm(), s.apCm(), maxLag, logMsdMl, logMsdAp);
        analyse(logMsdMl, logTime, f, n, "_Diffusion_ML", out);
        analyse(logMsdAp, logTime, f, n, "_Diffusion_AP", out);
    }

    /**
     * ln of the mean squared displacement of x and of y for lags 1..maxLag, stored at index lag - 1, from
     * sum x[i+k]^2 + sum x[i]^2 - 2 sum x[i] x[i+k] with the cross term from one FFT autocorrelation of both
     * signals: O(n log n) instead of O(n maxLag). The cancellation costs about eps * sum x^2 / sum (x[i+1]-x[i])^2
     * in relative accuracy, below 1e-11 on the reference recordings.
     */
    void logMeanSquaredDisplacements(double[] x, double[] y, int maxLag, double[] logMsdX, double[] logMsdY) {
        int n = x.length;
        // M >= n + maxLag: the circular autocorrelation does not wrap for the lags used
        int m = Integer.highestOneBit(n + maxLag - 1) << 1;
        double[] re = new double[m];
        double[] im = new double[m];
        System.arraycopy(x, 0, re, 0, n);
        System.arraycopy(y, 0, im, 0, n);
        if (fft == null || fft.length() != m) {
            fft = new Radix2Fft(m);
        }
        fft.forward(re, im);
        // |X[k]|^2 and |Y[k]|^2 from Z = X + iY, then both autocorrelations from one inverse transform
        for (int k = 0; k <= m / 2; k++) {
            int mirror = (m - k) & (m - 1);
            double sumRe = re[k] + re[mirror];
            double diffRe = re[k] - re[mirror];
            double sumIm = im[k] + im[mirror];
            double diffIm = im[k] - im[mirror];
            double powerX = 0.25 * (sumRe * sumRe + diffIm * diffIm);
            double powerY = 0.25 * (sumIm * sumIm + diffRe * diffRe);
            re[k] = powerX;
            im[k] = powerY;
            re[mirror] = powerX;
            im[mirror] = powerY;
        }
        fft.inverse(re, im);
        double[] energyX = prefixSquares(x);
        double[] energyY = prefixSquares(y);
        for (int lag = 1; lag <= maxLag; lag++) {
            int count = n - lag;
            double sx = energyX[n] - energyX[lag] + energyX[count] - 2.0 * re[lag];
            double sy = energyY[n] - energyY[lag] + energyY[count] - 2.0 * im[lag];
            logMsdX[lag - 1] = Math.log(sx / count);
            logMsdY[lag - 1] = Math.log(sy / count);
        }
    }

    private static double[] prefixSquares(double[] x) {
        double[] sums = new double[x.length + 1];
        for (int i = 0; i < x.length; i++) {
            sums[i + 1] = sums[i] + x[i] * x[i];
        }
        return sums;
    }

    private static void analyse(double[] logMsd, double[] logTime, double f, int n, String suffix,
                                FeatureCollector out) {
        int maxLag = logMsd.length;
        int first = (int) (SHORT_REGION_MIN_S * f) + 1;
        int last = (int) (REGION_MAX_S * f);
        double[] shortFit = null;
        double bestShort = Double.POSITIVE_INFINITY;
        double[] longFit = null;
        double bestLong = Double.POSITIVE_INFINITY;
        for (int i = first; i <= last; i++) {
            double[] fit = LineFit.fit(logTime, logMsd, 0, i);
            if (fit[2] <= bestShort) {
                bestShort = fit[2];
                shortFit = fit;
            }
            fit = LineFit.fit(logTime, logMsd, i - 1, maxLag);
            if (fit[2] <= bestLong) {
                bestLong = fit[2];
                longFit = fit;
            }
        }
        if (shortFit == null || longFit == null) {
            throw new IllegalArgumentException("record too short for diffusion analysis: " + n + " samples");
        }
        double logCriticalTime = (longFit[0] - shortFit[0]) / (shortFit[1] - longFit[1]);
        if (logCriticalTime > logTime[maxLag - 1]) {
            logCriticalTime = logTime[maxLag - 1];
        }
        out.put("short_time_diffusion" + suffix, Math.exp(shortFit[0]));
        out.put("long_time_diffusion" + suffix, Math.exp(longFit[0]));
        out.put("critical_time" + suffix, Math.exp(logCriticalTime));
        out.put("critical_displacement" + suffix, Math.exp(shortFit[0] + shortFit[1] * logCriticalTime));
        out.put("short_time_scaling" + suffix, shortFit[1] / 2.0);
        out.put("long_time_scaling" + suffix, longFit[1] / 2.0);
    }

    /** Ordinary least-squares straight line. */
    static final class LineFit {
        private LineFit() {
        }

        /** @return {intercept, slope, RMS residual} of y on x over indices [from, to) */
        static double[] fit(double[] x, double[] y, int from, int to) {
            int count = to - from;
            double meanX = 0.0;
            double meanY = 0.0;
            for (int i = from; i < to; i++) {
                meanX += x[i];
                meanY += y[i];
            }
            meanX /= count;
            meanY /= count;
            double sxx = 0.0;
            double sxy = 0.0;
            for (int i = from; i < to; i++) {
                double dx = x[i] - meanX;
                sxx += dx * dx;
                sxy += dx * (y[i] - meanY);
            }
            double slope = sxy / sxx;
            double intercept = meanY - slope * meanX;
            double squares = 0.0;
            for (int i = from; i < to; i++) {
                double r = y[i] - (intercept + slope * x[i]);
                squares += r * r;
            }
            return new double[] {intercept, slope, Math.sqrt(squares / count)};
        }
    }
}
