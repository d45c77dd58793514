package dev.stork.sensor.i2c;

import static dev.stork.sensor.i2c.Lsm6dsoxRegisters.*;

import java.util.Objects;

/**
 * ST LSM6DSOX accelerometer and gyroscope, read through its tagged FIFO in continuous mode with accelerometer and
 * gyroscope batched at the output data rate. Each FIFO word is a tag and three little-endian 16-bit axes; a sample
 * is emitted once both a gyroscope and an accelerometer word of the same period were read. Block data update and
 * register auto-increment (IF_INC) are on. Acquisition thread only; allocates nothing after construction.
 */
public final class Lsm6dsoxDriver implements FifoImu {

    /** Accelerometer full scale (CTRL1_XL FS_XL) and its sensitivity in mg per LSB (datasheet table 2). */
    public enum AccelRange {
        G2(0b00, 0.061), G4(0b10, 0.122), G8(0b11, 0.244), G16(0b01, 0.488);

        final int fsXl;
        /** Sensitivity in mg/LSB. */
        public final double milliGPerLsb;

        AccelRange(int fsXl, double milliGPerLsb) {
            this.fsXl = fsXl;
            this.milliGPerLsb = milliGPerLsb;
        }
    }

    /** Gyroscope full scale (CTRL2_G FS_G, FS_125) and its sensitivity in m°/s per LSB (datasheet table 2). */
    public enum GyroRange {
        DPS125(0b00, true, 4.375), DPS250(0b00, false, 8.75), DPS500(0b01, false, 17.5),
        DPS1000(0b10, false, 35), DPS2000(0b11, false, 70);

        final int fsG;
        final boolean fs125;
        /** Sensitivity in m°/s per LSB. */
        public final double milliDegPerSecondPerLsb;

        GyroRange(int fsG, boolean fs125, double milliDegPerSecondPerLsb) {
            this.fsG = fsG;
            this.fs125 = fs125;
            this.milliDegPerSecondPerLsb = milliDegPerSecondPerLsb;
        }
    }

    /** Output data rate (ODR_XL, ODR_G, and the FIFO batch rates BDR_XL, BDR_GY) in Hz. */
    public enum OutputDataRate {
        HZ104(0b0100, 104), HZ208(0b0101, 208), HZ416(0b0110, 416), HZ833(0b0111, 833), HZ1666(0b1000, 1666);

        final int code;
        /** Nominal rate in Hz. */
        public final double hz;

        OutputDataRate(int code, double hz) {
            this.code = code;
            this.hz = hz;
        }
    }

    /** Poll interval and limit while SW_RESET clears itself. */
    static final long RESET_POLL_NANOS = 100_000L;
    static final long RESET_TIMEOUT_NANOS = 10_000_000L;
    /** Most samples per read call: bounds the time spent in one poll. */
    static final int MAX_SAMPLES_PER_READ = 32;

    private static final double STANDARD_GRAVITY = 9.80665;

    private final RegisterDevice device;
    private final NanoClock clock;
    private final AccelRange accelRange;
    private final GyroRange gyroRange;
    private final OutputDataRate rate;
    private final double metresPerSecondSquaredPerLsb;
    private final double radiansPerSecondPerLsb;
    private final byte[] scratch = new byte[WORD_BYTES];
    private final double[] pending = new double[6];
    private boolean haveAccel;
    private boolean haveGyro;
    private long overflows;

    /**
     * @param device the chip at 0x6A or 0x6B
     * @param rate   output data rate of both sensors and of the FIFO batches
     * @param clock  waits for the software reset
     */
    public Lsm6dsoxDriver(RegisterDevice device, AccelRange accelRange, GyroRange gyroRange, OutputDataRate rate,
                          NanoClock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.accelRange = Objects.requireNonNull(accelRange, "accelRange");
        this.gyroRange = Objects.requireNonNull(gyroRange, "gyroRange");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metresPerSecondSquaredPerLsb = accelRange.milliGPerLsb * 1e-3 * STANDARD_GRAVITY;
        this.radiansPerSecondPerLsb = Math.toRadians(gyroRange.milliDegPerSecondPerLsb * 1e-3);
    }

    /** Default settings for a wobble board: ±4 g, ±500 °/s, 208 Hz. */
    public static Lsm6dsoxDriver forWobbleBoard(RegisterDevice device, NanoClock clock) {
        return new Lsm6dsoxDriver(device, AccelRange.G4, GyroRange.DPS500, OutputDataRate.HZ208, clock);
    }

    @Override
    public String chipName() {
        return "LSM6DSOX";
    }

