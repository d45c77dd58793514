package dev.stork.signal.cop;

/**
 * Where a four-cell plate's load cells sit: the centre-to-centre spacing of the cells along each axis.
 *
 * @param cellSpacingMlM distance between the left and the right cells, in metres
 * @param cellSpacingApM distance between the front (top) and the back (bottom) cells, in metres
 */
public record PlateGeometry(double cellSpacingMlM, double cellSpacingApM) {

    /** The Wii Balance Board: cells 433 mm apart across (ML) and 238 mm apart front to back (AP). */
    public static final PlateGeometry WII_BALANCE_BOARD = new PlateGeometry(0.433, 0.238);

    /** Checks that both spacings are positive and finite. */
    public PlateGeometry {
        if (!(cellSpacingMlM > 0 && cellSpacingMlM < Double.POSITIVE_INFINITY)
                || !(cellSpacingApM > 0 && cellSpacingApM < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("plate cell spacing must be positive metres, got ML "
                    + cellSpacingMlM + " m, AP " + cellSpacingApM + " m");
        }
    }
}
