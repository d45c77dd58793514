package dev.stork.sensor.i2c;

import static dev.stork.sensor.i2c.Nau7802Registers.*;

import java.util.Objects;

/**
 * Nuvoton NAU7802 24-bit ADC for one load cell: power-up sequence, gain, internal LDO, conversion rate, internal
 * offset calibration and polling of the cycle-ready flag. Results are raw counts (two's complement, 24 bits).
 * Acquisition thread only; allocates nothing after construction.
 */
public final class Nau7802Driver {

    /** PGA gain (CTRL1 GAINS). */
    public enum Gain {
        X1(0), X2(1), X4(2), X8(3), X16(4), X32(5), X64(6), X128(7);

        final int code;

        Gain(int code) {
            this.code = code;
        }
    }

    /** Internal LDO output for AVDD (CTRL1 VLDO), named by voltage. */
    public enum Ldo {
        V4_5(0), V4_2(1), V3_9(2), V3_6(3), V3_3(4), V3_0(5), V2_7(6), V2_4(7);

        final int code;

        Ldo(int code) {
            this.code = code;
        }
    }

    /** Conversion rate (CTRL2 CRS) in samples per second. */
    public enum ConversionRate {
        SPS10(0, 10), SPS20(1, 20), SPS40(2, 40), SPS80(3, 80), SPS320(7, 320);

        final int code;
        /** Conversions per second. */
        public final int hz;

        ConversionRate(int code, int hz) {
            this.code = code;
            this.hz = hz;
        }
    }

    /** Poll interval while waiting for power-up ready (PUR). */
    static final long POWER_UP_POLL_NANOS = 100_000L;
    /** Give up on PUR after this long; the datasheet's power-up takes well under a millisecond. */
    static final long POWER_UP_TIMEOUT_NANOS = 10_000_000L;
    /** Poll interval while the internal calibration runs. */
    static final long CALIBRATION_POLL_NANOS = 1_000_000L;

    /** Largest and smallest 24-bit codes: the ADC is saturated there. */
    public static final int MAX_COUNTS = 0x7FFFFF;
    public static final int MIN_COUNTS = -0x800000;

    private final RegisterDevice device;
    private final NanoClock clock;
    private final Gain gain;
    private final Ldo ldo;
    private final ConversionRate rate;
    private final byte[] scratch = new byte[3];
    private int counts;

    /**
     * @param device the chip (directly, or a {@link MuxedRegisterDevice} behind a multiplexer)
     * @param clock  waits while the chip powers up and calibrates
     */
    public Nau7802Driver(RegisterDevice device, Gain gain, Ldo ldo, ConversionRate rate, NanoClock clock) {
        this.device = Objects.requireNonNull(device, "device");
        this.gain = Objects.requireNonNull(gain, "gain");
        this.ldo = Objects.requireNonNull(ldo, "ldo");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Settings for a load cell on a force plate: gain 128, 3.3 V LDO, 80 samples/s. */
    public static Nau7802Driver forLoadCell(RegisterDevice device, NanoClock clock) {
        return new Nau7802Driver(device, Gain.X128, Ldo.V3_3, ConversionRate.SPS80, clock);
    }

    /** The device (for bus and address in messages). */
    public RegisterDevice device() {
        return device;
    }

    /** The configured conversion rate. */
    public ConversionRate rate() {
        return rate;
    }

    /**
     * Resets and powers the chip up, configures it, runs the internal offset calibration and starts conversions:
     * RR, PUD, wait for PUR, PUA with the internal LDO, CTRL1 gain and LDO, CTRL2 rate, CS, then CALS until it
     * clears. Also used to recover a chip that lost power.
     *
     * @throws I2cException TIMEOUT when PUR or CALS never settle, CHIP_ERROR when CAL_ERR is set
     */
    public void powerUp() throws I2cException, InterruptedException {
        device.writeRegister(PU_CTRL, PU_CTRL_RR);
        device.writeRegister(PU_CTRL, PU_CTRL_PUD); // RR back to 0, digital on
        long waitedNanos = 0;
        while ((device.readRegister(PU_CTRL) & PU_CTRL_PUR) == 0) {
            if (waitedNanos >= POWER_UP_TIMEOUT_NANOS) {
                throw new I2cException(I2cException.Kind.TIMEOUT, device.bus(), device.address(),
                        "NAU7802 power-up ready (PUR) not set after " + waitedNanos / 1_000_000 + " ms");
            }
            clock.sleepNanos(POWER_UP_POLL_NANOS);
            waitedNanos += POWER_UP_POLL_NANOS;
        }
        int powered = PU_CTRL_PUD | PU_CTRL_PUA | PU_CTRL_AVDDS;
        device.writeRegister(PU_CTRL, powered);
        device.writeRegister(CTRL1, (ldo.code << CTRL1_VLDO_SHIFT) | gain.code);
        device.writeRegister(CTRL2, rate.code << CTRL2_CRS_SHIFT);
        device.writeRegister(PU_CTRL, powered | PU_CTRL_CS);
        calibrate();
    }

    /** Runs the internal offset calibration (CALMOD 00) and waits for it, checking CAL_ERR. */
    public void calibrate() throws I2cException, InterruptedException {
        device.writeRegister(CTRL2, (rate.code << CTRL2_CRS_SHIFT) | CTRL2_CALS);
        long timeoutNanos = 50L * 1_000_000_000L / rate.hz; // a few conversion cycles; 50 is generous
        long waitedNanos = 0;
        int ctrl2;
        while (((ctrl2 = device.readRegister(CTRL2)) & CTRL2_CALS) != 0) {
            if (waitedNanos >= timeoutNanos) {
                throw new I2cException(I2cException.Kind.TIMEOUT, device.bus(), device.address(),
                        "NAU7802 calibration (CALS) still running after " + waitedNanos / 1_000_000 + " ms");
            }
            clock.sleepNanos(CALIBRATION_POLL_NANOS);
            waitedNanos += CALIBRATION_POLL_NANOS;
        }
        if ((ctrl2 & CTRL2_CAL_ERR) != 0) {
            throw new I2cException(I2cException.Kind.CHIP_ERROR, device.bus(), device.address(),
                    "NAU7802 offset calibration failed (CAL_ERR): check the load-cell wiring");
        }
    }

    /**
     * Reads the result if a new conversion is ready (CR), keeping it for {@link #counts()}.
     *
     * @return true when a new conversion was read
     */
    public boolean readIfReady() throws I2cException {
        if ((device.readRegister(PU_CTRL) & PU_CTRL_CR) == 0) {
            return false;
        }
        device.readRegisters(ADCO_B2, scratch, 0, 3);
        counts = ((scratch[0] << 24) | ((scratch[1] & 0xFF) << 16) | ((scratch[2] & 0xFF) << 8)) >> 8;
        return true;
    }

    /** The last conversion read, in counts (-8388608 .. 8388607). */
    public int counts() {
        return counts;
    }

    /** True when {@code counts} is at either end of the 24-bit range. */
    public static boolean saturated(int counts) {
        return counts >= MAX_COUNTS || counts <= MIN_COUNTS;
    }
}
