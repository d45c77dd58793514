package dev.stork.sensor.i2c;

import static dev.stork.sensor.i2c.Mpu6050Registers.*;

import java.util.Objects;

/**
 * InvenSense MPU-6050 accelerometer and gyroscope, read through its 1024-byte FIFO so that 200 Hz and more arrive
 * without gaps even when the host reads late. Frames hold accelerometer x, y, z then gyroscope x, y, z as
 * big-endian signed 16-bit words (12 bytes). Acquisition thread only; allocates nothing after construction.
 */
public final class Mpu6050Driver implements FifoImu {

    /** Accelerometer full scale (ACCEL_CONFIG AFS_SEL) and its sensitivity in LSB per g. */
    public enum AccelRange {
        G2(0, 16384), G4(1, 8192), G8(2, 4096), G16(3, 2048);

        final int afsSel;
        /** Sensitivity in LSB/g (datasheet PS-MPU-6000A, table 6.2). */
        public final double lsbPerG;

        AccelRange(int afsSel, double lsbPerG) {
            this.afsSel = afsSel;
            this.lsbPerG = lsbPerG;
        }
    }

    /** Gyroscope full scale (GYRO_CONFIG FS_SEL) and its sensitivity in LSB per °/s. */
    public enum GyroRange {
        DPS250(0, 131), DPS500(1, 65.5), DPS1000(2, 32.8), DPS2000(3, 16.4);

        final int fsSel;
        /** Sensitivity in LSB/(°/s) (datasheet PS-MPU-6000A, table 6.1). */
        public final double lsbPerDegPerSecond;

        GyroRange(int fsSel, double lsbPerDegPerSecond) {
            this.fsSel = fsSel;
            this.lsbPerDegPerSecond = lsbPerDegPerSecond;
        }
    }

    /** Digital low-pass filter (CONFIG DLPF_CFG), named by its accelerometer bandwidth in Hz. */
    public enum DigitalLowPass {
        HZ260(0), HZ184(1), HZ94(2), HZ44(3), HZ21(4), HZ10(5), HZ5(6);

        final int dlpfCfg;

        DigitalLowPass(int dlpfCfg) {
            this.dlpfCfg = dlpfCfg;
        }

        /** Gyroscope output rate in Hz that SMPLRT_DIV divides: 8 kHz with the filter off (260 Hz), else 1 kHz. */
        public int gyroOutputRateHz() {
            return dlpfCfg == 0 ? 8000 : 1000;
        }
    }

    /** Time the register map needs after DEVICE_RESET (register map, PWR_MGMT_1 reset note: 100 ms). */
    static final long RESET_WAIT_NANOS = 100_000_000L;
    /** Frames per burst read: 42 frames = 504 bytes, well under one I2C_RDWR message. */
    static final int MAX_FRAMES_PER_READ = 42;

    private static final double STANDARD_GRAVITY = 9.80665;

    private final RegisterDevice device;
    private final NanoClock clock;
    private final AccelRange accelRange;
    private final GyroRange gyroRange;
    private final DigitalLowPass lowPass;
    private final int sampleRateDivider;
    private final double sampleRateHz;
    private final double metresPerSecondSquaredPerLsb;
    private final double radiansPerSecondPerLsb;
    private final byte[] scratch = new byte[MAX_FRAMES_PER_READ * FRAME_BYTES];
    private long overflows;

    /**
     * @param sampleRateHz FIFO rate in Hz; must divide the gyroscope output rate of {@code lowPass} exactly and be
     *                     at most 1000 Hz (the accelerometer's rate)
     * @param clock        waits after reset
     * @throws IllegalArgumentException when the rate cannot be set exactly
     */
    public Mpu6050Driver(RegisterDevice device, AccelRange accelRange, GyroRange gyroRange, DigitalLowPass lowPass,
                         int sampleRateHz, NanoClock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accelRange = Objects.requireNonNull(accelRange, "accelRange");
        this.gyroRange = Objects.requireNonNull(gyroRange, "gyroRange");
        this.lowPass = Objects.requireNonNull(lowPass, "lowPass");
        int base = lowPass.gyroOutputRateHz();
        if (sampleRateHz <= 0 || sampleRateHz > 1000 || base % sampleRateHz != 0 || base / sampleRateHz > 256) {
            throw new IllegalArgumentException("MPU-6050 cannot sample at " + sampleRateHz + " Hz with DLPF "
                    + lowPass + ": the rate must divide " + base + " Hz and be 4..1000 Hz");
        }
        this.sampleRateDivider = base / sampleRateHz - 1;
        this.sampleRateHz = sampleRateHz;
        this.metresPerSecondSquaredPerLsb = STANDARD_GRAVITY / accelRange.lsbPerG;
        this.radiansPerSecondPerLsb = Math.toRadians(1.0) / gyroRange.lsbPerDegPerSecond;
    }

