package dev.stork.cli;

import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationFeed;
import dev.stork.calibration.flow.CalibrationFeeds;
import dev.stork.calibration.flow.CalibrationKind;
import dev.stork.calibration.flow.CalibrationRequest;
import dev.stork.calibration.flow.CalibrationRun;
import dev.stork.calibration.flow.CalibrationSnapshot;
import dev.stork.calibration.flow.CalibrationSnapshot.Phase;
import dev.stork.sensor.spec.SourceOpener;
import java.io.InputStream;
import java.io.PrintStream;
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
 * {@code stork calibrate plate|imu [--source SPEC] [--mass-kg M]}: the guided calibration in the terminal, a
 * {@link CalibrationRun} on the board the spec names ({@link CalibrationFeeds}) rendered by a
 * {@link CalibrationTerminal}. A cancelled or refused calibration saves nothing.
 *
 * <p>Exit codes: 0 saved, 1 cancelled, 2 the board or the options could not be used, 3 the calibration was refused
 * or the board was lost.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Calibrate a plate (tare, cell gains, COP check) or an IMU (gyro bias, accelerometer, "
                + "mounting). Follow the prompts: Enter goes on, q then Enter cancels.",
            "SPEC: sim (a simulated uncalibrated board), sim-wii, serial:/dev/ttyACM0, i2c:nau7802x4@1, wii, "
                + "wii:/dev/input/eventN (plates); sim, i2c:mpu6050@1:0x68, i2c:lsm6dsox@1:0x6a (IMUs)."})
public final class CalibrateCommand implements Callable<Integer> {
    /** How much faster than real time simulated boards run under the test constructor. */
    static final double TEST_SIM_SPEED = 25;

    @Parameters(index = "0", description = "plate or imu")
    String what;

    @Option(names = "--source", defaultValue = "sim", paramLabel = "SPEC",
            description = "the board to calibrate, or file:REC.csv[,speed=fast] to replay a recording "
                    + "(default ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--mass-kg", defaultValue = "20", paramLabel = "M",
            description = "the known mass for a plate, kg (default ${DEFAULT-VALUE})")
    double massKg;

    @Option(names = "--cell-spacing-mm", paramLabel = "MLxAP",
            description = "distance between the plate's left and right cells and between its front and back cells, "
                    + "mm, e.g. 433x238 (default: the board's current profile, else 433x238)")
    String cellSpacing;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Stork's data directory (default $STORK_DATA or ~/.local/share/stork)")
    Path data;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of a simulated board")
    long seed;

    private final InputStream in;
    private final PrintStream out;
    private final Map<String, String> environment;
    private final Path home;
    private final Supplier<Instant> clock;
    private final CalibrationFeeds.BoardOpener opener;
    private final double simSpeed;

    /** The command on the process's terminal, environment and hardware; simulations in real time. */
    public CalibrateCommand() {
        this(System.in, System.out, System.getenv(), Path.of(System.getProperty("user.home")),
                () -> Instant.now().truncatedTo(ChronoUnit.SECONDS), null, 1);
    }

    /** For tests: given streams, environment, home and clock; simulations {@value #TEST_SIM_SPEED} times faster. */
    public CalibrateCommand(InputStream in, PrintStream out, Map<String, String> environment, Path home,
                            Supplier<Instant> clock) {
        this(in, out, environment, home, clock, null, TEST_SIM_SPEED);
    }

    /**
     * For tests: as above, with real boards opened by {@code opener} (null: this machine's hardware) and
     * simulations {@code simSpeed} times faster than real time.
     */
    public CalibrateCommand(InputStream in, PrintStream out, Map<String, String> environment, Path home,
                            Supplier<Instant> clock, CalibrationFeeds.BoardOpener opener, double simSpeed) {
        this.in = in;
        this.out = out;
        this.environment = environment;
        this.home = home;
        this.clock = clock;
        this.opener = opener;
        this.simSpeed = simSpeed;
    }

    @Override
    public Integer call() throws InterruptedException {
        CalibrationRequest request;
        CalibrationFeed feed;
        try {
            CalibrationKind kind = CalibrationKind.parse(what);
            request = kind == CalibrationKind.PLATE ? CalibrationRequest.plate(massKg) : CalibrationRequest.imu();
            if (cellSpacing != null) {
                double[] mm = spacing(cellSpacing);
                request = request.withCellSpacingMm(mm[0], mm[1]);
            }
            CalibrationFeeds.BoardOpener boards = opener != null ? opener : spec -> SourceOpener.open(spec, seed);
            feed = new CalibrationFeeds(source, boards, simSpeed, seed).open(kind);
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println("stork calibrate: " + e.getMessage());
            return 2;
        }
        ProfileDirectory directory = new ProfileDirectory(ProfileDirectory.defaultDirectory(data, environment, home));
        CalibrationRun run = new CalibrationRun(request, feed, directory, clock);
        CalibrationTerminal terminal = new CalibrationTerminal(in, out);
        run.start();
        CalibrationSnapshot end;
        try {
            end = terminal.drive(run, massKg, feed.simulated());
        } finally {
            run.close();
        }
        if (end.phase() == Phase.DONE) {
            terminal.report(end);
            return 0;
        }
        if (end.phase() == Phase.FAILED && !end.started()) {
            out.println("stork calibrate: " + end.message());
            return 2;
        }
        out.println("Nothing saved; the current calibration is unchanged.");
        return end.phase() == Phase.CANCELLED ? 1 : 3;
    }

    /** Parses {@code 433x238} (or {@code 433,238}) into millimetres. */
    private static double[] spacing(String text) {
        String[] parts = text.toLowerCase(Locale.ROOT).split("[x×,]");
        String expected = "--cell-spacing-mm '" + text + "' should be two numbers in mm, left-right x front-back, "
                + "e.g. 433x238";
        if (parts.length != 2) {
            throw new IllegalArgumentException(expected);
        }
        try {
            return new double[] {Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(expected, e);
        }
    }
}
