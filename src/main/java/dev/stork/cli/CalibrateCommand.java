package dev.stork.cli;

import dev.stork.calibration.ImuCalibrationProcedure;
import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.ImuStillness;
import dev.stork.calibration.PlateCalibrationProcedure;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProcedureState;
import dev.stork.calibration.ProcedureStep;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.calibration.Steadiness;
import dev.stork.calibration.sim.PlacedMassPlate;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.calibration.sim.UncalibratedImu;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SourceDescription;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stork calibrate plate|imu}: the guided calibration in the terminal. Renders the step machines of
 * {@code dev.stork.calibration}: prompt, Enter to go on ({@code q} to cancel), live reading and progress while a
 * step collects, the final report, and the saved file. A cancelled or refused calibration saves nothing.
 *
 * <p>{@code --source sim} runs against a simulated uncalibrated board with known true gains (the simulated helper
 * places the mass when asked); {@code --source sim-wii} simulates a Wii board (kilograms). The hardware sources
 * are wired by the app and not offered here yet.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate a plate (tare, cell gains, COP check) or an IMU (gyro bias, accelerometer, mounting).")
public final class CalibrateCommand implements Callable<Integer> {
    private static final int MAX_ATTEMPTS = 8;
    private static final double PROGRESS_EVERY_S = 0.5;

    @Parameters(index = "0", description = "plate or imu")
    String what;

    @Option(names = "--source", defaultValue = "sim", description = "sim (uncalibrated plate or IMU) or sim-wii")
    String source;

    @Option(names = "--mass-kg", defaultValue = "20", description = "the known mass, kg (default ${DEFAULT-VALUE})")
    double massKg;

    @Option(names = "--data", description = "Stork's data directory (default $STORK_DATA or ~/.local/share/stork)")
    Path data;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of the simulation")
    long seed;

    private final InputStream in;
    private final PrintStream out;
    private final Map<String, String> environment;
    private final Path home;
    private final Supplier<Instant> clock;

