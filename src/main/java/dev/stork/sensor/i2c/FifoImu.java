package dev.stork.sensor.i2c;

/**
 * An IMU chip that buffers samples in its own FIFO at a fixed rate, so the host can read in bursts without losing
 * any: the role {@link I2cImuSource} drives. Called on the source's acquisition thread only.
 */
public interface FifoImu {

    /** Short chip name for messages, e.g. "MPU-6050". */
    String chipName();

    /** The device the chip sits on (for bus and address in messages). */
    RegisterDevice device();

    /** The sample rate the chip is set to, in Hz. */
    double sampleRateHz();

    /** Most samples one {@link #readFifo(double[], int)} call returns. */
    int maxSamplesPerRead();

    /**
     * Checks the chip's identity, resets it and applies the settings, leaving an empty FIFO that starts filling
     * now. Also used to recover after the chip stopped answering.
     */
    void init() throws I2cException, InterruptedException;

    /**
     * Moves up to {@code maxSamples} whole samples from the chip's FIFO into {@code accelAndRate} (caller-owned,
     * six values per sample: acceleration x, y, z in m/s², angular rate x, y, z in rad/s), oldest first.
     * Allocates nothing.
     *
     * @return the number of samples written; 0 when the FIFO is empty or had overflowed (see {@link #overflows()})
     */
    int readFifo(double[] accelAndRate, int maxSamples) throws I2cException;

    /**
     * Empties the FIFO and lets it fill again from now, after a failed transfer may have left it in the middle of
     * a frame. The samples it held are lost.
     */
    void restartFifo() throws I2cException;

    /** How many times the FIFO was found overflowed (samples lost; the FIFO was then reset). */
    long overflows();
}
