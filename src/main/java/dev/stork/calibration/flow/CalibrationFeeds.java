package dev.stork.calibration.flow;

import dev.stork.calibration.sim.PlacedMassPlate;
import dev.stork.calibration.sim.PlacedMassSource;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.calibration.sim.UncalibratedImu;
import dev.stork.calibration.sim.UncalibratedImuSource;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription.BoardKind;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The seam between a {@code --source} spec and a calibration: opens the board the spec names as a
 * {@link CalibrationFeed}.
 *
 * <ul>
 *   <li>{@code sim}: a simulated uncalibrated board with known true errors, whose simulated helper does what each
 *       step asks: a NAU7802-like plate in ADC counts (80 Hz, cells 433 × 238 mm apart, 0.2 N noise, 1 mm of
 *       aiming error) for a plate, an MPU-6050-like IMU (100 Hz) for an IMU ({@code sim:imu} too);</li>
 *   <li>{@code sim-wii}: a simulated Wii Balance Board in kilograms (60 Hz);</li>
 *   <li>anything else is a real board opened through {@link SourceSpec} and {@link SourceOpener}:
 *       {@code serial:/dev/ttyACM0} and {@code i2c:nau7802x4@1} (counts: full gain fit), {@code wii} and
 *       {@code wii:/dev/input/eventN} (kilograms: tare and check), {@code i2c:mpu6050@1} and
 *       {@code i2c:lsm6dsox@1} for an IMU. The person does what each step asks.</li>
 * </ul>
 *
 * <p>Immutable; {@link #open} may be called from any thread, once per calibration.
 */
public final class CalibrationFeeds {
    /** The simulated uncalibrated board. */
    public static final String SIM = "sim";
    /** The simulated Wii Balance Board. */
    public static final String SIM_WII = "sim-wii";
    /** Device id of the simulated counts plate. */
    public static final String SIM_PLATE_ID = "simulated-plate-counts";
    /** Device id of the simulated Wii board. */
    public static final String SIM_WII_ID = "simulated-wii-balance-board";
    /** Device id of the simulated IMU. */
    public static final String SIM_IMU_ID = "simulated-imu";

    /** Opens a real board from its parsed spec (the hardware, or an emulation in tests). */
    @FunctionalInterface
    public interface BoardOpener {
        /**
         * @throws IllegalStateException when the hardware behind the spec cannot be opened at all
         */
        SampleSource open(SourceSpec spec);
    }

    private final String spec;
    private final BoardOpener opener;
    private final double simSpeed;
    private final long seed;

    /**
     * @param spec     the {@code --source} spec
     * @param opener   opens real boards
     * @param simSpeed how many times faster than real time a simulated board runs (1 for a person watching)
     * @param seed     random seed of a simulated board
     */
    public CalibrationFeeds(String spec, BoardOpener opener, double simSpeed, long seed) {
        if (!(simSpeed >= 1 && simSpeed <= 1000)) {
            throw new IllegalArgumentException("simulation speed must be 1 to 1000 times real time, got " + simSpeed);
        }
        this.spec = spec == null ? "" : spec.trim();
        this.opener = opener;
        this.simSpeed = simSpeed;
        this.seed = seed;
    }

    /** Feeds for {@code spec} on this machine's hardware, simulations in real time. */
    public static CalibrationFeeds forSpec(String spec, long seed) {
        return new CalibrationFeeds(spec, parsed -> SourceOpener.open(parsed, seed), 1, seed);
    }

    /** The spec as given. */
    public String spec() {
        return spec;
    }

    /**
     * Opens the board for a {@code kind} calibration.
     *
     * @throws IllegalArgumentException when the spec is malformed
     * @throws IllegalStateException    when the board cannot be opened or is the wrong kind (e.g. a plate for an
     *                                  IMU calibration), with the reason
     */
    public CalibrationFeed open(CalibrationKind kind) {
        String lower = spec.toLowerCase(Locale.ROOT);
        if (lower.equals(SIM) || lower.equals("sim:plate") || lower.equals("sim:imu") || lower.equals("sim:wobble")) {
            boolean imuSpec = lower.equals("sim:imu") || lower.equals("sim:wobble");
            if (imuSpec && kind == CalibrationKind.PLATE) {
                throw wrongKind(kind, "a simulated IMU");
            }
            if (lower.equals("sim:plate") && kind == CalibrationKind.IMU) {
                throw wrongKind(kind, "a simulated plate");
            }
            return kind == CalibrationKind.PLATE ? simulatedPlate(UncalibratedCells.typicalCountsPlate(), 80,
                    SIM_PLATE_ID) : simulatedImu();
        }
        if (lower.equals(SIM_WII)) {
            if (kind == CalibrationKind.IMU) {
                throw wrongKind(kind, "a simulated Wii Balance Board (a plate)");
            }
            return simulatedPlate(UncalibratedCells.typicalWiiBoard(), 60, SIM_WII_ID);
        }
        SourceSpec parsed = SourceSpec.parse(spec);
        if (parsed.kind() == SourceSpec.Kind.SIM_PLATE || parsed.kind() == SourceSpec.Kind.SIM_WOBBLE_BOARD) {
            throw new IllegalArgumentException("'" + spec + "' is a simulated person; calibrate with --source sim, "
                    + "sim-wii or a real board: " + SourceSpec.FORMS);
        }
        SampleSource source = opener.open(parsed);
        BoardKind needed = kind == CalibrationKind.PLATE ? BoardKind.FORCE_PLATE : BoardKind.IMU_WOBBLE_BOARD;
        if (source.description().kind() != needed) {
            String what = source.description().kind() == BoardKind.FORCE_PLATE ? "a force plate" : "an IMU";
            source.close();
            throw wrongKind(kind, what + " (" + source.description().name() + ")");
        }
        return new CalibrationFeed(source, StepHelper.PERSON, spec);
    }

    private IllegalStateException wrongKind(CalibrationKind kind, String what) {
        return new IllegalStateException("--source " + spec + " is " + what + "; " + (kind == CalibrationKind.PLATE
                ? "a plate calibration needs a plate: sim, sim-wii, serial:/dev/ttyACM0, i2c:nau7802x4@1, wii"
                : "an IMU calibration needs an IMU: sim, i2c:mpu6050@1:0x68, i2c:lsm6dsox@1:0x6a"));
    }

    private CalibrationFeed simulatedPlate(UncalibratedCells cells, double rateHz, String deviceId) {
        PlacedMassPlate plate = new PlacedMassPlate(cells, rateHz, CalibrationRequest.DEFAULT_SPACING_ML_MM / 1000,
                CalibrationRequest.DEFAULT_SPACING_AP_MM / 1000, 0.2, 0.001, seed, deviceId);
        return new CalibrationFeed(new PlacedMassSource(plate, Pacing.REAL_TIME, simulationClock()), plate::perform,
                spec);
    }

    private CalibrationFeed simulatedImu() {
        UncalibratedImu imu = UncalibratedImu.typical(seed, SIM_IMU_ID);
        return new CalibrationFeed(new UncalibratedImuSource(imu, Pacing.REAL_TIME, simulationClock()),
                (stepId, massKg) -> imu.perform(stepId), spec);
    }

    /** The host's monotonic clock, running {@code simSpeed} times faster from now on. */
    private LongSupplier simulationClock() {
        if (simSpeed == 1) {
            return System::nanoTime;
        }
        long origin = System.nanoTime();
        double speed = simSpeed;
        return () -> origin + (long) ((System.nanoTime() - origin) * speed);
    }
}
