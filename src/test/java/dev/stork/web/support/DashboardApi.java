package dev.stork.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.web.DashboardServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A client of a {@link RunningDashboard}'s JSON API over HTTP, carrying the access token: requests, their JSON, and
 * a session answered through the API (pain 0, form kept) until it is over.
 */
public final class DashboardApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 20;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    /** A client of {@code dashboard}, with its token. */
    public DashboardApi(RunningDashboard dashboard) {
        this.base = dashboard.base();
    }

    /** {@code GET path} with the token. */
    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), true);
    }

    /** {@code method path} with a JSON body, with the token or (for the access checks) without it. */
    public HttpResponse<String> send(String method, String path, String body, boolean withToken)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), withToken);
    }

    /** {@code POST path} with a JSON body and the token. */
    public HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, body, true);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean withToken)
            throws IOException, InterruptedException {
        if (withToken) {
            request.header(DashboardServer.TOKEN_HEADER, RunningDashboard.TOKEN.value());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a response as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The body of an answer that must be 200, as JSON. */
    public static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    /** The reason of a refusal with {@code status}. */
    public static String refused(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response).path("error").asText();
    }

    /** {@code GET /api/session}. */
    public JsonNode session() throws IOException, InterruptedException {
        return ok(get("api/session"));
    }

    /** Waits up to {@code seconds} for the session to reach {@code phase}. */
    public JsonNode awaitPhase(String phase, double seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        JsonNode view = session();
        while (!view.path("phase").asText().equals(phase)) {
            assertTrue(System.nanoTime() < deadline, "no " + phase + " after " + seconds + " s: " + view);
            Thread.sleep(POLL_MILLIS);
            view = session();
        }
        return view;
    }

    /**
     * Answers each pain question with 0 and form kept until the session is over (within {@code seconds}), and
     * returns its last view, {@code DONE}.
     */
    public JsonNode answerUntilDone(double seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (true) {
            JsonNode view = session();
            String phase = view.path("phase").asText();
            assertNotEquals("FAILED", phase, view.toString());
            if (phase.equals("DONE")) {
                return view;
            }
            assertTrue(System.nanoTime() < deadline, "not over after " + seconds + " s: " + view);
            if (phase.equals("REPORT")) {
                ok(post("api/session/report", "{\"pain\": 0, \"lostForm\": false}"));
            } else {
                Thread.sleep(POLL_MILLIS);
            }
        }
    }
}
