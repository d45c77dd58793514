package dev.stork.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real JVM that is storing trials and shows that every trial it reported as committed survived, and that
 * the database is intact.
 */
class StoreCrashTest {
    private static final int COMMITS_BEFORE_KILL = 25;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void trialsReportedCommittedSurviveAKillMidSession() throws Exception {
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreCrashChild.class.getName(), data.toString(),
                dir.resolve("scratch").toString())
                .redirectError(stderr.toFile())
                .start();
        Map<Long, Integer> committed = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    String[] parts = line.split(" ");
                    committed.put(Long.parseLong(parts[1]), Integer.parseInt(parts[2]));
                    if (committed.size() == COMMITS_BEFORE_KILL) {
                        // SIGKILL through the handle: unlike Process.destroyForcibly it leaves our end of the pipe
                        // open, so lines the child printed before dying are still read and checked
                        child.toHandle().destroyForcibly();
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        if (committed.size() < COMMITS_BEFORE_KILL) {
            fail("the child stopped after " + committed.size() + " commits; its stderr:\n"
                    + Files.readString(stderr));
        }
        assertTrue(child.exitValue() != 0, "the child was killed, not finished");
        assertTrue(Files.exists(data.resolve(Store.FILE_NAME + "-wal")),
                "a killed writer leaves its write-ahead log behind for recovery");

        try (Store store = Store.open(data)) {
            assertEquals("ok", store.integrityCheck());
            long person = store.person("crash").orElseThrow().id();
            Map<Long, StoredTrial> stored = new LinkedHashMap<>();
            for (StoredTrial trial : store.trials(person)) {
                stored.put(trial.id(), trial);
            }
            for (Map.Entry<Long, Integer> entry : committed.entrySet()) {
                StoredTrial trial = stored.get(entry.getKey());
                int n = entry.getValue();
                assertTrue(trial != null, "trial " + n + " (id " + entry.getKey() + ") was reported committed");
                assertEquals(StoreCrashChild.holdOf(n), trial.outcome().holdSeconds(), 0, "stored exactly");
                assertEquals(List.of(new TrialEvent(StoreCrashChild.holdOf(n), "touchdown", "trial " + n)),
                        trial.events());
                Path exported = Files.write(dir.resolve("check-" + n + ".csv"),
                        store.recordingCsv(trial.id()).orElseThrow());
                Recording recording = RecordingReader.read(exported);
                assertEquals(300, recording.size(), "whole recording of trial " + n);
                assertEquals(Recordings.force(n, 299, 3), recording.channel("br_N")[299], 1e-4,
                        "last force, to the 0.1 mN the writer keeps");
            }
            assertTrue(stored.size() <= committed.size() + 1,
                    "at most the trial in flight when killed may be stored unreported: " + stored.size() + " vs "
                            + committed.size());
            System.out.println("StoreCrashTest: child killed after " + committed.size() + " reported commits; "
                    + stored.size() + " trials in the database");
        }
    }
}
