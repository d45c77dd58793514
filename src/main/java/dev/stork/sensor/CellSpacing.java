package dev.stork.sensor;

/**
 * Where a plate's four load cells sit, centre to centre, as a source that knows it reports it (a replayed recording
 * carries the spacing of the plate it was made on).
 *
 * @param mlM between the left and right cells, m
 * @param apM between the front and back cells, m
 */
public record CellSpacing(double mlM, double apM) {

    /** Checks that both are positive. */
    public CellSpacing {
        if (!(mlM > 0) || !(apM > 0)) {
            throw new IllegalArgumentException("cell spacing must be positive, got " + mlM + " m by " + apM + " m");
        }
    }
}
