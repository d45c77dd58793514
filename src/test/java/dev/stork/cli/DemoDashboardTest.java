package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.support.Await;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork demo} in real time as a real process: it prints the address of a dashboard that shows the same
 * session the terminal shows, from the simulated person stepping on to the hold.
 */
class DemoDashboardTest {
    private static final Pattern ADDRESS = Pattern.compile("Watch it in a browser on this machine too: (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void theDemoPrintsTheAddressOfADashboardThatFollowsItsSession() throws Exception {
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.stork.app.Main", "demo", "--data",
                dir.toString(), "--person", "Ada").redirectErrorStream(true).start();
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> copy(demo.getInputStream(), out), "demo-stdout");
        reader.start();
        try {
            Await.until(() -> ADDRESS.matcher(out).find(), 60, () -> "the dashboard's address; so far:\n" + out);
            Matcher m = ADDRESS.matcher(out);
            assertTrue(m.find());
            URI base = URI.create(m.group(1));
            assertEquals("127.0.0.1", base.getHost(), "the demo's dashboard is for this machine only");
            HttpClient http = HttpClient.newHttpClient();
            JsonNode holding = Await.value(() -> get(http, base.resolve("api/session")),
                    s -> s.get("phase").asText().equals("HOLDING"), 60, "the demo's person holding on one leg");
            assertEquals("single-leg-stance", holding.get("trials").get(0).get("exerciseId").asText(),
                    holding.toString());
            JsonNode status = get(http, base.resolve("api/status"));
            assertTrue(status.get("samples").asLong() > 0, status.toString());
            assertTrue(out.indexOf("Stork demo: Single-leg stance") >= 0, out.toString());
        } finally {
            demo.destroyForcibly();
            demo.waitFor(30, TimeUnit.SECONDS);
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

    private static void copy(InputStream in, StringBuffer into) {
        byte[] buffer = new byte[4096];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                into.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            into.append("\n[reading the output failed: ").append(e.getMessage()).append(']');
        }
    }
}