    /** Default settings for a wobble board: ±4 g, ±500 °/s, 44 Hz low-pass, 200 Hz. */
    public static Mpu6050Driver forWobbleBoard(RegisterDevice device, NanoClock clock) {
        return new Mpu6050Driver(device, AccelRange.G4, GyroRange.DPS500, DigitalLowPass.HZ44, 200, clock);
    }

    @Override
    public String chipName() {
        return "MPU-6050";
    }

    @Override
    public RegisterDevice device() {
        return device;
    }

    @Override
    public double sampleRateHz() {
        return sampleRateHz;
    }

    @Override
    public int maxSamplesPerRead() {
        return MAX_FRAMES_PER_READ;
    }

    /** Acceleration per LSB in m/s² for the configured range. */
    public double metresPerSecondSquaredPerLsb() {
        return metresPerSecondSquaredPerLsb;
    }

    /** Angular rate per LSB in rad/s for the configured range. */
    public double radiansPerSecondPerLsb() {
        return radiansPerSecondPerLsb;
    }

    /** Value SMPLRT_DIV is set to. */
    int sampleRateDivider() {
        return sampleRateDivider;
    }

    @Override
    public void init() throws I2cException, InterruptedException {
        int id = device.readRegister(WHO_AM_I);
        if (id != WHO_AM_I_VALUE) {
            throw new I2cException(I2cException.Kind.WRONG_CHIP, device.bus(), device.address(),
                    "WHO_AM_I reads " + I2cException.hex(id) + ", an MPU-6050 reads 0x68");
        }
        device.writeRegister(PWR_MGMT_1, PWR_MGMT_1_DEVICE_RESET);
        clock.sleepNanos(RESET_WAIT_NANOS);
        device.writeRegister(PWR_MGMT_1, PWR_MGMT_1_CLKSEL_PLL_XGYRO); // SLEEP cleared: wake up
        device.writeRegister(SMPLRT_DIV, sampleRateDivider);
        device.writeRegister(CONFIG, lowPass.dlpfCfg);
        device.writeRegister(GYRO_CONFIG, gyroRange.fsSel << FULL_SCALE_SHIFT);
        device.writeRegister(ACCEL_CONFIG, accelRange.afsSel << FULL_SCALE_SHIFT);
        restartFifo();
        device.readRegister(INT_STATUS); // clears flags raised while configuring
    }

    @Override
    public void restartFifo() throws I2cException {
        device.writeRegister(FIFO_EN, 0);
        device.writeRegister(USER_CTRL, USER_CTRL_FIFO_RESET);
        device.writeRegister(USER_CTRL, USER_CTRL_FIFO_EN);
        device.writeRegister(FIFO_EN, FIFO_EN_ACCEL | FIFO_EN_XG | FIFO_EN_YG | FIFO_EN_ZG);
    }

    @Override
    public int readFifo(double[] accelAndRate, int maxSamples) throws I2cException {
        int status = device.readRegister(INT_STATUS);
        if ((status & INT_STATUS_FIFO_OFLOW) != 0) {
            // Old frames were overwritten and the FIFO may no longer start on a frame boundary: start over.
            overflows++;
            restartFifo();
            return 0;
        }
        device.readRegisters(FIFO_COUNT_H, scratch, 0, 2);
        int countBytes = ((scratch[0] & 0xFF) << 8) | (scratch[1] & 0xFF);
        int frames = Math.min(Math.min(countBytes / FRAME_BYTES, maxSamples), MAX_FRAMES_PER_READ);
        if (frames <= 0) {
            return 0;
        }
        device.readRegisters(FIFO_R_W, scratch, 0, frames * FRAME_BYTES);
        for (int f = 0; f < frames; f++) {
            int in = f * FRAME_BYTES;
            int out = f * 6;
            for (int axis = 0; axis < 3; axis++) {
                accelAndRate[out + axis] = word(in + 2 * axis) * metresPerSecondSquaredPerLsb;
                accelAndRate[out + 3 + axis] = word(in + 6 + 2 * axis) * radiansPerSecondPerLsb;
            }
        }
        return frames;
    }

    private int word(int at) {
        return (short) (((scratch[at] & 0xFF) << 8) | (scratch[at + 1] & 0xFF));
    }

    @Override
    public long overflows() {
        return overflows;
    }
}
