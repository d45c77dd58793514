package dev.stork.sensor.i2c;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;

import java.util.Objects;

/**
 * A four-cell force plate with one NAU7802 per cell, all at 0x2A behind a TCA9548A on channels 0..3 (top-left,
 * top-right, bottom-left, bottom-right). Emits {@link PlateSample}s in raw COUNTS once every cell has a new
 * conversion; a cell that falls behind by more than {@link #STALE_PERIODS} periods is emitted with its previous
 * value and {@link PlateSample#STATUS_NOT_READY}. Sample times come from the sample count and the conversion rate,
 * {@code t = origin + n / rate}. Allocates nothing per sample.
 */
public final class Nau7802PlateSource extends PollingI2cSource {

    /** Cell names in channel order, as {@link PlateSample} names them. */
    static final String[] CELL_NAMES = {"top-left", "top-right", "bottom-left", "bottom-right"};
    /** How late a cell may be, in conversion periods, before a sample goes out without it. */
    public static final double STALE_PERIODS = 1.5;

    private final Tca9548aMux mux;
    private final Nau7802Driver[] cells;
    private final SourceDescription description;
    private final double periodNanos;
    private final int[] counts = new int[4];
    private final boolean[] fresh = new boolean[4];
    private final PlateSample sample = new PlateSample();
    private int currentCell = -1;
    private long originNanos;
    private long nextSequence;
    private long lastEmitNanos;

    /**
     * @param mux   the multiplexer the cells sit behind
     * @param cells four drivers on {@link MuxedRegisterDevice}s for channels 0..3, in PlateSample order; all at the
     *              same conversion rate
     */
    public Nau7802PlateSource(Tca9548aMux mux, Nau7802Driver[] cells, NanoClock clock) {
        super(clock);
        this.mux = Objects.requireNonNull(mux, "mux");
        if (cells.length != 4) {
            throw new IllegalArgumentException("a plate has four load cells, got " + cells.length);
        }
        this.cells = cells.clone();
        for (Nau7802Driver cell : this.cells) {
            if (cell.rate() != cells[0].rate()) {
                throw new IllegalArgumentException("all four NAU7802 must convert at the same rate, got "
                        + cell.rate() + " and " + cells[0].rate());
            }
        }
        RegisterDevice muxDevice = mux.device();
        String where = "multiplexer " + I2cException.hex(muxDevice.address()) + " on bus " + muxDevice.bus();
        this.description = new SourceDescription("four NAU7802 load cells behind " + where,
                SourceDescription.BoardKind.FORCE_PLATE, cells[0].rate().hz, SourceDescription.CellUnit.COUNTS,
                "i2c-" + muxDevice.bus() + "-" + I2cException.hex(muxDevice.address()) + "-nau7802x4");
        this.periodNanos = 1e9 / cells[0].rate().hz;
    }

    /**
     * Builds the plate from a bus: the multiplexer at {@code muxAddress} and the cells at 0x2A on channels 0..3,
     * gain 128, 3.3 V LDO, {@code rate}.
     */
    public static Nau7802PlateSource open(RegisterDeviceFactory factory, int bus, int muxAddress,
                                          Nau7802Driver.ConversionRate rate, NanoClock clock) throws I2cException {
        Tca9548aMux mux = new Tca9548aMux(factory.open(bus, muxAddress));
        RegisterDevice cellAddress = factory.open(bus, Nau7802Registers.ADDRESS);
        Nau7802Driver[] cells = new Nau7802Driver[4];
        for (int channel = 0; channel < 4; channel++) {
            cells[channel] = new Nau7802Driver(new MuxedRegisterDevice(mux, channel, cellAddress),
                    Nau7802Driver.Gain.X128, Nau7802Driver.Ldo.V3_3, rate, clock);
        }
        return new Nau7802PlateSource(mux, cells, clock);
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    /** A quarter period: each conversion is picked up within a quarter of its period. */
    @Override
    protected long pollIntervalNanos() {
        return (long) (periodNanos / 4);
    }

    @Override
    protected void setUp(boolean afterOutage) throws I2cException, InterruptedException {
        mux.forget();
        for (currentCell = 0; currentCell < 4; currentCell++) {
            cells[currentCell].powerUp();
            fresh[currentCell] = false;
        }
        currentCell = -1;
        long now = clock.nanoTime();
        if (afterOutage) {
            nextSequence = Math.max(nextSequence + 1, Math.round((now - originNanos) / periodNanos) + 1);
        } else {
            originNanos = now + (long) periodNanos;
            nextSequence = 0;
        }
        lastEmitNanos = now;
    }

    @Override
    protected void poll(SampleListener listener) throws I2cException {
        boolean all = true;
        for (currentCell = 0; currentCell < 4; currentCell++) {
            if (!fresh[currentCell] && cells[currentCell].readIfReady()) {
                fresh[currentCell] = true;
                counts[currentCell] = cells[currentCell].counts();
            }
            all &= fresh[currentCell];
        }
        currentCell = -1;
        long now = clock.nanoTime();
        if (all || now - lastEmitNanos > STALE_PERIODS * periodNanos) {
            int status = all ? 0 : PlateSample.STATUS_NOT_READY;
            for (int c = 0; c < 4; c++) {
                if (Nau7802Driver.saturated(counts[c])) {
                    status |= PlateSample.STATUS_SATURATED;
                }
                fresh[c] = false;
            }
            long seq = nextSequence++;
            sample.set(originNanos + Math.round(seq * periodNanos), seq, counts[0], counts[1], counts[2], counts[3],
                    status);
            lastEmitNanos = now;
            listener.onPlateSample(sample);
        }
    }

    @Override
    protected String describe(I2cException failure) {
        if (currentCell < 0 || failure.address() == mux.device().address()) {
            return "load-cell multiplexer (TCA9548A)";
        }
        return "load cell " + CELL_NAMES[currentCell] + " (NAU7802, multiplexer channel " + currentCell + ")";
    }
}
