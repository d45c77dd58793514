package dev.stork.sensor;

/**
 * One reading of a four-cell plate, a mutable holder that a source overwrites in place for every sample.
 *
 * <p>Cells are named as seen from above with the person facing the top edge: top-left, top-right, bottom-left,
 * bottom-right. Values are in the unit that {@link SourceDescription#cellUnit()} names (raw ADC counts before
 * calibration, newtons after).
 */
public final class PlateSample {
    /** Device time converted to the host's monotonic nanosecond time base. */
    public long timeNanos;
    /** Device sequence number; a gap means samples were lost. */
    public long sequence;
    /** Top-left cell. */
    public double topLeft;
    /** Top-right cell. */
    public double topRight;
    /** Bottom-left cell. */
    public double bottomLeft;
    /** Bottom-right cell. */
    public double bottomRight;
    /** Device status bits for this sample ({@link #STATUS_NOT_READY}, {@link #STATUS_SATURATED}); 0 when fine. */
    public int status;

    /** At least one cell's ADC had no new conversion; its value repeats the previous one. */
    public static final int STATUS_NOT_READY = 1;
    /** At least one cell's ADC is at the end of its range. */
    public static final int STATUS_SATURATED = 2;

    /** Overwrites every field. */
    public PlateSample set(long timeNanos, long sequence, double topLeft, double topRight, double bottomLeft,
                           double bottomRight, int status) {
        this.timeNanos = timeNanos;
        this.sequence = sequence;
        this.topLeft = topLeft;
        this.topRight = topRight;
        this.bottomLeft = bottomLeft;
        this.bottomRight = bottomRight;
        this.status = status;
        return this;
    }

    /** Sum of the four cells, in the cell unit. */
    public double total() {
        return topLeft + topRight + bottomLeft + bottomRight;
    }

    /** Copies every field of {@code other} into this holder. */
    public void copyFrom(PlateSample other) {
        set(other.timeNanos, other.sequence, other.topLeft, other.topRight, other.bottomLeft, other.bottomRight,
                other.status);
    }
}
