package dev.stork.signal.filter;

import java.util.Arrays;

/**
 * Coefficients of a rational transfer function H(z) = B(z) / A(z) with B(z) = b[0] + b[1] z^-1 + ... and
 * A(z) = a[0] + a[1] z^-1 + ..., the {@code (b, a)} form of scipy and MATLAB. Immutable: the constructor copies
 * the arrays and the accessors return copies.
 */
public final class TransferFunction {
    private final double[] b;
    private final double[] a;

    /**
     * @param b numerator coefficients, highest power of z first; copied
     * @param a denominator coefficients, {@code a[0] != 0}; copied
     * @throws IllegalArgumentException if either array is empty or {@code a[0]} is zero
     */
    public TransferFunction(double[] b, double[] a) {
        if (b.length == 0 || a.length == 0) {
            throw new IllegalArgumentException("transfer function needs at least one b and one a coefficient");
        }
        if (a[0] == 0.0) {
            throw new IllegalArgumentException("a[0] must not be zero");
        }
        this.b = b.clone();
        this.a = a.clone();
    }

    /** @return a copy of the numerator coefficients b */
    public double[] numerator() {
        return b.clone();
    }

    /** @return a copy of the denominator coefficients a */
    public double[] denominator() {
        return a.clone();
    }

    /** @return the number of delay elements a direct-form realisation needs, max(len(a), len(b)) - 1 */
    public int stateLength() {
        return Math.max(a.length, b.length) - 1;
    }

    @Override
    public String toString() {
        return "TransferFunction{b=" + Arrays.toString(b) + ", a=" + Arrays.toString(a) + "}";
    }
}
