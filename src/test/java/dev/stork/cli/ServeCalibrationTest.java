package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.board.LiveTrialBoard;
import dev.stork.board.TrialBoard;
import dev.stork.board.support.PlatePerson;
import dev.stork.board.support.RunningView;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.cli.support.ServeProcess;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription.CellUnit;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.PlacedMassCells;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.support.Await;
import dev.stork.training.EndReason;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.web.CalibrationWizard;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.session.RunnerSession;
import dev.stork.web.session.Trainee;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration wizard {@code stork serve} builds on its board. For {@code sim}, the simulated uncalibrated board.
 * For a real plate, the plate the dashboard holds open: a serial plate emulated through a socat pseudo-terminal,
 * whose four cells have known gains and offsets. The test drives the wizard over the dashboard's HTTP API while the
 * plate stays open, playing the person who puts a 20 kg mass where each step says and then taps "Go on"; it checks
 * the fit against the true gains, the profile saved under the board id, and that what the plate measures next (a
 * known load, a trial of the session stored with its calibration id) uses the new profile at once. Real time: about
 * 20 s per calibration.
 */
class ServeCalibrationTest {
    private static final int RATE_HZ = 200;
    private static final long BOARD_ID = 0x5702_CA1BL;
    private static final String BOARD_HEX = "5702ca1b";
    private static final double MASS_KG = 20;
    /** The cells sit where a plate without a profile is assumed to have them (433 x 238 mm). */
    private static final double SPACING_ML_M = 0.433;
    private static final double SPACING_AP_M = 0.238;
    private static final double[] TRUE_GAIN_N_PER_COUNT = {2.31e-4, 2.47e-4, 2.19e-4, 2.58e-4};
    private static final double[] TRUE_OFFSET_COUNTS = {153_000, -87_500, 412_345, -20_000};
    /** White noise per cell, N: what a 50 kg cell on a NAU7802 shows at 80 Hz. */
    private static final double CELL_NOISE_N = 0.2;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    private SocatPtyPair pty;
    private EmulatedSerialPlate plate;
    private final PlacedMassCells cells = new PlacedMassCells(TRUE_GAIN_N_PER_COUNT, TRUE_OFFSET_COUNTS,
            CELL_NOISE_N, SPACING_ML_M, SPACING_AP_M, 11);
    /** What is on the plate: the placed mass, or a person for a trial. */
    private volatile EmulatedSerialPlate.CellSignal onThePlate = cells;

    @BeforeEach
    void plugIn() throws Exception {
        pty = new SocatPtyPair();
        pty.start();
        plate = new EmulatedSerialPlate(pty.plate(), RATE_HZ).boardId(BOARD_ID)
                .cellSignal((hostNanos, sequence, counts) -> onThePlate.fill(hostNanos, sequence, counts));
        plate.start();
    }

    @AfterEach
    void unplug() throws Exception {
        plate.close();
        pty.close();
    }

    private String spec() {
        return "serial:" + pty.host();
    }

    private ProfileDirectory profiles() {
        return new ProfileDirectory(data.resolve("calibration"));
    }

    /** A profile of the plate 3 % off in every gain, as an old calibration that needs redoing. */
    private PlateProfile saveOldProfile() throws Exception {
        double[] gains = new double[4];
        for (int i = 0; i < 4; i++) {
            gains[i] = TRUE_GAIN_N_PER_COUNT[i] * 1.03;
        }
        PlateProfile old = new PlateProfile(BOARD_HEX, Instant.parse("2026-01-01T00:00:00Z"), CellUnit.COUNTS,
                SPACING_ML_M * 1000, SPACING_AP_M * 1000, gains, TRUE_OFFSET_COUNTS, PlateFitQuality.NOT_MEASURED);
        profiles().save(old);
        return old;
    }

