package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredTrial;
import dev.stork.support.Await;
import dev.stork.training.FormReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stork train} as a real process stopped with SIGTERM (what Ctrl-C and a service manager send) while the
 * pain question of a finished trial waits: the trial is stored without its answers and the session still decides.
 */
class TrainStoppedTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void stoppedAtThePainQuestionTheTrialIsStoredUnansweredAndTheSessionDecides() throws Exception {
        Path stderr = dir.resolve("stderr.txt");
        Process train = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.stork.app.Main", "train", "--fast",
                "--data", dir.resolve("stork").toString(), "--person", "Kim")
                .redirectError(stderr.toFile()).start();
        StringBuffer out = new StringBuffer();
        Thread reader = new Thread(() -> copy(train.getInputStream(), out), "train-stdout");
        reader.start();
        try {
            // Standard input stays open and silent: the person has walked away from the question.
            Await.until(() -> out.indexOf("Pain now, 0 (none) to 10 (worst)?") >= 0, 60,
                    () -> "the first pain question; output so far:\n" + out);
            train.toHandle().destroy();
            assertTrue(train.waitFor(60, TimeUnit.SECONDS), "train exits after a SIGTERM");
            reader.join(10_000);
        } finally {
            train.destroyForcibly();
        }
        assertTrue(out.indexOf("Stopping: stopped (Ctrl-C).") >= 0, out.toString());
        assertTrue(out.indexOf("Trial 1 is stored with pain and form not reported.") >= 0, out.toString());
        try (Store store = Store.open(dir.resolve("stork"))) {
            Person kim = store.person("Kim").orElseThrow();
            List<StoredTrial> trials = store.trials(kim.id());
            assertEquals(1, trials.size(), "the trial waiting for its answers was stored\n" + out + "\n"
                    + Files.readString(stderr));
            assertEquals(OptionalInt.empty(), trials.get(0).outcome().pain());
            assertEquals(FormReport.NOT_REPORTED, trials.get(0).outcome().form());
            assertTrue(trials.get(0).hasRecording());
            assertEquals(1, store.decisions(kim.id()).size(), "the decision was made before the process exited");
            assertNotNull(store.sessions(kim.id()).get(0).endedAt(), "the session was finished");
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
