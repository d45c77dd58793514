package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.NanoClock;

import java.util.Arrays;
import java.util.Objects;

/**
 * Register-level LSM6DSOX: WHO_AM_I 0x6C, CTRL3_C = 0x04 after reset (IF_INC on), SW_RESET, output data rates and
 * full scales from CTRL1_XL and CTRL2_G, output registers with STATUS_REG XLDA/GDA (cleared by reading the
 * matching output registers), and a tagged FIFO: in continuous mode (FIFO_CTRL4 = 6) every output period with
 * BDR_GY and BDR_XL set pushes a gyroscope word (tag 0x01) then an accelerometer word (tag 0x02), each a tag byte
 * and x, y, z little-endian; when full the oldest word is overwritten and FIFO_OVR_IA is set. Reading
 * FIFO_DATA_OUT_TAG pops a word into 0x78..0x7E. Burst reads increment only while CTRL3_C.IF_INC is set. The FIFO
 * holds {@link #FIFO_WORDS} words, fewer than the chip's 9 kB, so overflow is quick to reach in tests.
 */
public final class Lsm6dsoxEmulation extends EmulatedChip {

    /** FIFO capacity in words in this emulation. */
    public static final int FIFO_WORDS = 512;

    private static final int FIFO_CTRL3 = 0x09;
    private static final int FIFO_CTRL4 = 0x0A;
    private static final int WHO_AM_I = 0x0F;
    private static final int CTRL1_XL = 0x10;
    private static final int CTRL2_G = 0x11;
    private static final int CTRL3_C = 0x12;
    private static final int STATUS_REG = 0x1E;
    private static final int OUTX_L_G = 0x22;
    private static final int OUTX_L_A = 0x28;
    private static final int FIFO_STATUS1 = 0x3A;
    private static final int FIFO_STATUS2 = 0x3B;
    private static final int FIFO_DATA_OUT_TAG = 0x78;
    private static final int WORD = 7;
    /** ODR codes 0..10 in Hz (0 = power-down). */
    private static final double[] ODR_HZ = {0, 12.5, 26, 52, 104, 208, 416, 833, 1666, 3333, 6666};
    /** mg/LSB for FS_XL 00, 01, 10, 11: ±2, ±16, ±4, ±8 g. */
    private static final double[] ACCEL_MG_PER_LSB = {0.061, 0.488, 0.122, 0.244};
    /** m°/s per LSB for FS_G 00..11: 250, 500, 1000, 2000 °/s. */
    private static final double[] GYRO_MDPS_PER_LSB = {8.75, 17.5, 35, 70};

    private final ImuMotion motion;
    private final double[] values = new double[6];
    private final byte[] fifo = new byte[FIFO_WORDS * WORD];
    private int fifoHead;
    private int fifoWords;
    private boolean overrun;
    private long gridStartNanos = Long.MAX_VALUE;
    private long gridIndex;
    private long samplesProduced;

    /**
     * @param address 0x6A (SA0 low) or 0x6B
     * @param motion  what the chip feels
     */
    public Lsm6dsoxEmulation(int bus, int address, NanoClock clock, ImuMotion motion) {
        super(bus, address, clock);
        this.motion = Objects.requireNonNull(motion, "motion");
        powerOnReset();
    }

    @Override
    public void powerOnReset() {
        Arrays.fill(registers, (byte) 0);
        registers[WHO_AM_I] = 0x6C;
        registers[CTRL3_C] = 0x04;
        fifoHead = 0;
        fifoWords = 0;
        overrun = false;
        gridStartNanos = Long.MAX_VALUE;
    }

    /** Samples generated since the last reset. */
    public long samplesProduced() {
        return samplesProduced;
    }

    /** Words waiting in the FIFO. */
    public int fifoWords() {
        return fifoWords;
    }

    private double rateHz() {
        return ODR_HZ[Math.min(10, (registers[CTRL2_G] >> 4) & 0x0F)];
    }

    @Override
    protected void advanceTo(long nowNanos) {
        double hz = rateHz();
        if (hz == 0) {
            return;
        }
        double periodNanos = 1e9 / hz;
        // Sample k is due at start + k periods, computed from k so that no rounding accumulates.
        long due;
        while (gridStartNanos != Long.MAX_VALUE
                && (due = gridStartNanos + Math.round((gridIndex + 1) * periodNanos)) <= nowNanos) {
            produce(due);
            gridIndex++;
        }
    }

