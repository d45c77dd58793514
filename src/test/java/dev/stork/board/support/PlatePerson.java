package dev.stork.board.support;

import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;

/**
 * A simulated person on an emulated serial plate, who does what a test asks when it asks: steps on, stands on both
 * legs, lifts a foot and holds, touches down and steps off ({@link PlateSessionModel}), then leaves the plate empty.
 * The forces become raw counts through {@link UncalibratedCells}, as a real plate's load cells would give them.
 *
 * <p>The person lives on the host's clock, not the plate's: the sample written at host time t shows where the
 * performance is at t, so a person carries on through an unplugged cable as a real one would, and the plate shows
 * whatever they are doing once it is back. {@link #perform} is called from the test's thread; {@link #fill} from
 * the emulator's writer thread.
 */
public final class PlatePerson implements EmulatedSerialPlate.CellSignal {
    private final PersonModel person;
    private final double rateHz;
    private final UncalibratedCells cells;
    private final double cellSpacingMlM;
    private final double cellSpacingApM;
    private final PlateSample newtons = new PlateSample();
    private final PlateSample raw = new PlateSample();
    private volatile Performance requested;
    private Performance playing;
    private long samplesPlayed;

    private static final class Performance {
        final PlateSessionModel model;
        final long startNanos;
        volatile boolean done;

        Performance(PlateSessionModel model, long startNanos) {
            this.model = model;
            this.startNanos = startNanos;
        }
    }

    /**
     * @param person         the body
     * @param rateHz         the plate's sample rate, Hz
     * @param cells          the true response of the plate's load cells
     * @param cellSpacingMlM distance between left and right cells, m
     * @param cellSpacingApM distance between front and back cells, m
     */
    public PlatePerson(PersonModel person, double rateHz, UncalibratedCells cells, double cellSpacingMlM,
                       double cellSpacingApM) {
        this.person = person;
        this.rateHz = rateHz;
        this.cells = cells;
        this.cellSpacingMlM = cellSpacingMlM;
        this.cellSpacingApM = cellSpacingApM;
    }

    /** Starts doing {@code script} ({@link SessionScript} syntax) now, on the host's clock. */
    public void perform(String script, long seed) {
        requested = new Performance(new PlateSessionModel(SessionScript.parse(script), person, rateHz,
                cellSpacingMlM, cellSpacingApM, seed), System.nanoTime());
    }

    /** Whether a performance is still going (the person is on the plate or just stepped off). */
    public boolean busy() {
        Performance p = requested;
        return p != null && !p.done;
    }

    @Override
    public void fill(long hostNanos, int sequence, int[] counts) {
        Performance p = requested;
        if (p != playing) {
            playing = p;
            samplesPlayed = 0;
        }
        if (p != null && !p.done) {
            // Every model sample due by now, so the person keeps time with the host while the plate is away; the
            // latest one is what the plate shows.
            long due = (long) Math.floor((hostNanos - p.startNanos) * 1e-9 * rateHz) + 1;
            while (samplesPlayed < due && p.model.next(newtons, 0)) {
                samplesPlayed++;
            }
            if (samplesPlayed < due) {
                p.done = true;
            }
        }
        if (p == null || p.done) {
            newtons.set(hostNanos, sequence, 0, 0, 0, 0, 0);
        }
        cells.toRaw(newtons, 0, raw);
        counts[0] = (int) Math.round(raw.topLeft);
        counts[1] = (int) Math.round(raw.topRight);
        counts[2] = (int) Math.round(raw.bottomLeft);
        counts[3] = (int) Math.round(raw.bottomRight);
    }
}