    /** The command on the process's terminal and environment. */
    public CalibrateCommand() {
        this(System.in, System.out, System.getenv(), Path.of(System.getProperty("user.home")),
                () -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** The command on given streams, environment, home directory and clock (for tests). */
    public CalibrateCommand(InputStream in, PrintStream out, Map<String, String> environment, Path home,
                            Supplier<Instant> clock) {
        this.in = in;
        this.out = out;
        this.environment = environment;
        this.home = home;
        this.clock = clock;
    }

    @Override
    public Integer call() throws IOException {
        ProfileDirectory directory = new ProfileDirectory(ProfileDirectory.defaultDirectory(data, environment, home));
        BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return switch (what.toLowerCase(Locale.ROOT)) {
            case "plate" -> plate(directory, input);
            case "imu" -> imu(directory, input);
            default -> {
                out.println("calibrate what? expected 'plate' or 'imu', got '" + what + "'");
                yield 2;
            }
        };
    }

    private int plate(ProfileDirectory directory, BufferedReader input) throws IOException {
        PlacedMassPlate board;
        PlateProfile nominal;
        switch (source) {
            case "sim" -> {
                board = new PlacedMassPlate(UncalibratedCells.typicalCountsPlate(), 80, 0.433, 0.238, 0.2, 0.001, seed,
                        "simulated-plate-counts");
                double g = 2.4e-4;
                nominal = new PlateProfile("simulated-plate-counts", Instant.EPOCH, SourceDescription.CellUnit.COUNTS,
                        433, 238, new double[] {g, g, g, g}, new double[4], PlateFitQuality.NOT_MEASURED);
            }
            case "sim-wii" -> {
                board = new PlacedMassPlate(UncalibratedCells.typicalWiiBoard(), 60, 0.433, 0.238, 0.2, 0.001, seed,
                        "simulated-wii-balance-board");
                PlateProfile wii = PlateProfile.wiiBalanceBoard();
                nominal = new PlateProfile("simulated-wii-balance-board", wii.calibratedAt(), wii.cellUnit(),
                        wii.cellSpacingMlMm(), wii.cellSpacingApMm(), wii.gainNPerUnit(), wii.offsetUnits(),
                        wii.quality());
            }
            default -> {
                out.println("--source '" + source + "' is not available for calibration here; use sim or sim-wii");
                return 2;
            }
        }
        SourceDescription description = board.description();
        PlateProfile prior = nominal;
        try {
            prior = directory.loadPlate(description.deviceId()).orElse(nominal);
        } catch (ProfileFormatException e) {
            out.println("ignoring the current profile: " + e.getMessage());
        }
        out.println("Calibrating " + description.name() + " (" + description.deviceId() + ") with a " + massKg
                + " kg mass. Press Enter to go on at each step, q then Enter to cancel.");
        PlateCalibrationProcedure procedure = new PlateCalibrationProcedure(description, prior, massKg,
                Steadiness.PLATE, MAX_ATTEMPTS, clock);
        PlateSample sample = new PlateSample();
        while (procedure.state() == ProcedureState.WAITING) {
            ProcedureStep step = procedure.step();
            if (!prompt(input, procedure.stepIndex(), procedure.steps().size(), step)) {
                procedure.cancel();
                break;
            }
            board.perform(step.id(), massKg);
            procedure.confirm();
            double nextReportS = 0;
            String lastMessage = procedure.message();
            while (procedure.state() == ProcedureState.COLLECTING) {
                board.next(sample);
                procedure.onPlateSample(sample);
                double tS = sample.timeNanos / 1e9;
                if (tS >= nextReportS) {
                    out.printf(Locale.ROOT, "  load %8.1f N  %s%n", procedure.liveLoadN(), bar(procedure.progress()));
                    nextReportS = tS + PROGRESS_EVERY_S;
                }
                if (!procedure.message().equals(lastMessage)) {
                    lastMessage = procedure.message();
                    out.println("  " + lastMessage);
                }
            }
        }
        if (procedure.state() != ProcedureState.DONE) {
            out.println(procedure.message());
            out.println("Nothing saved; the current calibration is unchanged.");
            return procedure.state() == ProcedureState.CANCELLED ? 1 : 3;
        }
        PlateProfile result = procedure.result();
        PlateFitQuality q = result.quality();
        out.println("Result for " + result.deviceId() + ":");
        for (int i = 0; i < 4; i++) {
            out.printf(Locale.ROOT, "  cell %d: gain %.6g N per %s, offset %.6g%n", i, result.gain(i),
                    result.cellUnit().name().toLowerCase(Locale.ROOT), result.offset(i));
        }
        out.printf(Locale.ROOT, "  fit residual %.3f N, condition number %.1f%n", q.residualN(), q.conditionNumber());
        out.printf(Locale.ROOT, "  check at the centre: COP error %.2f mm, weight error %.3f %%%n",
                q.checkCopErrorMm(), q.checkWeightErrorPercent());
        Path saved = directory.save(result);
        out.println("Saved " + saved + " (calibration " + result.calibrationId() + ")");
        return 0;
    }

    private int imu(ProfileDirectory directory, BufferedReader input) throws IOException {
        if (!source.equals("sim")) {
            out.println("--source '" + source + "' is not available for IMU calibration here; use sim");
            return 2;
        }
        UncalibratedImu imu = UncalibratedImu.typical(seed, "simulated-imu");
        out.println("Calibrating " + imu.description().name() + ". Press Enter to go on at each step, q then Enter "
                + "to cancel.");
        ImuCalibrationProcedure procedure = new ImuCalibrationProcedure(imu.description().deviceId(),
                ImuStillness.DEFAULT, MAX_ATTEMPTS, clock);
        ImuSample sample = new ImuSample();
        while (procedure.state() == ProcedureState.WAITING) {
            ProcedureStep step = procedure.step();
            if (!prompt(input, procedure.stepIndex(), procedure.steps().size(), step)) {
                procedure.cancel();
                break;
            }
            imu.perform(step.id());
            procedure.confirm();
            double nextReportS = 0;
            while (procedure.state() == ProcedureState.COLLECTING) {
                imu.next(sample);
                procedure.onImuSample(sample);
                double tS = sample.timeNanos / 1e9;
                if (tS >= nextReportS) {
                    out.printf(Locale.ROOT, "  accel %6.2f %6.2f %6.2f m/s²  %s%n", sample.accelX, sample.accelY,
                            sample.accelZ, bar(procedure.progress()));
                    nextReportS = tS + PROGRESS_EVERY_S;
                }
            }
            out.println("  " + procedure.message());
        }
        if (procedure.state() != ProcedureState.DONE) {
            out.println("Nothing saved; the current calibration is unchanged.");
            return procedure.state() == ProcedureState.CANCELLED ? 1 : 3;
        }
        ImuProfile p = procedure.result();
        double[] b = p.gyroBiasRadPs();
        double[] o = p.accelOffsetMps2();
        double[] s = p.accelScale();
        out.printf(Locale.ROOT, "  gyro bias %.4f %.4f %.4f rad/s%n", b[0], b[1], b[2]);
        out.printf(Locale.ROOT, "  accel offset %.3f %.3f %.3f m/s², scale %.4f %.4f %.4f%n", o[0], o[1], o[2],
                s[0], s[1], s[2]);
        Path saved = directory.save(p);
        out.println("Saved " + saved + " (calibration " + p.calibrationId() + ")");
        return 0;
    }

    private boolean prompt(BufferedReader input, int index, int count, ProcedureStep step) throws IOException {
        out.println("Step " + (index + 1) + "/" + count + ": " + step.prompt() + " [Enter]");
        String line = input.readLine();
        return line != null && !line.trim().equalsIgnoreCase("q");
    }

    private static String bar(double progress) {
        int filled = (int) Math.round(progress * 20);
        return "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "] " + Math.round(progress * 100) + " %";
    }
}
