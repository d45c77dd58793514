package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.LiveTrialBoard;
import dev.stork.session.SessionClock;
import dev.stork.session.TrialBoard;
import dev.stork.session.support.PlatePerson;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.support.Await;
import dev.stork.training.ExerciseCatalogue;
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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork serve}'s board: one place turns {@code --source} into a board. The simulation, and a real serial
 * plate (the emulated plate's frames through a socat pseudo-terminal pair) whose calibration is looked up by the id
 * it reports and whose health, reconnections included, reaches {@code GET /api/status}.
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