    private void produce(long timeNanos) {
        motion.valuesAt(timeNanos, values);
        double accelLsbPerMs2 = 1000 / (ACCEL_MG_PER_LSB[(registers[CTRL1_XL] >> 2) & 0x03]
                * ImuMotion.STANDARD_GRAVITY);
        double gyroMdps = (registers[CTRL2_G] & 0x02) != 0 ? 4.375 : GYRO_MDPS_PER_LSB[(registers[CTRL2_G] >> 2) & 3];
        double gyroLsbPerRads = 180 / Math.PI * 1000 / gyroMdps;
        for (int axis = 0; axis < 3; axis++) {
            putLittleEndian16(OUTX_L_G + 2 * axis, toInt16(values[3 + axis] * gyroLsbPerRads));
            putLittleEndian16(OUTX_L_A + 2 * axis, toInt16(values[axis] * accelLsbPerMs2));
        }
        registers[STATUS_REG] |= 0x03; // GDA, XLDA
        samplesProduced++;
        int fifoCtrl3 = registers[FIFO_CTRL3] & 0xFF;
        if ((registers[FIFO_CTRL4] & 0x07) == 0x06) {
            if ((fifoCtrl3 >> 4) != 0) {
                pushWord(0x01 << 3, OUTX_L_G);
            }
            if ((fifoCtrl3 & 0x0F) != 0) {
                pushWord(0x02 << 3, OUTX_L_A);
            }
        }
    }

    private void putLittleEndian16(int register, int value) {
        registers[register] = (byte) value;
        registers[register + 1] = (byte) (value >> 8);
    }

    private void pushWord(int tag, int firstRegister) {
        if (fifoWords == FIFO_WORDS) {
            fifoHead = (fifoHead + 1) % FIFO_WORDS; // continuous mode: the oldest word goes
            fifoWords--;
            overrun = true;
        }
        int at = ((fifoHead + fifoWords) % FIFO_WORDS) * WORD;
        fifo[at] = (byte) tag;
        System.arraycopy(registers, firstRegister, fifo, at + 1, 6);
        fifoWords++;
    }

    @Override
    protected int read(int register) {
        switch (register) {
            case FIFO_STATUS1:
                return fifoWords & 0xFF;
            case FIFO_STATUS2: {
                int value = ((fifoWords >> 8) & 0x03) | (overrun ? 0x40 : 0) | (fifoWords == FIFO_WORDS ? 0x20 : 0);
                return value;
            }
            case FIFO_DATA_OUT_TAG:
                if (fifoWords == 0) {
                    Arrays.fill(registers, FIFO_DATA_OUT_TAG, FIFO_DATA_OUT_TAG + WORD, (byte) 0);
                } else {
                    System.arraycopy(fifo, fifoHead * WORD, registers, FIFO_DATA_OUT_TAG, WORD);
                    fifoHead = (fifoHead + 1) % FIFO_WORDS;
                    fifoWords--;
                }
                return registers[FIFO_DATA_OUT_TAG] & 0xFF;
            default:
                if (register >= OUTX_L_G && register < OUTX_L_G + 6) {
                    registers[STATUS_REG] &= ~0x02;
                } else if (register >= OUTX_L_A && register < OUTX_L_A + 6) {
                    registers[STATUS_REG] &= ~0x01;
                }
                return registers[register] & 0xFF;
        }
    }

    @Override
    protected void write(int register, int value) {
        switch (register) {
            case CTRL3_C:
                if ((value & 0x01) != 0) {
                    powerOnReset(); // SW_RESET clears itself
                } else {
                    registers[CTRL3_C] = (byte) value;
                }
                break;
            case CTRL1_XL:
            case CTRL2_G:
                registers[register] = (byte) value;
                gridStartNanos = rateHz() == 0 ? Long.MAX_VALUE : clock.nanoTime();
                gridIndex = 0;
                break;
            case FIFO_CTRL4:
                registers[FIFO_CTRL4] = (byte) value;
                if ((value & 0x07) == 0) { // bypass: FIFO off and emptied
                    fifoHead = 0;
                    fifoWords = 0;
                    overrun = false;
                }
                break;
            case WHO_AM_I:
            case STATUS_REG:
            case FIFO_STATUS1:
            case FIFO_STATUS2:
                break; // read-only
            default:
                registers[register] = (byte) value;
        }
    }

    @Override
    protected int nextInBurst(int register) {
        return (registers[CTRL3_C] & 0x04) != 0 ? super.nextInBurst(register) : register;
    }
}