    @Test
    void theSimulationIsCalibratedOnTheDashboard() throws Exception {
        CalibrationWizard wizard = ServeCommand.calibration("sim", ServeCommand.board("sim", data), data);
        assertTrue(wizard.available());
        assertEquals("sim", wizard.source());
        assertTrue(wizard.calibrationRequired().isEmpty());
        wizard.close();
    }

    @Test
    void theWizardCalibratesThePlateTheDashboardHoldsAndTheNextTrialUsesTheNewProfile() throws Exception {
        PlateProfile old = saveOldProfile();
        try (Dashboard dashboard = new Dashboard()) {
            assertEquals(old.calibrationId(), dashboard.board.calibrationId());
            double oldError = totalErrorPercent(dashboard.board);
            assertEquals(3, oldError, 0.3, "the old profile reads 3 % heavy");

            JsonNode done = calibrate(dashboard, () -> {
                // While the wizard has the plate, no trial: the dashboard refuses, and so does the board itself.
                HttpResponse<String> start = dashboard.post("api/session/start", "{}");
                assertEquals(409, start.statusCode(), start.body());
                assertEquals("a calibration is under way: finish or cancel it before training", error(start));
                IllegalStateException refused = assertThrows(IllegalStateException.class,
                        () -> dashboard.board.open(null, 1));
                assertEquals(dashboard.board.sourceName() + " is being calibrated: finish or cancel the calibration "
                        + "before training", refused.getMessage());
            });
            assertEquals("DONE", done.path("phase").asText(), done.toString());
            assertEquals(BOARD_HEX, done.path("deviceId").asText());
            assertEquals("serial plate " + BOARD_HEX + " on " + pty.host(), done.path("board").asText());

            PlateProfile saved = profiles().loadPlate(BOARD_HEX).orElseThrow();
            assertEquals(profiles().plateFile(BOARD_HEX).toString(), done.path("savedFile").asText(),
                    "saved under the board id");
            JsonNode report = done.path("report");
            assertEquals(saved.calibrationId(), report.path("calibrationId").asText());
            double worstGainError = 0;
            for (int i = 0; i < 4; i++) {
                double error = saved.gain(i) / TRUE_GAIN_N_PER_COUNT[i] - 1;
                worstGainError = Math.max(worstGainError, Math.abs(error));
                assertEquals(0, error, 1e-3, "gain of cell " + i + " within 0.1 % of the truth");
                assertEquals(saved.gain(i), report.path("gains").get(i).asDouble(), 1e-15, "the report's gain " + i);
            }
            // Taken up before the wizard said DONE: no wait.
            assertEquals(saved.calibrationId(), dashboard.board.calibrationId(), "the live board uses the new profile");
            double newError = totalErrorPercent(dashboard.board);
            assertEquals(0, newError, 0.1, "a known load reads right with the new profile");

            StoredTrial trial = dashboard.oneTrial();
            assertEquals(saved.calibrationId(), trial.outcome().calibrationId(), "the stored trial's calibration");
            assertEquals(EndReason.TOUCHDOWN, trial.outcome().endReason());
            System.out.printf(Locale.ROOT, "dashboard calibration of a serial plate held open: worst gain error "
                    + "%.4f %%, a 30 kg load read %.3f %% off with the old profile and %.4f %% off with the new one; "
                    + "check COP error %.3f mm%n", 100 * worstGainError, oldError, newError,
                    saved.quality().checkCopErrorMm());
        }
    }

