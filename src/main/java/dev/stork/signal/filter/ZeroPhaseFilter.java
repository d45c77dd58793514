package dev.stork.signal.filter;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Zero-phase filtering of a whole array: the signal is extended at both ends by an odd reflection of
 * {@code padLength} samples, filtered forwards and then backwards in transposed direct form II (like scipy's
 * {@code lfilter}), each pass starting from the steady-state delay-line state ({@code lfilter_zi}) scaled by the
 * pass's first sample, and the extension is cut off again. With {@link #scipyDefault} this is
 * {@code scipy.signal.filtfilt(b, a, x)} with its defaults; with {@link #matlabDefault} it is MATLAB's
 * {@code filtfilt}.
 *
 * <p>All buffers are allocated at construction for signals up to {@code capacity} samples; {@link #filter} does not
 * allocate. One instance must not be used by two threads at once.
 */
public final class ZeroPhaseFilter {
    private final double[] b;
    private final double[] a;
    private final double[] steadyState;
    private final double[] state;
    private final int padLength;
    private final double[] extended;
    private final int capacity;

    /**
     * @param transferFunction the filter; normalised so that a[0] = 1
     * @param padLength        samples of odd extension at each end (0 for none)
     * @param capacity         longest signal {@link #filter} will accept
     */
    public ZeroPhaseFilter(TransferFunction transferFunction, int padLength, int capacity) {
        if (padLength < 0) {
            throw new IllegalArgumentException("padLength must not be negative, got " + padLength);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        double[] num = transferFunction.numerator();
        double[] den = transferFunction.denominator();
        int n = Math.max(num.length, den.length);
        this.b = new double[n];
        this.a = new double[n];
        double a0 = den[0];
        for (int i = 0; i < num.length; i++) {
            b[i] = num[i] / a0;
        }
        for (int i = 0; i < den.length; i++) {
            a[i] = den[i] / a0;
        }
        this.padLength = padLength;
        this.capacity = capacity;
        this.steadyState = steadyState(b, a);
        this.state = new double[n - 1];
        this.extended = new double[capacity + 2 * padLength];
    }

    /** scipy's default edge handling: odd extension of 3 * max(len(a), len(b)) samples. */
    public static ZeroPhaseFilter scipyDefault(TransferFunction transferFunction, int capacity) {
        int taps = transferFunction.stateLength() + 1;
        return new ZeroPhaseFilter(transferFunction, 3 * taps, capacity);
    }

    /** MATLAB's filtfilt edge handling: odd extension of 3 * (nfilt - 1) samples, e.g. 6 for a 2nd-order filter. */
    public static ZeroPhaseFilter matlabDefault(TransferFunction transferFunction, int capacity) {
        return new ZeroPhaseFilter(transferFunction, 3 * transferFunction.stateLength(), capacity);
    }

    /** @return the number of samples of odd extension added at each end */
    public int padLength() {
        return padLength;
    }

    /** @return the longest signal {@link #filter} accepts */
    public int capacity() {
        return capacity;
    }

    /** @return the steady-state delay-line state for a unit step input (scipy's {@code lfilter_zi}); a copy */
    public double[] steadyStateForUnitStep() {
        return steadyState.clone();
    }

    /**
     * Filters {@code input[0..length)} forwards and backwards into {@code output[0..length)}. Input and output may
     * be the same array. Neither array is kept.
     *
     * @throws IllegalArgumentException if length exceeds the capacity or is not more than the pad length (scipy
     *                                  refuses such short signals too)
     */
    public void filter(double[] input, int length, double[] output) {
        if (length > capacity) {
            throw new IllegalArgumentException("signal of " + length + " samples exceeds capacity " + capacity);
        }
        if (length <= padLength) {
            throw new IllegalArgumentException("signal of " + length + " samples must be longer than the pad length "
                    + padLength);
        }
        int total = length + 2 * padLength;
        double first = input[0];
        double last = input[length - 1];
        for (int i = 0; i < padLength; i++) {
            extended[i] = 2.0 * first - input[padLength - i];
            extended[padLength + length + i] = 2.0 * last - input[length - 2 - i];
        }
        System.arraycopy(input, 0, extended, padLength, length);

        runForwards(total);
        runBackwards(total);
        System.arraycopy(extended, padLength, output, 0, length);
    }

    private void runForwards(int total) {
        double x0 = extended[0];
        int order = state.length;
        for (int k = 0; k < order; k++) {
            state[k] = steadyState[k] * x0;
        }
        for (int i = 0; i < total; i++) {
            extended[i] = step(extended[i]);
        }
    }

    private void runBackwards(int total) {
        double y0 = extended[total - 1];
        int order = state.length;
        for (int k = 0; k < order; k++) {
            state[k] = steadyState[k] * y0;
        }
        for (int i = total - 1; i >= 0; i--) {
            extended[i] = step(extended[i]);
        }
    }

    /** One sample through the transposed direct form II delay line. */
    private double step(double x) {
        int order = state.length;
        if (order == 0) {
            return b[0] * x;
        }
        double y = b[0] * x + state[0];
        for (int k = 0; k < order - 1; k++) {
            state[k] = b[k + 1] * x + state[k + 1] - a[k + 1] * y;
        }
        state[order - 1] = b[order] * x - a[order] * y;
        return y;
    }

    /**
     * Solves (I - C^T) zi = b[1:] - a[1:] b[0], C the companion matrix of a, for the delay-line state that a unit
     * step leaves behind once settled.
     */
    private static double[] steadyState(double[] b, double[] a) {
        int order = a.length - 1;
        if (order == 0) {
            return new double[0];
        }
        RealMatrix system = new Array2DRowRealMatrix(order, order);
        for (int i = 0; i < order; i++) {
            system.setEntry(i, i, 1.0);
            system.addToEntry(i, 0, a[i + 1]);
            if (i + 1 < order) {
                system.setEntry(i, i + 1, -1.0);
            }
        }
        RealVector rhs = new ArrayRealVector(order);
        for (int i = 0; i < order; i++) {
            rhs.setEntry(i, b[i + 1] - a[i + 1] * b[0]);
        }
        return new LUDecomposition(system).getSolver().solve(rhs).toArray();
    }
}
