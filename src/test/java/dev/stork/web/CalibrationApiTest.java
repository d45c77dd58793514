package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationFeeds;
import dev.stork.sensor.sim.Pacing;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calibration wizard's routes on the real server bound to 0.0.0.0 (so the token is required), with the
 * simulated board ten times faster than real time and trials paced in real time.
 */
class CalibrationApiTest {
    private static final String TOKEN = RunningDashboard.TOKEN.value();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningDashboard dashboard;

    @TempDir
    Path data;

    @BeforeEach
    void start() {
        CalibrationWizard wizard = new CalibrationWizard(new CalibrationFeeds("sim", spec -> {
            throw new AssertionError("simulation only: " + spec);
        }, 10, 2), new ProfileDirectory(data.resolve("calibration")), () -> Instant.parse("2026-11-22T05:00:00Z"));
        dashboard = RunningDashboard.simulated(data, "0.0.0.0", true, "single-leg-stance", 100, Pacing.REAL_TIME, wizard);
    }

    @AfterEach
    void stop() throws InterruptedException {
        dashboard.close();
    }

    private HttpResponse<String> post(String path, String body, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dashboard.base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header(DashboardServer.TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return post(path, body, TOKEN);
    }

    private JsonNode state() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(dashboard.base()
                + "api/calibration")).header(DashboardServer.TOKEN_HEADER, TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).path("error").asText();
    }

    @Test
    void everyRouteNeedsTheToken() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(dashboard.base() + "api/calibration"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, get.statusCode());
        for (String command : new String[] {"start", "confirm", "cancel"}) {
            assertEquals(401, post("api/calibration/" + command, "{\"kind\":\"plate\",\"mass_kg\":20}", null)
                    .statusCode(), command);
            assertEquals(401, post("api/calibration/" + command, "{\"kind\":\"plate\",\"mass_kg\":20}", "wrong")
                    .statusCode(), command);
        }
        assertEquals("IDLE", state().path("phase").asText(), "nothing started");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json | the body is not valid JSON",
        "[1] | the body must be a JSON object",
        "{} | 'kind' must be \"plate\" or \"imu\"",
        "{\"kind\": \"scale\"} | 'kind' must be \"plate\" or \"imu\"",
        "{\"kind\": 1} | 'kind' must be \"plate\" or \"imu\"",
        "{\"kind\": \"plate\"} | 'mass_kg' must be the known mass, 1 to 300 kg",
        "{\"kind\": \"plate\", \"mass_kg\": 0} | 'mass_kg' must be the known mass, 1 to 300 kg",
        "{\"kind\": \"plate\", \"mass_kg\": 301} | 'mass_kg' must be the known mass, 1 to 300 kg",
        "{\"kind\": \"plate\", \"mass_kg\": \"20\"} | 'mass_kg' must be a number of kilograms",
        "{\"kind\": \"plate\", \"mass_kg\": 20, \"seed\": 1} | unknown field 'seed'"})
    void badStartBodiesAreRefusedWithTheReason(String body, String reason) throws Exception {
        HttpResponse<String> response = post("api/calibration/start", body);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(error(response).startsWith(reason), error(response));
        assertEquals("IDLE", state().path("phase").asText(), "nothing started");
    }

    @Test
    void commandsWithNothingUnderWayAreRefused() throws Exception {
        HttpResponse<String> confirm = post("api/calibration/confirm", "{}");
        assertEquals(409, confirm.statusCode());
        assertEquals("no calibration is under way", error(confirm));
        assertEquals(409, post("api/calibration/cancel", "").statusCode());
        assertEquals(400, post("api/calibration/confirm", "{\"go\": true}").statusCode(), "known fields only");
    }

    @Test
    void oneThingAtATimeOnTheBoard() throws Exception {
        HttpResponse<String> started = post("api/calibration/start", "{\"kind\": \"imu\"}");
        assertEquals(200, started.statusCode(), started.body());
        JsonNode s = JSON.readTree(started.body());
        assertEquals("imu", s.path("kind").asText());
        assertTrue(s.path("phase").asText().matches("CONNECTING|WAITING"), s.toString());

        HttpResponse<String> again = post("api/calibration/start", "{\"kind\": \"plate\", \"mass_kg\": 20}");
        assertEquals(409, again.statusCode());
        assertEquals("an imu calibration is under way: go on with it or cancel it first", error(again));
        for (String command : new String[] {"start", "resume", "skip"}) {
            HttpResponse<String> trial = post("api/session/" + command, "{}");
            assertEquals(409, trial.statusCode(), "no trial during a calibration: " + command);
            assertEquals("a calibration is under way: finish or cancel it before training", error(trial));
        }
        assertEquals("READY", dashboard.session.view().phase().name(), "the trial did not start");

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!state().path("phase").asText().equals("WAITING")) {
            assertTrue(System.nanoTime() < deadline, "the simulated IMU answers");
            LockSupport.parkNanos(5_000_000L);
        }
        JsonNode waiting = state();
        assertEquals("Lay the board flat on the floor, top up, and let go.", waiting.path("prompt").asText());
        assertEquals(3, waiting.path("accelMps2").size(), "the live reading");
        HttpResponse<String> cancelled = post("api/calibration/cancel", "{}");
        assertEquals(200, cancelled.statusCode());
        while (!state().path("phase").asText().equals("CANCELLED")) {
            assertTrue(System.nanoTime() < deadline, "cancelled");
            LockSupport.parkNanos(5_000_000L);
        }
        assertTrue(state().path("report").isNull());
        assertTrue(Files.notExists(data.resolve("calibration")), "nothing saved");
        assertEquals(200, post("api/session/start", "{}").statusCode(), "training may start again");
    }

    @Test
    void noCalibrationWhileASessionIsUnderWay() throws Exception {
        assertEquals(200, post("api/session/start", "{}").statusCode());
        HttpResponse<String> refused = post("api/calibration/start", "{\"kind\": \"plate\", \"mass_kg\": 20}");
        assertEquals(409, refused.statusCode());
        assertTrue(error(refused).matches("a training session is under way \\([a-z]+\\): pause it or end it before "
                + "calibrating"), error(refused));
        assertEquals("IDLE", state().path("phase").asText());
        assertEquals(200, post("api/session/stop", "{}").statusCode());
        long deadline = System.nanoTime() + 10_000_000_000L;
        HttpResponse<String> started;
        while ((started = post("api/calibration/start", "{\"kind\": \"plate\", \"mass_kg\": 20}")).statusCode()
                != 200) {
            assertTrue(System.nanoTime() < deadline, "the session ended: " + started.body());
            LockSupport.parkNanos(5_000_000L);
        }
        assertEquals("plate", JSON.readTree(started.body()).path("kind").asText());
    }

    @Test
    void aWizardWithoutABoardSaysWhatToDoInstead() throws Exception {
        String reason = "The plate serial:/dev/ttyACM0 is held open for training. To calibrate it, stop the dashboard "
                + "and run: stork calibrate plate --source serial:/dev/ttyACM0";
        try (RunningDashboard other = RunningDashboard.simulated(data.resolve("other"), "127.0.0.1", false,
                "single-leg-stance", 100, Pacing.FAST, CalibrationWizard.unavailable(reason))) {
            HttpResponse<String> state = http.send(HttpRequest.newBuilder(URI.create(other.base()
                    + "api/calibration")).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode s = JSON.readTree(state.body());
            assertFalse(s.path("available").asBoolean());
            assertEquals(reason, s.path("unavailableReason").asText());
            HttpResponse<String> start = http.send(HttpRequest.newBuilder(URI.create(other.base()
                    + "api/calibration/start")).POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"imu\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(409, start.statusCode());
            assertEquals(reason, error(start));
        }
    }
}
