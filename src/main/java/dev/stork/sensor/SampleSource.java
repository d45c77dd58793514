package dev.stork.sensor;

import java.util.Optional;

/**
 * A board that delivers timestamped raw samples and health events: the port every input (serial plate, I2C chip,
 * Wii board, simulation, file replay) implements.
 *
 * <p>{@link #run(SampleListener)} is called once, on the source's acquisition thread, and blocks until the source
 * ends (a replayed file runs out) or {@link #stop()} is called from any thread. Every listener callback happens on
 * that acquisition thread.
 */
public interface SampleSource extends AutoCloseable {

    /** What this source delivers: kind of board, nominal rate, units of its cell or axis values. */
    SourceDescription description();

    /**
     * Acquires samples and hands each one to {@code listener} until the source ends or is stopped.
     * A sensor fault is reported as a {@link HealthEvent}; only a configuration mistake throws.
     *
     * @throws InterruptedException when the acquisition thread is interrupted
     */
    void run(SampleListener listener) throws InterruptedException;

    /** Asks {@link #run(SampleListener)} to return soon; safe to call from any thread, more than once. */
    void stop();

    /**
     * The latest figures of the link to the device (frames, lost and duplicate samples, CRC errors,
     * reconnections), for a status display; empty for a source without such a link (a simulation, a replayed
     * file, an I2C chip). Safe to call from any thread; the source publishes the figures now and then, so
     * reading them costs the acquisition thread nothing.
     */
    default Optional<LinkStats> linkStats() {
        return Optional.empty();
    }

    /**
     * Where the cells of a plate delivering newtons sit, when the source knows it (a replayed recording of another
     * plate); empty otherwise, and the plate's calibration profile says it.
     */
    default Optional<CellSpacing> cellSpacing() {
        return Optional.empty();
    }

    /** Releases the device; stops first if still running. */
    @Override
    void close();
}
