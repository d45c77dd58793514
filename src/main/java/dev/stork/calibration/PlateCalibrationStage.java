package dev.stork.calibration;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import java.nio.file.Path;

/**
 * The live calibration of a plate, between a {@link dev.stork.sensor.SampleSource} and the pipeline: turns each
 * sample's raw cells (counts or kg) into newtons with the active {@link PlateProfile} and hands the result on.
 *
 * <p><b>Swapping profiles.</b> {@link #use} may be called from any thread: it publishes an immutable coefficient
 * holder through a volatile field, and the acquisition thread picks it up between two samples. No lock is taken
 * and nothing is allocated per sample. A file that fails to load ({@link #load}) leaves the active profile in use.
 *
 * <p><b>Auto-zero.</b> When the board has stayed empty (total below {@link EmptyBoardSettings#maxLoadN()}) and
 * steady for {@link EmptyBoardSettings#autoZeroS()}, the mean of each cell becomes its zero correction, until the
 * next auto-zero or a new profile. <b>Drift.</b> At each auto-zero the empty reading is compared with the
 * calibration's zero; beyond {@link EmptyBoardSettings#driftWarnN()} a {@link HealthEvent.Kind#WARNING} goes to
 * the downstream listener (once, until the drift falls back below half the threshold or a new profile arrives).
 *
 * <p>All {@link SampleListener} methods run on the acquisition thread. The sample handed on is reused.
 */
public final class PlateCalibrationStage implements SampleListener {
    private final SampleListener downstream;
    private final EmptyBoardSettings settings;
    private final ProfileDirectory directory;
    private final PlateSample out = new PlateSample();
    private final double[] cellN = new double[4];
    private final double[] zeroN = new double[4];
    private final ChannelWindow empty;
    private volatile Coefficients active;
    private Coefficients seen;
    private boolean driftWarned;
    private volatile long autoZeroCount;
    private volatile double lastEmptyDriftN;

    /** An immutable copy of a profile's numbers, read field by field on the hot path. */
    private static final class Coefficients {
        final PlateProfile profile;
        final double g0, g1, g2, g3;
        final double o0, o1, o2, o3;

        Coefficients(PlateProfile p) {
            profile = p;
            g0 = p.gain(0);
            g1 = p.gain(1);
            g2 = p.gain(2);
            g3 = p.gain(3);
            o0 = p.offset(0);
            o1 = p.offset(1);
            o2 = p.offset(2);
            o3 = p.offset(3);
        }
    }

    /**
     * @param profile    the profile to start with
     * @param settings   auto-zero and drift thresholds
     * @param directory  where {@link #load} reads profiles
     * @param downstream receives calibrated samples (cells in N) and health events
     */
    public PlateCalibrationStage(PlateProfile profile, EmptyBoardSettings settings, ProfileDirectory directory,
                                 SampleListener downstream) {
        this.downstream = downstream;
        this.settings = settings;
        this.directory = directory;
        this.empty = new ChannelWindow(4, settings.autoZeroS());
        this.active = new Coefficients(profile);
    }

    /** Makes {@code profile} active from the next sample on; any thread. */
    public void use(PlateProfile profile) {
        if (!profile.deviceId().equals(active.profile.deviceId())) {
            throw new IllegalArgumentException("profile of '" + profile.deviceId() + "' given to the stage of '"
                    + active.profile.deviceId() + "'");
        }
        active = new Coefficients(profile);
    }

    /**
     * Reads {@code file}, checks it belongs to this board and makes it active. On any problem the active profile
     * stays in use and the exception names the file and the field.
     */
    public PlateProfile load(Path file) throws ProfileFormatException {
        PlateProfile p = directory.loadPlate(file, active.profile.deviceId());
        use(p);
        return p;
    }

    /** The active profile. */
    public PlateProfile profile() {
        return active.profile;
    }

    /** The active profile's {@link PlateProfile#calibrationId()}, for a trial to record. */
    public String calibrationId() {
        return active.profile.calibrationId();
    }

    /** How many times the board has been zeroed automatically; any thread. */
    public long autoZeroCount() {
        return autoZeroCount;
    }

    /** The empty board's reading at the last auto-zero, summed over the cells' absolute values, N; any thread. */
    public double lastEmptyDriftN() {
        return lastEmptyDriftN;
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        Coefficients c = active;
        if (c != seen) {
            seen = c;
            for (int i = 0; i < 4; i++) {
                zeroN[i] = 0;
            }
            empty.reset();
            driftWarned = false;
        }
        cellN[0] = c.g0 * (sample.topLeft - c.o0);
        cellN[1] = c.g1 * (sample.topRight - c.o1);
        cellN[2] = c.g2 * (sample.bottomLeft - c.o2);
        cellN[3] = c.g3 * (sample.bottomRight - c.o3);
        double rawTotalN = cellN[0] + cellN[1] + cellN[2] + cellN[3];
        out.set(sample.timeNanos, sample.sequence, cellN[0] - zeroN[0], cellN[1] - zeroN[1], cellN[2] - zeroN[2],
                cellN[3] - zeroN[3], sample.status);
        watchEmptyBoard(sample.timeNanos, rawTotalN, out.total());
        downstream.onPlateSample(out);
    }

    private void watchEmptyBoard(long timeNanos, double rawTotalN, double zeroedTotalN) {
        if (Math.abs(zeroedTotalN) >= settings.maxLoadN()) {
            empty.reset();
            return;
        }
        if (!empty.add(timeNanos, cellN, rawTotalN)) {
            return;
        }
        if (empty.steadinessSpread() < settings.maxSpreadN()) {
            double driftN = 0;
            for (int i = 0; i < 4; i++) {
                zeroN[i] = empty.mean(i);
                driftN += Math.abs(zeroN[i]);
            }
            autoZeroCount++;
            lastEmptyDriftN = driftN;
            if (driftN > settings.driftWarnN() && !driftWarned) {
                driftWarned = true;
                downstream.onHealth(new HealthEvent(timeNanos, HealthEvent.Kind.WARNING, "the empty board reads "
                        + Steadiness.round(driftN) + " N away from its calibration of "
                        + active.profile.calibratedAt() + " (limit " + Steadiness.round(settings.driftWarnN())
                        + " N): zeroed for now; recalibrate with 'stork calibrate plate'"));
            } else if (driftN < settings.driftWarnN() / 2) {
                driftWarned = false;
            }
        }
        empty.reset();
    }

    @Override
    public void onHealth(HealthEvent event) {
        downstream.onHealth(event);
    }

    @Override
    public void onEnd() {
        downstream.onEnd();
    }
}
