package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.sim.Pacing;
import dev.stork.web.support.RunningDashboard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real server bound to every address (0.0.0.0, so a token is required), reached over loopback. */
class DashboardSecurityTest {
    private static final String TOKEN = RunningDashboard.TOKEN.value();
    private final HttpClient http = HttpClient.newHttpClient();
    private RunningDashboard dashboard;

    @TempDir
    Path data;

    @BeforeEach
    void start() {
        dashboard = RunningDashboard.simulated(data, "0.0.0.0", true, "single-leg-stance", 100, Pacing.FAST);
    }

    @AfterEach
    void stop() throws InterruptedException {
        dashboard.close();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dashboard.base() + path));
        if (token != null) {
            request.header(DashboardServer.TOKEN_HEADER, token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(dashboard.base() + path))
                .header(DashboardServer.TOKEN_HEADER, TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/status", "api/session", "api/history", "api/export?format=csv", "live"})
    void refusesMissingAndWrongTokens(String path) throws Exception {
        assertEquals(401, get(path, null).statusCode(), "no token");
        assertEquals(401, get(path, TOKEN + "x").statusCode(), "wrong token");
        assertEquals(401, get(path, TOKEN.substring(1)).statusCode(), "token prefix");
        assertEquals(401, get(path + (path.contains("?") ? "&" : "?") + "token=nope", null).statusCode(),
                "wrong query token");
    }

    @Test
    void refusesUnauthorisedCommands() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(dashboard.base()
                        + "api/session/start")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertEquals("READY", dashboard.session.view().phase().name(), "the command had no effect");
    }

    @Test
    void statusAnswersWithTheTokenInHeaderOrQuery() throws Exception {
        HttpResponse<String> byHeader = get("api/status", TOKEN);
        assertEquals(200, byHeader.statusCode());
        assertTrue(byHeader.body().contains("\"kind\":\"sim\""), byHeader.body());
        assertTrue(byHeader.body().contains("\"achievedRateHz\""), byHeader.body());
        assertTrue(byHeader.body().contains("\"healthy\""), byHeader.body());
        assertEquals(200, get("api/status?token=" + TOKEN, null).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"assets/..%2F..%2F..%2Fpom.xml", "assets/%2e%2e%2f%2e%2e%2fpom.xml",
        "assets/..%5C..%5Cpom.xml", "assets/index.html%00.js", "assets/../../../../etc/passwd",
        "assets/dev/stork/web/public/app.js", "assets/Assets.class", "assets/%2Fetc%2Fpasswd"})
    void staticRouteServesNothingOutsideItsList(String path) throws Exception {
        HttpResponse<String> response = get(path, null);
        assertTrue(response.statusCode() == 404 || response.statusCode() == 400,
                path + " gave " + response.statusCode());
        assertFalse(response.body().contains("root:"), "no /etc/passwd");
        assertFalse(response.body().contains("<project"), "no pom.xml");
    }

    @Test
    void staticRouteServesItsFiles() throws Exception {
        assertEquals(200, get("", null).statusCode());
        HttpResponse<String> js = get("assets/app.js", null);
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api/export?format=../../../etc/passwd", "api/export?format=csv&file=../../pom",
        "api/export?format=csv&file=%2Fetc%2Fpasswd", "api/export?format=json&file=recordings/trial-1",
        "api/export"})
    void exportRefusesAnythingButItsTwoFilesAndFormats(String path) throws Exception {
        HttpResponse<String> response = get(path, TOKEN);
        assertEquals(400, response.statusCode(), path);
        assertTrue(response.body().startsWith("{\"error\":"), response.body());
        assertFalse(response.body().contains("root:"));
    }

    @Test
    void exportGivesTheTrialsFile() throws Exception {
        HttpResponse<String> csv = get("api/export?format=csv&file=trials", TOKEN);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("trial_id,person,session_id"), csv.body());
    }

    @Test
    void oversizeBodiesAreBadRequests() throws Exception {
        String big = "{\"pain\": 1, \"lostForm\": false, \"x\": \"" + "a".repeat(70 * 1024) + "\"}";
        HttpResponse<String> response = post("api/session/report", big);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("bytes"), response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1,2]", "\"text\"", "{\"pain\": \"two\"}", "{\"pain\": 11}", "{\"pain\": -1}",
        "{\"pain\": 2.5}", "{\"pain\": 2, \"lostForm\": \"yes\"}", "{\"pain\": 2, \"admin\": true}", "{}"})
    void malformedReportsAreBadRequestsWithAReason(String body) throws Exception {
        HttpResponse<String> response = post("api/session/report", body);
        assertEquals(400, response.statusCode(), body + " -> " + response.body());
        assertTrue(response.body().matches("\\{\"error\":\".+\"}"), response.body());
    }

    @Test
    void commandsAreRefusedInTheWrongPhaseWithAReason() throws Exception {
        HttpResponse<String> pause = post("api/session/pause", "{}");
        assertEquals(409, pause.statusCode());
        assertTrue(pause.body().contains("the session has not started"), pause.body());
        assertEquals(400, post("api/session/start", "{\"now\": true}").statusCode(), "unknown field");
    }
}
