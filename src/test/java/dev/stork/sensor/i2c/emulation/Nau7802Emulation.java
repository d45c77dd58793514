package dev.stork.sensor.i2c.emulation;

import dev.stork.sensor.i2c.NanoClock;

import java.util.Arrays;
import java.util.Objects;

/**
 * Register-level NAU7802 at 0x2A: RR resets every register but RR itself; PUD raises PUR after
 * {@link #POWER_UP_NANOS}; with PUD, PUA, PUR and CS set the chip converts at the CTRL2 CRS rate, latching each
 * result into ADCO_B2..B0 (24-bit two's complement, saturating) and setting CR, which reading ADCO_B0 clears. A
 * result not read before the next one is overwritten, as on the chip. CALS runs an internal calibration for two
 * conversion periods, then clears and sets CAL_ERR if {@link #failCalibration(boolean)} asked for it. Reads
 * auto-increment. REVISION_ID reads 0x0F.
 */
public final class Nau7802Emulation extends EmulatedChip {

    /** The chip's only address. */
    public static final int ADDRESS = 0x2A;
    /** Time from PUD to PUR in this emulation; the datasheet only says to wait about 200 µs. */
    public static final long POWER_UP_NANOS = 200_000L;

    private static final int PU_CTRL = 0x00;
    private static final int CTRL2 = 0x02;
    private static final int ADCO_B2 = 0x12;
    private static final int ADCO_B0 = 0x14;
    private static final int REVISION_ID = 0x1F;
    private static final int PUD = 0x02;
    private static final int PUA = 0x04;
    private static final int PUR = 0x08;
    private static final int CS = 0x10;
    private static final int CR = 0x20;
    private static final int CALS = 0x04;
    private static final int CAL_ERR = 0x08;
    private static final int[] CRS_HZ = {10, 20, 40, 80, 80, 80, 80, 320};

    private final LoadSignal load;
    private boolean calibrationFails;
    private boolean neverReady;
    private long powerReadyAtNanos = Long.MAX_VALUE;
    private long calibrationDoneAtNanos = Long.MAX_VALUE;
    private long conversionStartNanos = Long.MAX_VALUE;
    private long conversionsDone;
    private long conversionsProduced;
    private long conversionsRead;

    /** @param load what the cell's ADC converts */
    public Nau7802Emulation(int bus, NanoClock clock, LoadSignal load) {
        super(bus, ADDRESS, clock);
        this.load = Objects.requireNonNull(load, "load");
        powerOnReset();
    }

    @Override
    public void powerOnReset() {
        Arrays.fill(registers, (byte) 0);
        registers[0x07] = (byte) 0x80; // GCAL1 = 0x00800000, gain 1.0
        registers[REVISION_ID] = 0x0F;
        powerReadyAtNanos = Long.MAX_VALUE;
        calibrationDoneAtNanos = Long.MAX_VALUE;
        conversionStartNanos = Long.MAX_VALUE;
    }

    /** Makes the next internal calibrations end with CAL_ERR set. */
    public void failCalibration(boolean fail) {
        calibrationFails = fail;
    }

    /** Makes PUR never come up, as with a missing supply. */
    public void neverPowerUp(boolean never) {
        neverReady = never;
    }

    /** Conversions completed since conversions started, read or not. */
    public long conversionsProduced() {
        return conversionsProduced;
    }

    /** Conversions the host read (ADCO_B0 read while CR was set). */
    public long conversionsRead() {
        return conversionsRead;
    }

    /** Conversion period from CTRL2 CRS. */
    public long periodNanos() {
        return 1_000_000_000L / CRS_HZ[(registers[CTRL2] >> 4) & 0x07];
    }

    private boolean converting() {
        int pu = registers[PU_CTRL];
        return (pu & (PUD | PUA | PUR | CS)) == (PUD | PUA | PUR | CS);
    }

    @Override
    protected void advanceTo(long nowNanos) {
        if (nowNanos >= powerReadyAtNanos) {
            registers[PU_CTRL] |= PUR;
            powerReadyAtNanos = Long.MAX_VALUE;
        }
        if (nowNanos >= calibrationDoneAtNanos) {
            calibrationDoneAtNanos = Long.MAX_VALUE;
            int ctrl2 = registers[CTRL2] & ~CALS & ~CAL_ERR;
            registers[CTRL2] = (byte) (calibrationFails ? ctrl2 | CAL_ERR : ctrl2);
            conversionStartNanos = nowNanos; // conversions resume after calibration
            conversionsDone = 0;
        }
        if (!converting() || calibrationDoneAtNanos != Long.MAX_VALUE || nowNanos < conversionStartNanos) {
            return;
        }
        long period = periodNanos();
        long due = (nowNanos - conversionStartNanos) / period;
        if (due > conversionsDone) {
            long timeNanos = conversionStartNanos + due * period;
            conversionsProduced += due - conversionsDone;
            conversionsDone = due;
            long code = Math.round(load.countsAt(timeNanos));
            int counts = (int) Math.max(-0x800000L, Math.min(0x7FFFFFL, code));
            registers[ADCO_B2] = (byte) (counts >> 16);
            registers[ADCO_B2 + 1] = (byte) (counts >> 8);
            registers[ADCO_B0] = (byte) counts;
            registers[PU_CTRL] |= CR;
        }
    }

    @Override
    protected int read(int register) {
        int value = registers[register] & 0xFF;
        if (register == ADCO_B0 && (registers[PU_CTRL] & CR) != 0) {
            registers[PU_CTRL] &= ~CR;
            conversionsRead++;
        }
        return value;
    }

    @Override
    protected void write(int register, int value) {
        long now = clock.nanoTime();
        switch (register) {
            case PU_CTRL: {
                if ((value & 0x01) != 0) { // RR: reset everything but RR
                    powerOnReset();
                    registers[PU_CTRL] = 0x01;
                    return;
                }
                int old = registers[PU_CTRL];
                int kept = old & (PUR | CR); // read-only status bits
                if ((value & PUD) == 0) {
                    kept = 0; // powered down: not ready, nothing converted
                    powerReadyAtNanos = Long.MAX_VALUE;
                } else if ((old & PUD) == 0 && !neverReady) {
                    powerReadyAtNanos = now + POWER_UP_NANOS;
                }
                registers[PU_CTRL] = (byte) ((value & ~(PUR | CR)) | kept);
                if ((value & CS) != 0 && (old & CS) == 0) {
                    conversionStartNanos = now;
                    conversionsDone = 0;
                }
                return;
            }
            case CTRL2: {
                int readOnly = registers[CTRL2] & CAL_ERR;
                registers[CTRL2] = (byte) ((value & ~CAL_ERR) | readOnly);
                if ((value & CALS) != 0) {
                    registers[CTRL2] &= ~CAL_ERR;
                    calibrationDoneAtNanos = now + 2 * periodNanos();
                }
                return;
            }
            case REVISION_ID:
                return; // read-only
            default:
                registers[register] = (byte) value;
        }
    }
}
