package dev.stork.sensor.spec;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.linuxfs.provider.i2c.LinuxFsI2CProvider;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.NanoClock;
import dev.stork.sensor.i2c.Pi4jRegisterDeviceFactory;
import dev.stork.sensor.serial.SerialPlateSource;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.ReplaySource;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.sensor.sim.SimulatedWobbleBoardSource;
import dev.stork.sensor.sim.WobbleSessionModel;
import dev.stork.sensor.wii.InputEventLayout;
import dev.stork.sensor.wii.WiiBoardFinder;
import dev.stork.sensor.wii.WiiBoardSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Opens the {@link SampleSource} a {@link SourceSpec} names. */
public final class SourceOpener {
    /** What the simulated person does when no script is given: a few single-leg holds on each leg. */
    public static final String DEFAULT_SIM_SCRIPT = "on 2; both 4; lift left 12; touchdown; both 4; lift right 15; "
            + "touchdown; both 4; lift left 9; touchdown; both 4; lift right 15; touchdown; both 3; off";
    /** Rate of the simulated plate, Hz. */
    public static final double SIM_PLATE_RATE_HZ = 100;
    /** Rate of the simulated wobble board, Hz. */
    public static final double SIM_WOBBLE_RATE_HZ = 200;

    private SourceOpener() {
    }

    /**
     * Opens the source; a simulated one paced in real time with seed {@code seed}.
     *
     * @throws IllegalStateException when the hardware behind the spec cannot be opened at all (an I2C bus that
     *     does not exist); a missing serial device or Wii board is not an error here, the source reports it as
     *     a health event and waits for it
     */
    public static SampleSource open(SourceSpec spec, long seed) {
        return open(spec, seed, Pacing.REAL_TIME);
    }

    /**
     * Opens the source; a simulated one with seed {@code seed}, paced by {@code simPacing} ({@link Pacing#FAST}
     * runs the whole default script as fast as the listener takes it, for tests and quick looks). Real boards
     * ignore the pacing: they deliver as the hardware does.
     *
     * @throws IllegalStateException as {@link #open(SourceSpec, long)}
     */
    public static SampleSource open(SourceSpec spec, long seed, Pacing simPacing) {
        switch (spec.kind()) {
            case SIM_PLATE:
                return new SimulatedPlateSource(simulatedPlate(seed), simPacing, System::nanoTime);
            case SIM_WOBBLE_BOARD: {
                WobbleSessionModel model = new WobbleSessionModel(SessionScript.parse(DEFAULT_SIM_SCRIPT),
                        PersonModel.typicalAdult(), SIM_WOBBLE_RATE_HZ, seed);
                return new SimulatedWobbleBoardSource(model, simPacing, System::nanoTime);
            }
            case SERIAL_PLATE:
                return new SerialPlateSource(spec.device().toString());
            case WII:
                if (spec.device() == null) {
                    return WiiBoardSource.firstFound(new WiiBoardFinder());
                }
                // A regular file is a capture of the board's events (e.g. from evtest or cat), replayed once.
                return Files.isRegularFile(spec.device())
                        ? WiiBoardSource.replay(spec.device(), InputEventLayout.ofThisMachine())
                        : WiiBoardSource.atDevice(spec.device());
            case I2C:
                return openI2c(spec);
            case FILE:
                return replay(spec);
            default:
                throw new IllegalArgumentException("no opener for " + spec);
        }
    }

    /**
     * The session that {@code sim} plays: {@link #DEFAULT_SIM_SCRIPT} by a typical adult on a Wii-sized plate at
     * {@link #SIM_PLATE_RATE_HZ}; its {@link PlateSessionModel#groundTruth()} is what really happens in it.
     */
    public static PlateSessionModel simulatedPlate(long seed) {
        return new PlateSessionModel(SessionScript.parse(DEFAULT_SIM_SCRIPT), PersonModel.typicalAdult(),
                SIM_PLATE_RATE_HZ, 0.433, 0.238, seed);
    }

    /**
     * A recording replayed through the live path with its own timestamps: a physiotherapist shows a trial again on
     * the dashboard, a developer reproduces a field report exactly.
     */
    private static SampleSource replay(SourceSpec spec) {
        Path file = spec.device();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("source " + spec + ": no recording at " + file.toAbsolutePath());
        }
        try {
            return new ReplaySource(RecordingReader.read(file), spec.replayFast() ? Pacing.FAST : Pacing.REAL_TIME,
                    System::nanoTime);
        } catch (RecordingFormatException e) {
            throw new IllegalArgumentException("source " + spec + ": " + e.getMessage(), e);
        }
    }

    private static SampleSource openI2c(SourceSpec spec) {
        return openI2c(spec, () -> Pi4J.newContextBuilder().add(LinuxFsI2CProvider.newInstance()).build());
    }

    /** An I2C source on a Pi4J context of its own, shut down when the source is closed and has stopped. */
    static SampleSource openI2c(SourceSpec spec, Supplier<Context> contexts) {
        Context pi4j = contexts.get();
        try {
            return new OwningSource(spec.i2c().open(new Pi4jRegisterDeviceFactory(pi4j), NanoClock.SYSTEM),
                    pi4j::shutdown);
        } catch (I2cException e) {
            pi4j.shutdown();
            throw new IllegalStateException("cannot open " + spec + ": " + e.getMessage(), e);
        }
    }
}
