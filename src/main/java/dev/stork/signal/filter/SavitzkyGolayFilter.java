package dev.stork.signal.filter;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Savitzky-Golay smoothing or differentiation of a whole array, with {@code scipy.signal.savgol_filter}'s default
 * edge mode {@code 'interp'}: inside, each output is the chosen derivative at the centre of a least-squares
 * polynomial through the surrounding {@code windowLength} samples; in the first and last {@code windowLength / 2}
 * samples, it is the derivative of one polynomial fitted to the first (last) window, evaluated at that sample.
 *
 * <p>Weights are computed at construction; {@link #apply} does not allocate. Immutable and thread-safe.
 */
public final class SavitzkyGolayFilter {
    private final int windowLength;
    private final int half;
    private final double[] centreWeights;
    /** leadingWeights[j] are the weights on the first window that give output j, for j < half. */
    private final double[][] leadingWeights;
    /** trailingWeights[j] are the weights on the last window that give output length - half + j. */
    private final double[][] trailingWeights;

    /**
     * @param windowLength     odd number of samples in each fit, greater than polyOrder
     * @param polyOrder        order of the fitted polynomial
     * @param derivative       0 to smooth, 1 for the first derivative, ...
     * @param sampleSpacing    time between samples (e.g. seconds); derivatives are divided by its power
     */
    public SavitzkyGolayFilter(int windowLength, int polyOrder, int derivative, double sampleSpacing) {
        if (windowLength < 1 || windowLength % 2 == 0) {
            throw new IllegalArgumentException("window length must be odd and positive, got " + windowLength);
        }
        if (polyOrder < 0 || polyOrder >= windowLength) {
            throw new IllegalArgumentException("polynomial order must be in [0, windowLength), got " + polyOrder);
        }
        if (derivative < 0) {
            throw new IllegalArgumentException("derivative must not be negative, got " + derivative);
        }
        if (!(sampleSpacing > 0.0)) {
            throw new IllegalArgumentException("sample spacing must be positive, got " + sampleSpacing);
        }
        this.windowLength = windowLength;
        this.half = windowLength / 2;
        double scale = Math.pow(sampleSpacing, derivative);
        DecompositionSolver fit = new QRDecomposition(vandermonde(windowLength, polyOrder)).getSolver();
        this.centreWeights = weights(fit, half, polyOrder, derivative, scale);
        this.leadingWeights = new double[half][];
        this.trailingWeights = new double[half][];
        for (int j = 0; j < half; j++) {
            leadingWeights[j] = weights(fit, j, polyOrder, derivative, scale);
            trailingWeights[j] = weights(fit, windowLength - half + j, polyOrder, derivative, scale);
        }
    }

    /** @return the number of samples in each fit */
    public int windowLength() {
        return windowLength;
    }

    /**
     * Filters {@code input[0..length)} into {@code output[0..length)}; the arrays must be distinct and are not
     * kept.
     *
     * @throws IllegalArgumentException if length is shorter than the window
     */
    public void apply(double[] input, int length, double[] output) {
        if (length < windowLength) {
            throw new IllegalArgumentException("signal of " + length + " samples is shorter than the window "
                    + windowLength);
        }
        if (input == output) {
            throw new IllegalArgumentException("input and output must be different arrays");
        }
        for (int i = half; i < length - half; i++) {
            double sum = 0.0;
            int start = i - half;
            for (int k = 0; k < windowLength; k++) {
                sum += centreWeights[k] * input[start + k];
            }
            output[i] = sum;
        }
        int lastStart = length - windowLength;
        for (int j = 0; j < half; j++) {
            double lead = 0.0;
            double trail = 0.0;
            for (int k = 0; k < windowLength; k++) {
                lead += leadingWeights[j][k] * input[k];
                trail += trailingWeights[j][k] * input[lastStart + k];
            }
            output[j] = lead;
            output[length - half + j] = trail;
        }
    }

    private static RealMatrix vandermonde(int windowLength, int polyOrder) {
        RealMatrix v = new Array2DRowRealMatrix(windowLength, polyOrder + 1);
        for (int i = 0; i < windowLength; i++) {
            double p = 1.0;
            for (int k = 0; k <= polyOrder; k++) {
                v.setEntry(i, k, p);
                p *= i;
            }
        }
        return v;
    }

    /**
     * Weights w with sum_k w[k] x[k] = d-th derivative at position {@code at} of the least-squares polynomial
     * through x[0..windowLength), positions 0..windowLength-1, divided by {@code scale}.
     */
    private static double[] weights(DecompositionSolver fit, int at, int polyOrder, int derivative, double scale) {
        int n = fit.getInverse().getColumnDimension();
        RealMatrix pseudoInverse = fit.getInverse();
        double[] w = new double[n];
        for (int power = derivative; power <= polyOrder; power++) {
            double factor = 1.0;
            for (int f = 0; f < derivative; f++) {
                factor *= power - f;
            }
            double term = factor * Math.pow(at, power - derivative);
            for (int k = 0; k < n; k++) {
                w[k] += term * pseudoInverse.getEntry(power, k);
            }
        }
        for (int k = 0; k < n; k++) {
            w[k] /= scale;
        }
        return w;
    }
}