    @Override
    public RegisterDevice device() {
        return device;
    }

    @Override
    public double sampleRateHz() {
        return rate.hz;
    }

    @Override
    public int maxSamplesPerRead() {
        return MAX_SAMPLES_PER_READ;
    }

    /** Acceleration per LSB in m/s² for the configured range. */
    public double metresPerSecondSquaredPerLsb() {
        return metresPerSecondSquaredPerLsb;
    }

    /** Angular rate per LSB in rad/s for the configured range. */
    public double radiansPerSecondPerLsb() {
        return radiansPerSecondPerLsb;
    }

    @Override
    public void init() throws I2cException, InterruptedException {
        int id = device.readRegister(WHO_AM_I);
        if (id != WHO_AM_I_VALUE) {
            throw new I2cException(I2cException.Kind.WRONG_CHIP, device.bus(), device.address(),
                    "WHO_AM_I reads " + I2cException.hex(id) + ", an LSM6DSOX reads 0x6C");
        }
        device.writeRegister(CTRL3_C, CTRL3_C_IF_INC | CTRL3_C_SW_RESET);
        long waitedNanos = 0;
        while ((device.readRegister(CTRL3_C) & CTRL3_C_SW_RESET) != 0) {
            if (waitedNanos >= RESET_TIMEOUT_NANOS) {
                throw new I2cException(I2cException.Kind.TIMEOUT, device.bus(), device.address(),
                        "LSM6DSOX software reset (SW_RESET) not finished after 10 ms");
            }
            clock.sleepNanos(RESET_POLL_NANOS);
            waitedNanos += RESET_POLL_NANOS;
        }
        device.writeRegister(CTRL3_C, CTRL3_C_BDU | CTRL3_C_IF_INC);
        device.writeRegister(FIFO_CTRL4, FIFO_MODE_BYPASS);
        device.writeRegister(CTRL1_XL, (rate.code << ODR_SHIFT) | (accelRange.fsXl << FS_SHIFT));
        device.writeRegister(CTRL2_G, (rate.code << ODR_SHIFT) | (gyroRange.fsG << FS_SHIFT)
                | (gyroRange.fs125 ? CTRL2_G_FS_125 : 0));
        device.writeRegister(FIFO_CTRL3, (rate.code << BDR_GY_SHIFT) | rate.code);
        device.writeRegister(FIFO_CTRL4, FIFO_MODE_CONTINUOUS);
        haveAccel = false;
        haveGyro = false;
    }

    @Override
    public void restartFifo() throws I2cException {
        device.writeRegister(FIFO_CTRL4, FIFO_MODE_BYPASS); // bypass empties the FIFO
        device.writeRegister(FIFO_CTRL4, FIFO_MODE_CONTINUOUS);
        haveAccel = false;
        haveGyro = false;
    }

    @Override
    public int readFifo(double[] accelAndRate, int maxSamples) throws I2cException {
        device.readRegisters(FIFO_STATUS1, scratch, 0, 2);
        int status2 = scratch[1] & 0xFF;
        if ((status2 & FIFO_STATUS2_OVR_IA) != 0) {
            overflows++;
            restartFifo();
            return 0;
        }
        int words = ((status2 & FIFO_STATUS2_DIFF_HIGH) << 8) | (scratch[0] & 0xFF);
        int limit = Math.min(maxSamples, MAX_SAMPLES_PER_READ);
        int samples = 0;
        for (int w = 0; w < words && samples < limit; w++) {
            device.readRegisters(FIFO_DATA_OUT_TAG, scratch, 0, WORD_BYTES);
            int tag = (scratch[0] & 0xFF) >>> TAG_SHIFT;
            if (tag == TAG_GYRO_NC) {
                decode(3, radiansPerSecondPerLsb);
                haveGyro = true;
            } else if (tag == TAG_ACCEL_NC) {
                decode(0, metresPerSecondSquaredPerLsb);
                haveAccel = true;
            }
            if (haveAccel && haveGyro) {
                System.arraycopy(pending, 0, accelAndRate, 6 * samples, 6);
                samples++;
                haveAccel = false;
                haveGyro = false;
            }
        }
        return samples;
    }

    private void decode(int first, double scale) {
        for (int axis = 0; axis < 3; axis++) {
            int lo = scratch[1 + 2 * axis] & 0xFF;
            int hi = scratch[2 + 2 * axis];
            pending[first + axis] = ((hi << 8) | lo) * scale;
        }
    }

    @Override
    public long overflows() {
        return overflows;
    }
}
