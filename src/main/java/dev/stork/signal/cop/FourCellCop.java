package dev.stork.signal.cop;

/**
 * Centre of pressure from four load cells at the corners of a rectangle, one sample at a time.
 *
 * <p>Cells are top-left, top-right, bottom-left, bottom-right as seen from above, top being the person's front.
 * With the total load {@code F} and half spacings {@code a/2} (ML) and {@code b/2} (AP):
 * {@code ML = a/2 * ((tr + br) - (tl + bl)) / F}, {@code AP = b/2 * ((tl + tr) - (bl + br)) / F}.
 * Below {@code minLoadN} the COP is meaningless (an empty board reads noise), so it is reported as 0 and
 * {@link #loaded()} is false.
 *
 * <p>Single-threaded: one instance per acquisition thread. {@link #update} allocates nothing.
 */
public final class FourCellCop {
    private final double halfSpacingMlM;
    private final double halfSpacingApM;
    private final double minLoadN;
    private double copMlM;
    private double copApM;
    private double totalN;
    private boolean loaded;

    /**
     * @param geometry where the cells sit
     * @param minLoadN total load below which no COP is computed, in newtons (e.g. 20 N)
     */
    public FourCellCop(PlateGeometry geometry, double minLoadN) {
        if (!(minLoadN > 0)) {
            throw new IllegalArgumentException("minLoadN must be positive newtons, got " + minLoadN);
        }
        this.halfSpacingMlM = geometry.cellSpacingMlM() / 2;
        this.halfSpacingApM = geometry.cellSpacingApM() / 2;
        this.minLoadN = minLoadN;
    }

    /**
     * Computes the COP of one sample; read the result with the getters.
     *
     * @param topLeftN     front-left cell, N
     * @param topRightN    front-right cell, N
     * @param bottomLeftN  back-left cell, N
     * @param bottomRightN back-right cell, N
     */
    public void update(double topLeftN, double topRightN, double bottomLeftN, double bottomRightN) {
        double total = topLeftN + topRightN + bottomLeftN + bottomRightN;
        totalN = total;
        if (total < minLoadN) {
            loaded = false;
            copMlM = 0;
            copApM = 0;
            return;
        }
        loaded = true;
        copMlM = halfSpacingMlM * ((topRightN + bottomRightN) - (topLeftN + bottomLeftN)) / total;
        copApM = halfSpacingApM * ((topLeftN + topRightN) - (bottomLeftN + bottomRightN)) / total;
    }

    /** ML COP of the last sample, metres, positive to the person's right; 0 when not {@link #loaded()}. */
    public double copMlM() {
        return copMlM;
    }

    /** AP COP of the last sample, metres, positive to the person's front; 0 when not {@link #loaded()}. */
    public double copApM() {
        return copApM;
    }

    /** Sum of the four cells of the last sample, N. */
    public double totalN() {
        return totalN;
    }

    /** Whether the last sample carried at least the minimum load. */
    public boolean loaded() {
        return loaded;
    }
}
