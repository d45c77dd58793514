package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.session.TrialBoard;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.training.FormReport;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork serve}'s board seam (one place turns {@code --source} into a board, and refuses what it cannot), and
 * its shutdown: a real {@code stork serve} process stopped with SIGTERM, as Ctrl-C or a service manager stops it.
 */
class ServeCommandTest {

    @TempDir
    Path data;

    @Test
    void simIsTheSimulatedBoardAtOneHundredHertz() {
        TrialBoard board = ServeCommand.board("sim");
        assertEquals(100, board.rateHz());
        assertEquals("simulation", board.sourceName());
    }

    @Test
    void anyOtherSourceIsRefusedWithTheSpecNamed() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServeCommand.board("serial:/dev/ttyACM0"));
        assertTrue(refused.getMessage().startsWith("--source serial:/dev/ttyACM0: sessions run only on the "
                + "simulated plate (sim) so far"), refused.getMessage());

        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("serve", "--source", "wii", "--data", data.toString(),
                "--port", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("stork serve: --source wii"), run.err());
        assertTrue(run.err().contains("simulated plate (sim)"), run.err());
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stoppedAtThePainQuestionTheServerSavesTheTrialAndDecidesBeforeItExits() throws Exception {
        Path stderr = data.resolve("serve-stderr.txt");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.stork.app.Main", "serve", "--port", "0",
                "--data", data.resolve("stork").toString(), "--person", "Eve")
                .redirectError(stderr.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = out.readLine();
            assertTrue(first != null && first.startsWith("Stork dashboard: http://127.0.0.1:"),
                    first + "\n" + Files.readString(stderr));
            URI base = URI.create(first.substring("Stork dashboard: ".length()));
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
            serve.toHandle().destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve exits after a SIGTERM");
        } finally {
            serve.destroyForcibly();
        }
        String log = Files.readString(stderr);
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
}
