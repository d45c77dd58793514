package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.NanoClock;

import java.util.Objects;

/**
 * Register-level MPU-6050: WHO_AM_I 0x68, sleep after reset (PWR_MGMT_1 = 0x40), DEVICE_RESET, the sample rate
 * from SMPLRT_DIV and DLPF_CFG, full scales from FS_SEL and AFS_SEL, data registers and DATA_RDY, and a
 * 1024-byte FIFO filled in register order (accelerometer, temperature, gyroscope x, y, z) for the sensors enabled in
 * FIFO_EN while USER_CTRL.FIFO_EN is set. When full, the oldest bytes are overwritten and FIFO_OFLOW_INT is set.
 * A burst read of FIFO_R_W stays on FIFO_R_W (no auto-increment), every other burst increments.
 */
public final class Mpu6050Emulation extends EmulatedChip {

    private static final int SMPLRT_DIV = 0x19;
    private static final int CONFIG = 0x1A;
    private static final int GYRO_CONFIG = 0x1B;
    private static final int ACCEL_CONFIG = 0x1C;
    private static final int FIFO_EN = 0x23;
    private static final int INT_STATUS = 0x3A;
    private static final int ACCEL_XOUT_H = 0x3B;
    private static final int TEMP_OUT_H = 0x41;
    private static final int GYRO_XOUT_H = 0x43;
    private static final int USER_CTRL = 0x6A;
    private static final int PWR_MGMT_1 = 0x6B;
    private static final int FIFO_COUNT_H = 0x72;
    private static final int FIFO_COUNT_L = 0x73;
    private static final int FIFO_R_W = 0x74;
    private static final int WHO_AM_I = 0x75;
    private static final double[] GYRO_LSB_PER_DPS = {131, 65.5, 32.8, 16.4};
    /** 25 °C as TEMP_OUT: (25 - 36.53) * 340 (register map, section 4.18). */
    private static final int TEMP_25C = (int) Math.round((25 - 36.53) * 340);

    private final ImuMotion motion;
    private final double[] values = new double[6];
    private final int[] raw = new int[7];
    private final ByteFifo fifo = new ByteFifo(1024);
    private long nextSampleNanos;
    private long samplesProduced;

    /**
     * @param address 0x68 (AD0 low) or 0x69
     * @param motion  what the chip feels
     */
    public Mpu6050Emulation(int bus, int address, NanoClock clock, ImuMotion motion) {
        super(bus, address, clock);
        this.motion = Objects.requireNonNull(motion, "motion");
        powerOnReset();
    }

    @Override
    public void powerOnReset() {
        java.util.Arrays.fill(registers, (byte) 0);
        registers[PWR_MGMT_1] = 0x40; // SLEEP
        registers[WHO_AM_I] = 0x68;
        fifo.clear();
        nextSampleNanos = clock.nanoTime() + periodNanos();
    }

    /** Samples generated since the last reset, whether or not they went into the FIFO. */
    public long samplesProduced() {
        return samplesProduced;
    }

    /** Bytes waiting in the FIFO. */
    public int fifoBytes() {
        return fifo.size();
    }

    /** Sample period from SMPLRT_DIV and the gyroscope output rate (8 kHz with DLPF_CFG 0 or 7, else 1 kHz). */
    public long periodNanos() {
        int dlpf = registers[CONFIG] & 0x07;
        int gyroOutputHz = (dlpf == 0 || dlpf == 7) ? 8000 : 1000;
        return Math.round(1e9 * (1 + (registers[SMPLRT_DIV] & 0xFF)) / gyroOutputHz);
    }

    private boolean asleep() {
        return (registers[PWR_MGMT_1] & 0x40) != 0;
    }

    @Override
    protected void advanceTo(long nowNanos) {
        if (asleep()) {
            nextSampleNanos = nowNanos + periodNanos();
            return;
        }
        long period = periodNanos();
        while (nextSampleNanos <= nowNanos) {
            produce(nextSampleNanos);
            nextSampleNanos += period;
        }
    }

    private void produce(long timeNanos) {
        motion.valuesAt(timeNanos, values);
        double lsbPerMs2 = (16384 >> ((registers[ACCEL_CONFIG] >> 3) & 0x03)) / ImuMotion.STANDARD_GRAVITY;
        double lsbPerRads = GYRO_LSB_PER_DPS[(registers[GYRO_CONFIG] >> 3) & 0x03] * 180 / Math.PI;
        for (int axis = 0; axis < 3; axis++) {
            raw[axis] = toInt16(values[axis] * lsbPerMs2);
            raw[4 + axis] = toInt16(values[3 + axis] * lsbPerRads);
        }
        raw[3] = TEMP_25C;
        for (int word = 0; word < 7; word++) {
            putBigEndian16(ACCEL_XOUT_H + 2 * word, raw[word]);
        }
        registers[INT_STATUS] |= 0x01; // DATA_RDY_INT
        samplesProduced++;
        if ((registers[USER_CTRL] & 0x40) != 0) {
            int enabled = registers[FIFO_EN] & 0xFF;
            boolean kept = true;
            if ((enabled & 0x08) != 0) {
                kept &= pushWords(ACCEL_XOUT_H, 3);
            }
            if ((enabled & 0x80) != 0) {
                kept &= pushWords(TEMP_OUT_H, 1);
            }
            for (int axis = 0; axis < 3; axis++) {
                if ((enabled & (0x40 >> axis)) != 0) {
                    kept &= pushWords(GYRO_XOUT_H + 2 * axis, 1);
                }
            }
            if (!kept) {
                registers[INT_STATUS] |= 0x10; // FIFO_OFLOW_INT
            }
        }
    }

    private boolean pushWords(int register, int words) {
        boolean kept = true;
        for (int i = 0; i < 2 * words; i++) {
            kept &= fifo.push(registers[register + i]);
        }
        return kept;
    }

    @Override
    protected int read(int register) {
        switch (register) {
            case INT_STATUS: {
                int value = registers[INT_STATUS] & 0xFF;
                registers[INT_STATUS] = 0; // cleared by reading
                return value;
            }
            case FIFO_COUNT_H:
                return fifo.size() >> 8;
            case FIFO_COUNT_L:
                return fifo.size() & 0xFF;
            case FIFO_R_W: {
                int value = fifo.pop();
                return value < 0 ? 0 : value;
            }
            default:
                return registers[register] & 0xFF;
        }
    }

    @Override
    protected void write(int register, int value) {
        switch (register) {
            case PWR_MGMT_1:
                if ((value & 0x80) != 0) {
                    powerOnReset(); // DEVICE_RESET clears itself
                } else {
                    registers[PWR_MGMT_1] = (byte) value;
                }
                break;
            case USER_CTRL:
                if ((value & 0x04) != 0) {
                    fifo.clear(); // FIFO_RESET clears itself
                }
                registers[USER_CTRL] = (byte) (value & ~0x07);
                break;
            case SMPLRT_DIV:
            case CONFIG:
                registers[register] = (byte) value;
                nextSampleNanos = clock.nanoTime() + periodNanos();
                break;
            case WHO_AM_I:
            case INT_STATUS:
            case FIFO_COUNT_H:
            case FIFO_COUNT_L:
                break; // read-only
            case FIFO_R_W:
                fifo.push(value);
                break;
            default:
                registers[register] = (byte) value;
        }
    }

    @Override
    protected int nextInBurst(int register) {
        return register == FIFO_R_W ? FIFO_R_W : super.nextInBurst(register);
    }
}
