package dev.stork.sensor.i2c.emulation;

/**
 * The load on an emulated load cell, as the ADC code it produces (after the chip's gain). Fed into
 * {@link Nau7802Emulation} by a simulated board or a test; called once per conversion, on the thread that talks to
 * the emulated chip.
 */
@FunctionalInterface
public interface LoadSignal {

    /**
     * @param timeNanos emulated time of the conversion, in nanoseconds
     * @return the conversion result in counts; values beyond the 24-bit range saturate as the chip does
     */
    double countsAt(long timeNanos);

    /**
     * A load given in newtons through a linear cell: {@code counts = offsetCounts + countsPerNewton * N}.
     *
     * @param newtonsAt       load in newtons at a time in nanoseconds
     * @param countsPerNewton sensitivity of cell and ADC together
     * @param offsetCounts    reading with no load
     */
    static LoadSignal fromNewtons(java.util.function.LongToDoubleFunction newtonsAt, double countsPerNewton,
                                  double offsetCounts) {
        return timeNanos -> offsetCounts + countsPerNewton * newtonsAt.applyAsDouble(timeNanos);
    }
}
