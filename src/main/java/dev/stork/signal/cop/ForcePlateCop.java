package dev.stork.signal.cop;

/**
 * Centre of pressure from a force plate's vertical force {@code Fz} and moments {@code Mx}, {@code My} about the
 * plate's origin, one sample at a time, for a plate whose origin lies on its surface (no top-plate offset).
 *
 * <p>The sign of ML depends on the plate's axis convention, see {@link AxisConvention}. AP is
 * {@code Mx / Fz} in both conventions. Below {@code minLoadN} (an empty plate, or an AMTI dropout row with
 * {@code Fz = 0}) the COP is reported as 0 and {@link #loaded()} is false.
 *
 * <p>Single-threaded. {@link #update} allocates nothing.
 */
public final class ForcePlateCop {

    /** How the plate's moments map to ML. */
    public enum AxisConvention {
        /**
         * {@code ML = My / Fz}, {@code AP = Mx / Fz}: how the Quijoux et al. (2021) reference code reads its AMTI
         * export; the same as a right-handed plate frame with x to the person's left, y to the front, z down.
         */
        AMTI_REFERENCE(1),
        /**
         * {@code ML = -My / Fz}, {@code AP = Mx / Fz}: a right-handed plate frame with x to the person's right,
         * y to the front and z up (force and moments both reported as action, or both as reaction). The AMTI
         * export in the reference data computes its own COP columns (Cx, Cy) this way.
         */
        Z_UP(-1);

        private final double mlSign;

        AxisConvention(double mlSign) {
            this.mlSign = mlSign;
        }
    }

    private final double mlSign;
    private final double minLoadN;
    private double copMlM;
    private double copApM;
    private boolean loaded;

    /**
     * @param convention the plate's axis convention
     * @param minLoadN   |Fz| below which no COP is computed, in newtons
     */
    public ForcePlateCop(AxisConvention convention, double minLoadN) {
        if (!(minLoadN > 0)) {
            throw new IllegalArgumentException("minLoadN must be positive newtons, got " + minLoadN);
        }
        this.mlSign = convention.mlSign;
        this.minLoadN = minLoadN;
    }

    /**
     * Computes the COP of one sample; read the result with the getters.
     *
     * @param fzN  vertical force, N
     * @param mxNm moment about the plate's x (ML) axis, N·m
     * @param myNm moment about the plate's y (AP) axis, N·m
     */
    public void update(double fzN, double mxNm, double myNm) {
        if (!(Math.abs(fzN) >= minLoadN)) {
            loaded = false;
            copMlM = 0;
            copApM = 0;
            return;
        }
        loaded = true;
        copMlM = mlSign * myNm / fzN;
        copApM = mxNm / fzN;
    }

    /** ML COP of the last sample, metres; 0 when not {@link #loaded()}. */
    public double copMlM() {
        return copMlM;
    }

    /** AP COP of the last sample, metres; 0 when not {@link #loaded()}. */
    public double copApM() {
        return copApM;
    }

    /** Whether the last sample carried at least the minimum load. */
    public boolean loaded() {
        return loaded;
    }
}