    @Test
    void aPlateWithoutAProfileStartsUncalibratedAndTrainingWaitsForTheWizard() throws Exception {
        try (Dashboard dashboard = new Dashboard()) {
            assertTrue(dashboard.board.uncalibrated(), "opened without a profile");
            String required = "the plate '" + BOARD_HEX + "' (serial plate " + BOARD_HEX + " on " + pty.host()
                    + ") has no calibration yet";
            assertEquals(required, dashboard.get("api/calibration").path("required").asText());
            HttpResponse<String> start = dashboard.post("api/session/start", "{}");
            assertEquals(409, start.statusCode(), start.body());
            assertEquals(required + ": calibrate it first (Calibrate tab), then train", error(start));
            assertEquals("READY", dashboard.get("api/session").path("phase").asText());

            JsonNode done = calibrate(dashboard, () -> { });
            assertEquals("DONE", done.path("phase").asText(), done.toString());
            PlateProfile saved = profiles().loadPlate(BOARD_HEX).orElseThrow();
            assertEquals(saved.calibrationId(), dashboard.board.calibrationId());
            assertFalse(dashboard.board.uncalibrated());
            assertTrue(dashboard.get("api/calibration").path("required").isNull(), "nothing required any more");
            for (int i = 0; i < 4; i++) {
                assertEquals(1, saved.gain(i) / TRUE_GAIN_N_PER_COUNT[i], 1e-3, "gain of cell " + i);
            }
            assertEquals(0, totalErrorPercent(dashboard.board), 0.1, "a known load reads right");
            HttpResponse<String> started = dashboard.post("api/session/start", "{}");
            assertEquals(200, started.statusCode(), "training may start: " + started.body());
            assertEquals(200, dashboard.post("api/session/stop", "{}").statusCode());
        }
    }

