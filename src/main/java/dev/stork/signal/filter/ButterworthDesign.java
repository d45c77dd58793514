package dev.stork.signal.filter;

import org.apache.commons.math3.complex.Complex;

/**
 * Digital Butterworth filter design giving the same {@code (b, a)} as {@code scipy.signal.butter(order, Wn,
 * btype)}: the analog prototype's poles on the unit circle, a low-pass, high-pass or band-pass frequency
 * transformation at the pre-warped edge frequencies, the bilinear transform, and expansion of zeros and poles into
 * polynomials in the same order as scipy, so the coefficients agree to rounding (about 1e-14 relative).
 * Stateless and thread-safe.
 */
public final class ButterworthDesign {
    /** scipy designs on a normalised rate of 2 (Nyquist = 1); the bilinear transform uses 2 * fs = 4. */
    private static final double NORMALISED_RATE = 2.0;

    private ButterworthDesign() {
    }

    /**
     * @param order        filter order, at least 1
     * @param cutoffHz     -3 dB frequency, strictly between 0 and the Nyquist frequency
     * @param sampleRateHz sample rate of the signal to filter
     * @return low-pass coefficients, {@code order + 1} each
     */
    public static TransferFunction lowPass(int order, double cutoffHz, double sampleRateHz) {
        double warped = prewarp(normalise(cutoffHz, sampleRateHz));
        Complex[] poles = prototypePoles(order);
        for (int i = 0; i < order; i++) {
            poles[i] = poles[i].multiply(warped);
        }
        return bilinear(new Complex[0], poles, Math.pow(warped, order));
    }

    /**
     * @param order        filter order, at least 1
     * @param cutoffHz     -3 dB frequency, strictly between 0 and the Nyquist frequency
     * @param sampleRateHz sample rate of the signal to filter
     * @return high-pass coefficients, {@code order + 1} each
     */
    public static TransferFunction highPass(int order, double cutoffHz, double sampleRateHz) {
        double warped = prewarp(normalise(cutoffHz, sampleRateHz));
        Complex[] poles = prototypePoles(order);
        Complex productMinusPoles = Complex.ONE;
        for (int i = 0; i < order; i++) {
            productMinusPoles = productMinusPoles.multiply(poles[i].negate());
        }
        for (int i = 0; i < order; i++) {
            poles[i] = new Complex(warped).divide(poles[i]);
        }
        Complex[] zeros = new Complex[order];
        for (int i = 0; i < order; i++) {
            zeros[i] = Complex.ZERO;
        }
        return bilinear(zeros, poles, Complex.ONE.divide(productMinusPoles).getReal());
    }

    /**
     * @param order        order of the low-pass prototype; the band-pass has twice as many poles
     * @param lowHz        lower -3 dB edge
     * @param highHz       upper -3 dB edge, above lowHz and below the Nyquist frequency
     * @param sampleRateHz sample rate of the signal to filter
     * @return band-pass coefficients, {@code 2 * order + 1} each
     */
    public static TransferFunction bandPass(int order, double lowHz, double highHz, double sampleRateHz) {
        if (!(lowHz < highHz)) {
            throw new IllegalArgumentException("band-pass needs lowHz < highHz, got " + lowHz + " and " + highHz);
        }
        double low = prewarp(normalise(lowHz, sampleRateHz));
        double high = prewarp(normalise(highHz, sampleRateHz));
        double centre = Math.sqrt(low * high);
        double bandwidth = high - low;
        Complex[] prototype = prototypePoles(order);
        Complex[] poles = new Complex[2 * order];
        for (int i = 0; i < order; i++) {
            Complex scaled = prototype[i].multiply(bandwidth / 2.0);
            Complex root = scaled.multiply(scaled).subtract(centre * centre).sqrt();
            poles[i] = scaled.add(root);
            poles[order + i] = scaled.subtract(root);
        }
        Complex[] zeros = new Complex[order];
        for (int i = 0; i < order; i++) {
            zeros[i] = Complex.ZERO;
        }
        return bilinear(zeros, poles, Math.pow(bandwidth, order));
    }

    private static double normalise(double frequencyHz, double sampleRateHz) {
        if (!(sampleRateHz > 0.0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be positive and finite, got " + sampleRateHz);
        }
        double nyquistHz = 0.5 * sampleRateHz;
        double normalised = frequencyHz / nyquistHz;
        if (!(normalised > 0.0 && normalised < 1.0)) {
            throw new IllegalArgumentException("edge frequency " + frequencyHz + " Hz must lie strictly between 0 and"
                    + " the Nyquist frequency " + nyquistHz + " Hz");
        }
        return normalised;
    }

    private static double prewarp(double normalised) {
        return 2.0 * NORMALISED_RATE * Math.tan(Math.PI * normalised / NORMALISED_RATE);
    }

    /** Poles of the normalised analog Butterworth prototype, in scipy's order (angles increasing). */
    private static Complex[] prototypePoles(int order) {
        if (order < 1) {
            throw new IllegalArgumentException("filter order must be at least 1, got " + order);
        }
        Complex[] poles = new Complex[order];
        for (int i = 0; i < order; i++) {
            int m = -order + 1 + 2 * i;
            double angle = Math.PI * m / (2.0 * order);
            poles[i] = new Complex(-Math.cos(angle), -Math.sin(angle));
        }
        return poles;
    }

    /** Bilinear transform of an analog zero-pole-gain system, then expansion into polynomials. */
    private static TransferFunction bilinear(Complex[] zeros, Complex[] poles, double gain) {
        Complex[] digitalZeros = new Complex[poles.length];
        Complex numeratorGain = mapToUnitCircle(zeros, digitalZeros);
        for (int i = zeros.length; i < poles.length; i++) {
            digitalZeros[i] = new Complex(-1.0);
        }
        Complex[] digitalPoles = new Complex[poles.length];
        Complex denominatorGain = mapToUnitCircle(poles, digitalPoles);
        double digitalGain = gain * numeratorGain.divide(denominatorGain).getReal();
        double[] b = realPolynomial(digitalZeros);
        for (int i = 0; i < b.length; i++) {
            b[i] *= digitalGain;
        }
        return new TransferFunction(b, realPolynomial(digitalPoles));
    }

    /**
     * Writes (4 + r) / (4 - r) for each analog root r into {@code target} and returns prod (4 - r), the factor the
     * gain picks up.
     */
    private static Complex mapToUnitCircle(Complex[] roots, Complex[] target) {
        Complex twiceRate = new Complex(2.0 * NORMALISED_RATE);
        Complex product = Complex.ONE;
        for (int i = 0; i < roots.length; i++) {
            Complex r = roots[i];
            target[i] = r.add(twiceRate).divide(twiceRate.subtract(r));
            product = product.multiply(twiceRate.subtract(r));
        }
        return product;
    }

    /**
     * Coefficients of prod (x - root), highest power first, multiplied out root by root in the given order like
     * numpy's poly; the roots come in conjugate pairs or are real, so the imaginary parts are rounding only.
     */
    private static double[] realPolynomial(Complex[] roots) {
        double[] re = new double[roots.length + 1];
        double[] im = new double[roots.length + 1];
        re[0] = 1.0;
        for (int k = 0; k < roots.length; k++) {
            double rr = roots[k].getReal();
            double ri = roots[k].getImaginary();
            for (int j = k + 1; j >= 1; j--) {
                double newRe = re[j] - (re[j - 1] * rr - im[j - 1] * ri);
                double newIm = im[j] - (re[j - 1] * ri + im[j - 1] * rr);
                re[j] = newRe;
                im[j] = newIm;
            }
        }
        return re;
    }
}
