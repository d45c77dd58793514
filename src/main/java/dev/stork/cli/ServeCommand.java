package dev.stork.cli;

import dev.stork.board.BoardFeed;
import dev.stork.board.BoardSetupException;
import dev.stork.board.LiveTrialBoard;
import dev.stork.board.TrialBoard;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationFeeds;
import dev.stork.session.LiveCalibrationBoard;
import dev.stork.session.SessionClock;
import dev.stork.store.DataDirectory;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.web.AccessToken;
import dev.stork.web.AccessTokenFile;
import dev.stork.web.CalibrationWizard;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.TerminalQr;
import dev.stork.web.session.RunnerSession;
import dev.stork.web.session.Trainee;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stork serve}: the dashboard for a phone or tablet in front of the board. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs today's session on the board and serves the dashboard (live trial, session, history, "
                + "sensor health). Listens on 127.0.0.1 unless --host says otherwise; any other address needs "
                + "the access token Stork prints with the URL and a QR code.")
public final class ServeCommand implements Callable<Integer> {
    private static final String STARTING_EXERCISE = "single-leg-stance";
    private static final long SHUTDOWN_WAIT_S = 10;

    @Option(names = "--source", defaultValue = "sim", paramLabel = "SOURCE",
            description = "The plate: sim (a simulated person), serial:/dev/ttyACM0, i2c:nau7802x4@1, wii, ... "
                    + "(see stork sources), or file:REC.csv[,speed=fast] to replay a recording. Default: ${DEFAULT-VALUE}.")
    String source;

    @Option(names = "--host", defaultValue = DashboardConfig.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to listen on; 0.0.0.0 for phones on the LAN. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $STORK_DATA, else ~/.local/share/stork).")
    Path data;

    @Option(names = "--person", defaultValue = "me", paramLabel = "NAME",
            description = "Who trains; created with a starting plan when new. Default: ${DEFAULT-VALUE}.")
    String person;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Keep the access token in FILE (created, readable by you only, when missing) so the "
                    + "address on the tablet survives a restart. Default: a new token at every start.")
    Path tokenFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrialBoard board;
        DashboardConfig config;
        try {
            config = new DashboardConfig(host, port, accessToken());
            board = board(source, data);
        } catch (IllegalArgumentException | IOException e) {
            err.println("stork serve: " + e.getMessage());
            err.flush();
            return 2;
        } catch (BoardSetupException e) {
            err.println("stork serve: " + e.getMessage());
            err.flush();
            return 3;
        }
        return serve(board, config, out, err);
    }

    /** Runs the session and the dashboard on {@code board} until Ctrl-C, then gives the board back. */
    private int serve(TrialBoard board, DashboardConfig config, PrintWriter out, PrintWriter err)
            throws InterruptedException, IOException {
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        Path work;
        try {
            work = Files.createTempDirectory("stork-serve-raw-");
        } catch (IOException e) {
            SessionBoards.close(board);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C: the hook wakes this thread and waits for it to end the session and close the store.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(SHUTDOWN_WAIT_S, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stork-serve-stop"));
        CalibrationWizard calibration = calibration(source, board, data);
        try (Store store = Store.open(DataDirectory.resolve(data))) {
            Person who = Trainee.openOrCreate(store, catalogue, person, List.of(STARTING_EXERCISE));
            RunnerSession session = new RunnerSession(store, catalogue, board, source, SessionClock.system(),
                    System::nanoTime, work, who);
            try (DashboardServer server = DashboardServer.start(config, session, calibration)) {
                out.println("Stork dashboard: " + server.url());
                calibration.calibrationRequired().ifPresent(reason -> out.println("Note: " + reason
                        + ": calibrate it on the dashboard's Calibrate tab before training."));
                if (config.token() != null) {
                    out.println("Scan with the phone (same network):");
                    out.print(TerminalQr.render(server.url()));
                }
                out.println("Press Ctrl-C to stop.");
                out.flush();
                stopped.await();
            } finally {
                calibration.close();
                session.close();
            }
        } finally {
            SessionBoards.close(board);
            keepOrDelete(work, err);
            closed.countDown();
        }
        return 0;
    }

    /**
     * The board a session runs on, from the {@code --source} spec: the one place {@code stork serve} turns a spec
     * into a {@link TrialBoard}, through the boards the terminal's sessions use ({@link SessionBoards}). The
     * simulated person holds each trial for 0.6-1.3 times its target; a real plate is opened now, kept open for
     * the whole run, calibrated by its own profile in {@code dataDirectory}, and must be given back to
     * {@link SessionBoards#close}. Unlike {@code stork train}, a plate without a profile is not refused: it starts
     * uncalibrated, and the dashboard refuses sessions until its wizard has calibrated it.
     *
     * @throws IllegalArgumentException naming the spec when no board can be made from it
     * @throws BoardSetupException      a real board that does not answer, has a damaged profile or is not a plate
     */
    static TrialBoard board(String spec, Path dataDirectory) throws BoardSetupException, InterruptedException {
        return SessionBoards.open(spec, SessionBoards.Simulation.aroundTheTarget(System.nanoTime()), dataDirectory,
                BoardFeed.MissingCalibration.AWAIT);
    }

    /**
     * The calibration wizard on the session's board: for a real plate, the plate the session holds open, calibrated
     * on its raw samples between trials (the person does the steps) and using the new profile at once; for
     * {@code sim}, a simulated uncalibrated plate (or IMU) whose simulated helper places the mass.
     *
     * @param spec          the {@code --source} spec the board was opened from
     * @param board         the board from {@link #board}
     * @param dataDirectory Stork's data directory (the simulation's profiles are saved in its calibration/)
     */
    static CalibrationWizard calibration(String spec, TrialBoard board, Path dataDirectory) {
        Supplier<Instant> clock = () -> Instant.now().truncatedTo(ChronoUnit.SECONDS);
        if (board instanceof LiveTrialBoard live) {
            return new CalibrationWizard(new LiveCalibrationBoard(live, spec), live.profiles(), clock);
        }
        return new CalibrationWizard(CalibrationFeeds.forSpec(spec, System.nanoTime()),
                new ProfileDirectory(ProfileDirectory.defaultDirectory(dataDirectory, System.getenv(),
                        Path.of(System.getProperty("user.home")))), clock);
    }

    /** Deletes the raw-recording work directory, unless it keeps the recording of a trial the store refused. */
    private static void keepOrDelete(Path work, PrintWriter err) throws IOException {
        try (Stream<Path> files = Files.list(work)) {
            if (files.findAny().isPresent()) {
                err.println("stork serve: raw recordings that could not be stored are kept in " + work);
                err.flush();
                return;
            }
        }
        Files.delete(work);
    }

    /** None on loopback; otherwise the kept one when a token file is given, else a fresh one. */
    private AccessToken accessToken() throws IOException {
        if (DashboardConfig.isLoopback(host)) {
            return null;
        }
        SecureRandom random = new SecureRandom();
        return tokenFile == null ? AccessToken.generate(random) : AccessTokenFile.loadOrCreate(tokenFile, random);
    }
}