    @Test
    void serveStartsAPlateWithoutAProfileAndSaysToCalibrateItOnTheDashboard() throws Exception {
        try (ServeProcess serve = ServeProcess.start(data.resolve("serve-stderr.txt"), "--source", spec(), "--data",
                data.toString())) {
            assertEquals("Note: the plate '" + BOARD_HEX + "' (serial plate " + BOARD_HEX + " on " + pty.host()
                    + ") has no calibration yet: calibrate it on the dashboard's Calibrate tab before training.",
                    serve.readLine());
            HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(serve.base()
                    .resolve("api/calibration")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode s = JSON.readTree(state.body());
            assertTrue(s.path("available").asBoolean(), s.toString());
            assertEquals(spec(), s.path("source").asText());
            assertTrue(s.path("required").asText().endsWith("has no calibration yet"), s.toString());
            assertTrue(serve.terminate(Duration.ofSeconds(30)), "serve exits after a SIGTERM");
        }
    }

    @Test
    void oneAtATimeAndACancelledCalibrationLeavesTheOldProfileInUse() throws Exception {
        PlateProfile old = saveOldProfile();
        byte[] before = Files.readAllBytes(profiles().plateFile(BOARD_HEX));
        try (Dashboard dashboard = new Dashboard()) {
            // A trial running on the plate: the wizard cannot have it.
            RunningView trial = RunningView.start(dashboard.board.open(null, 1), new SampleListener() {
            });
            HttpResponse<String> refused = dashboard.post("api/calibration/start",
                    "{\"kind\": \"plate\", \"mass_kg\": 20}");
            assertEquals(409, refused.statusCode(), refused.body());
            assertEquals("a trial is running on " + dashboard.board.sourceName() + ": calibrate it between trials",
                    error(refused));
            assertTrue(trial.stop());
            HttpResponse<String> imu = dashboard.post("api/calibration/start", "{\"kind\": \"imu\"}");
            assertEquals(409, imu.statusCode(), imu.body());
            assertTrue(error(imu).startsWith("--source " + spec() + " is a force plate (serial plate " + BOARD_HEX),
                    error(imu));

            assertEquals(200, dashboard.post("api/calibration/start", "{\"kind\": \"plate\", \"mass_kg\": 20}")
                    .statusCode());
            Await.value(() -> dashboard.get("api/calibration"), s -> s.path("phase").asText().equals("WAITING"), 10,
                    "the first step");
            cells.follow("empty", MASS_KG);
            settle();
            assertEquals(200, dashboard.post("api/calibration/confirm", "{}").statusCode());
            JsonNode waiting = Await.value(() -> dashboard.get("api/calibration"),
                    s -> s.path("phase").asText().equals("WAITING") && s.path("stepIndex").asInt() == 1, 20,
                    "the second step, after the tare");
            assertEquals("centre", waiting.path("stepId").asText());
            cells.follow("centre", MASS_KG);
            assertEquals(200, dashboard.post("api/calibration/cancel", "{}").statusCode());
            JsonNode cancelled = Await.value(() -> dashboard.get("api/calibration"),
                    s -> s.path("phase").asText().equals("CANCELLED"), 10, "cancelled");
            assertTrue(cancelled.path("report").isNull());
            assertArrayEquals(before, Files.readAllBytes(profiles().plateFile(BOARD_HEX)), "the profile untouched");
            assertEquals(old.calibrationId(), dashboard.board.calibrationId(), "the old profile still in use");
            assertEquals(3, totalErrorPercent(dashboard.board), 0.3, "still read with the old gains");
        }
    }

    /**
     * Starts a plate calibration with the 20 kg mass and plays the person: at each prompt, does what the step asks,
     * lets the plate send 0.2 s of the new load, and taps "Go on". Runs {@code whileSecondStepWaits} once, when the
     * second step is shown. Returns the final state.
     */
    private JsonNode calibrate(Dashboard dashboard, Runnable whileSecondStepWaits) throws Exception {
        HttpResponse<String> start = dashboard.post("api/calibration/start", "{\"kind\": \"plate\", \"mass_kg\": 20}");
        assertEquals(200, start.statusCode(), start.body());
        long deadline = System.nanoTime() + 120_000_000_000L;
        long answered = 0;
        boolean checked = false;
        while (true) {
            assertTrue(System.nanoTime() < deadline, "the calibration ends within 120 s");
            JsonNode s = dashboard.get("api/calibration");
            String phase = s.path("phase").asText();
            if (phase.equals("DONE") || phase.equals("FAILED") || phase.equals("CANCELLED")) {
                return s;
            }
            if (phase.equals("WAITING") && s.path("promptNumber").asLong() > answered) {
                answered = s.path("promptNumber").asLong();
                assertTrue(answered <= 10, "asked too often: " + s);
                if (s.path("stepIndex").asInt() == 1 && !checked) {
                    checked = true;
                    whileSecondStepWaits.run();
                }
                cells.follow(s.path("stepId").asText(), MASS_KG);
                settle();
                HttpResponse<String> confirm = dashboard.post("api/calibration/confirm", "{}");
                assertEquals(200, confirm.statusCode(), confirm.body());
            }
            LockSupport.parkNanos(10_000_000L);
        }
    }

    /** Waits until the plate has sent 0.2 s of what is on it now, as a person lets a mass settle. */
    private void settle() throws InterruptedException {
        long written = plate.samplesWritten();
        Await.until(() -> plate.samplesWritten() >= written + RATE_HZ / 5, 5, () -> "the emulated plate writes");
    }

    /**
     * Puts 30 kg 10 cm right of and 5 cm behind the centre and reads it through a trial's view of the live board:
     * how far the mean total force is from the true weight, % (400 samples).
     */
    private double totalErrorPercent(LiveTrialBoard board) throws InterruptedException {
        cells.place(30, 0.10, -0.05);
        settle();
        MeanTotal mean = new MeanTotal(400);
        RunningView view = RunningView.start(board.open(null, 1), mean);
        Await.until(() -> mean.done(), 10, () -> "400 calibrated samples");
        assertTrue(view.stop() && view.failure() == null, "the view ended");
        cells.place(0, 0, 0);
        double weightN = 30 * PlacedMassCells.GRAVITY_MPS2;
        return 100 * (mean.meanN() / weightN - 1);
    }

    private static String error(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("error").asText();
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    /** The mean calibrated total of {@code count} samples, after the first 20 (samples in transit). */
    private static final class MeanTotal implements SampleListener {
        private final int count;
        private int seen;
        private double sumN;
        private volatile boolean done;
        private volatile double meanN;

        MeanTotal(int count) {
            this.count = count;
        }

        @Override
        public void onPlateSample(PlateSample sample) {
            seen++;
            if (seen <= 20 || done) {
                return;
            }
            sumN += sample.total();
            if (seen == 20 + count) {
                meanN = sumN / count;
                done = true;
            }
        }

        boolean done() {
            return done;
        }

        double meanN() {
            return meanN;
        }
    }

    /**
     * {@code stork serve}'s parts on the emulated plate, in process: the board and the wizard as the command makes
     * them, a session for "ann" (the starting plan of single-leg stance) in a real store, and the dashboard on a
     * free loopback port.
     */
    private final class Dashboard implements AutoCloseable {
        final TrialBoard sessionBoard;
        final LiveTrialBoard board;
        final CalibrationWizard wizard;
        final Store store;
        final Person ann;
        final RunnerSession session;
        final DashboardServer server;
        private final HttpClient http = HttpClient.newHttpClient();

        Dashboard() throws Exception {
            sessionBoard = ServeCommand.board(spec(), data);
            board = assertInstanceOf(LiveTrialBoard.class, sessionBoard);
            wizard = ServeCommand.calibration(spec(), sessionBoard, data);
            store = Store.open(data);
            ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
            ann = Trainee.openOrCreate(store, catalogue, "ann", List.of("single-leg-stance"));
            session = new RunnerSession(store, catalogue, sessionBoard, spec(), SessionClock.system(),
                    System::nanoTime, Files.createDirectories(data.resolve("work")), ann);
            server = DashboardServer.start(new DashboardConfig(DashboardConfig.LOOPBACK, 0, null), session, wizard);
        }

        JsonNode get(String path) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, response.statusCode(), response.body());
                return JSON.readTree(response.body());
            } catch (Exception e) {
                throw new IllegalStateException("GET " + path + " failed", e);
            }
        }

