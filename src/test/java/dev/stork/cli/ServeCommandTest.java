package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.board.LiveTrialBoard;
import dev.stork.board.TrialBoard;
import dev.stork.board.support.PlatePerson;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.cli.support.ServeProcess;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.support.Await;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.FormReport;
import dev.stork.web.DashboardConfig;
import dev.stork.web.DashboardServer;
import dev.stork.web.session.RunnerSession;
import dev.stork.web.session.Trainee;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork serve}'s board: one place turns {@code --source} into a board. The simulation, and a real serial
 * plate (the emulated plate's frames through a socat pseudo-terminal pair) whose calibration is looked up by the id
 * it reports and whose health, reconnections included, reaches {@code GET /api/status}. And its shutdown: a real
 * {@code stork serve} process stopped with SIGTERM, as Ctrl-C or a service manager stops it.
 */
class ServeCommandTest {
    private static final int RATE_HZ = 200;
    private static final long BOARD_ID = 0x5702_00a7L;
    private static final UncalibratedCells CELLS = UncalibratedCells.typicalCountsPlate();

    @TempDir
    Path data;
    private SocatPtyPair pty;
    private EmulatedSerialPlate plate;

    @BeforeEach
    void startPty() throws Exception {
        pty = new SocatPtyPair();
        pty.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (plate != null) {
            plate.close();
        }
        pty.close();
    }

    private void startPlate() {
        plate = new EmulatedSerialPlate(pty.plate(), RATE_HZ).boardId(BOARD_ID)
                .cellSignal(new PlatePerson(PersonModel.typicalAdult(), RATE_HZ, CELLS, 0.433, 0.238));
        plate.start();
    }

    private void saveProfile() throws Exception {
        new ProfileDirectory(data.resolve("calibration")).save(new PlateProfile(String.format("%08x", BOARD_ID),
                Instant.now(), SourceDescription.CellUnit.COUNTS, 433, 238, CELLS.gainNPerUnit(),
                CELLS.offsetUnits(), PlateFitQuality.NOT_MEASURED));
    }

    @Test
    void simIsTheSimulatedBoardAtOneHundredHertz() throws Exception {
        TrialBoard board = ServeCommand.board("sim", data);
        assertEquals(100, board.rateHz());
        assertEquals("simulation", board.sourceName());
    }

    @Test
    void aCalibratedSerialPlateFeedsTheDashboardAndItsHealthShowsTheReconnection() throws Exception {
        startPlate();
        saveProfile();
        TrialBoard board = ServeCommand.board("serial:" + pty.host(), data);
        assertInstanceOf(LiveTrialBoard.class, board);
        Path work = Files.createDirectory(data.resolve("work"));
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        HttpClient http = HttpClient.newHttpClient();
        try (Store store = Store.open(data)) {
            Person ann = Trainee.openOrCreate(store, catalogue, "ann", List.of("single-leg-stance"));
            RunnerSession session = new RunnerSession(store, catalogue, board, "serial:" + pty.host(),
                    SessionClock.system(), System::nanoTime, work, ann);
            try (DashboardServer server = DashboardServer.start(new DashboardConfig(DashboardConfig.LOOPBACK, 0,
                    null), session)) {
                URI status = URI.create(server.url().replaceAll("/$", "") + "/api/status");
                JsonNode first = Await.value(() -> get(http, status),
                        s -> s.get("connection").asText().equals("CONNECTED")
                                && s.get("achievedRateHz").asDouble() > 0.9 * RATE_HZ, 10, "the plate at full rate");
                assertEquals("serial plate 570200a7 on " + pty.host(), first.get("source").asText());
                assertEquals(RATE_HZ, first.get("nominalRateHz").asDouble());
                assertEquals(0, first.get("reconnections").asLong());
                assertTrue(first.get("healthy").asBoolean());

                plate.close();
                pty.kill();
                Await.value(() -> get(http, status), s -> !s.get("healthy").asBoolean(), 10,
                        "the lost plate shown as unhealthy");
                pty.start();
                startPlate();
                JsonNode back = Await.value(() -> get(http, status),
                        s -> s.get("reconnections").asLong() == 1 && s.get("healthy").asBoolean(), 15,
                        "the plate back, with one reconnection");
                assertEquals("CONNECTED", back.get("connection").asText());
            } finally {
                session.close();
            }
        } finally {
            SessionBoards.close(board);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stoppedAtThePainQuestionTheServerSavesTheTrialAndDecidesBeforeItExits() throws Exception {
        String log;
        try (ServeProcess serve = ServeProcess.start(data.resolve("serve-stderr.txt"), "--data",
                data.resolve("stork").toString(), "--person", "Eve")) {
            URI base = serve.base();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> started = http.send(HttpRequest.newBuilder(base.resolve("api/session/start"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, started.statusCode(), started.body());
            // The simulated person steps on, lifts a foot and holds in real time: up to about 25 s to the question,
            // followed on the live stream the dashboard reads, about 30 frames a second.
            Pattern phase = Pattern.compile("\"session\":\\{\"phase\":\"([A-Z_]+)\"");
            HttpResponse<Stream<String>> live = http.send(HttpRequest.newBuilder(base.resolve("live"))
                            .header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines());
            try (Stream<String> lines = live.body()) {
                String asking = lines.map(phase::matcher).filter(Matcher::find).map(m -> m.group(1))
                        .filter(p -> p.equals("REPORT") || p.equals("FAILED") || p.equals("DONE")).findFirst()
                        .orElse("the end of the stream");
                assertEquals("REPORT", asking);
            }
            assertTrue(serve.terminate(Duration.ofSeconds(60)), "serve exits after a SIGTERM");
            log = serve.stderr();
        }
        assertTrue(log.contains("Javalin has stopped"), log);
        assertFalse(log.contains("ERROR") || log.contains("Exception"), log);
        assertFalse(log.contains("raw recordings that could not be stored"), log);
        try (Store store = Store.open(data.resolve("stork"))) {
            Person eve = store.person("Eve").orElseThrow();
            List<StoredTrial> trials = store.trials(eve.id());
            assertEquals(1, trials.size(), "the trial waiting for its answer was saved");
            assertEquals(OptionalInt.empty(), trials.get(0).outcome().pain());
            assertEquals(FormReport.NOT_REPORTED, trials.get(0).outcome().form());
            assertTrue(trials.get(0).hasRecording());
            assertEquals(1, store.decisions(eve.id()).size(), "the decision was made before the store closed");
            assertNotNull(store.sessions(eve.id()).get(0).endedAt(), "the session was finished");
        }
    }

    private static JsonNode get(HttpClient http, URI uri) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return new ObjectMapper().readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + uri + " failed", e);
        }
    }
}