        HttpResponse<String> post(String path, String body) {
            try {
                return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException("POST " + path + " failed", e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + server.port() + "/" + path);
        }

        /**
         * One trial of today's session on the plate: start, the person steps on when told, stands, lifts the other
         * foot for 3 s and touches down; pain 0; then the session is ended. Returns the stored trial.
         */
        StoredTrial oneTrial() throws Exception {
            PlatePerson person = new PlatePerson(PersonModel.typicalAdult(), RATE_HZ, new UncalibratedCells(
                    CellUnit.COUNTS, TRUE_GAIN_N_PER_COUNT, TRUE_OFFSET_COUNTS, new double[4]), SPACING_ML_M,
                    SPACING_AP_M);
            onThePlate = person;
            HttpResponse<String> start = post("api/session/start", "{}");
            assertEquals(200, start.statusCode(), start.body());
            JsonNode instructions = Await.value(() -> get("api/session"),
                    s -> s.path("phase").asText().equals("INSTRUCTIONS"), 10, "the instructions of trial 1");
            String leg = instructions.path("trials").get(instructions.path("currentIndex").asInt()).path("leg")
                    .asText();
            String lifted = leg.equalsIgnoreCase("right") ? "left" : "right";
            person.perform("on 1; both 2.5; lift " + lifted + " 3.0; touchdown; both 0.5; off", 5);
            JsonNode asked = Await.value(() -> get("api/session"),
                    s -> s.path("phase").asText().matches("REPORT|FAILED|DONE"), 30, "the pain question");
            assertEquals("REPORT", asked.path("phase").asText(), asked.toString());
            HttpResponse<String> report = post("api/session/report", "{\"pain\": 0, \"lostForm\": false}");
            assertEquals(200, report.statusCode(), report.body());
            Await.until(() -> store.trials(ann.id()).size() == 1, 10, () -> "the trial stored");
            assertEquals(200, post("api/session/stop", "{}").statusCode());
            Await.value(() -> get("api/session"), s -> s.path("phase").asText().equals("DONE"), 10, "the end");
            return store.trials(ann.id()).get(0);
        }

        @Override
        public void close() throws Exception {
            server.close();
            wizard.close();
            session.close();
            SessionBoards.close(sessionBoard);
            store.close();
        }
    }
}
