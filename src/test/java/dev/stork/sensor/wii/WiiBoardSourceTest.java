package dev.stork.sensor.wii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Wii board source on kernel-layout byte streams: from a file, and through a named pipe whose writer
 * goes away and comes back, as a board does when it is switched off and on.
 */
class WiiBoardSourceTest {

    @TempDir
    Path dir;

    @Test
    void replaysAFileFrameByFrameWithKernelSpacingKept() throws Exception {
        InputEvents events = new InputEvents(InputEventLayout.LP64);
        for (int i = 0; i < 500; i++) {
            // An irregular rate, as the board's: 10 ms, 12 ms, 10 ms, 12 ms ...
            events.frame(5_000_000L + i * 11_000L + (i % 2) * 1_000L, 2000 + i, 2000, 2000, 2000);
        }
        Path file = dir.resolve("events.bin");
        Files.write(file, events.bytes());
        Recorder recorder = new Recorder();
        AtomicLong host = new AtomicLong(90_000_000_000L);
        WiiBoardSource source = new WiiBoardSource(() -> file, "test", InputEventLayout.LP64, true,
                () -> host.addAndGet(1_000), millis -> { }, 1);
        source.run(recorder);
        assertEquals(500, recorder.samples.size());
        assertTrue(recorder.ended);
        assertEquals(HealthEvent.Kind.CONNECTED, recorder.health.get(0).kind());
        for (int i = 1; i < 500; i++) {
            long kernelStep = 11_000_000L + ((i % 2) - ((i - 1) % 2)) * 1_000_000L;
            assertEquals(kernelStep, recorder.samples.get(i)[0] - recorder.samples.get(i - 1)[0],
                    "host-time spacing equals kernel spacing, frame " + i);
        }
        assertEquals(20.00 + 499 * 0.01, recorder.samples.get(499)[1], 1e-9);
    }

    @Test
    void aMissingDeviceIsReportedOnceAndRetried() throws Exception {
        Path missing = dir.resolve("event42");
        Recorder recorder = new Recorder();
        int[] attempts = {0};
        WiiBoardSource[] source = new WiiBoardSource[1];
        source[0] = new WiiBoardSource(() -> missing, "test", InputEventLayout.LP64, false, System::nanoTime,
                millis -> {
                    if (++attempts[0] == 3) {
                        source[0].stop();
                    }
                }, 1);
        source[0].run(recorder);
        assertEquals(3, attempts[0]);
        assertEquals(1, recorder.health.size(), "the same reason is not repeated: " + recorder.health);
        assertTrue(recorder.health.get(0).message().contains("no Wii Balance Board at " + missing),
                recorder.health.get(0).message());
        assertTrue(recorder.ended);
    }

    @Test
    void noBoardFoundExplainsHowToPairIt() throws Exception {
        Recorder recorder = new Recorder();
        WiiBoardSource[] source = new WiiBoardSource[1];
        source[0] = new WiiBoardSource(() -> null, "test", InputEventLayout.LP64, false, System::nanoTime,
                millis -> source[0].stop(), 1);
        source[0].run(recorder);
        assertTrue(recorder.health.get(0).message().contains("pair it over Bluetooth"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void reconnectsWhenTheBoardGoesAwayAndComesBack() throws Exception {
        Path fifo = dir.resolve("event7");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo failed");
        Recorder recorder = new Recorder();
        WiiBoardSource source = new WiiBoardSource(() -> fifo, "test", InputEventLayout.LP64, false,
                System::nanoTime, millis -> Thread.onSpinWait(), 1);
        Thread reader = new Thread(() -> {
            try {
                source.run(recorder);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wii-reader");
        reader.start();

        writeInOddChunks(fifo, framesFrom(0, 100));
        waitFor(() -> recorder.samples.size() == 100 && recorder.health.size() >= 2);
        assertEquals(HealthEvent.Kind.DISCONNECTED, recorder.health.get(1).kind(), recorder.health.toString());
        assertTrue(recorder.health.get(1).message().contains("disconnected"));

        writeInOddChunks(fifo, framesFrom(100, 50));
        waitFor(() -> recorder.samples.size() == 150);
        assertEquals(HealthEvent.Kind.CONNECTED, recorder.health.get(2).kind(), recorder.health.toString());

        source.stop();
        // Unblock a reader that has already reopened the pipe and waits for a writer.
        try (OutputStream unblock = Files.newOutputStream(fifo)) {
            unblock.flush();
        }
        reader.join(10_000);
        assertTrue(recorder.ended, "the source ends after stop()");
        assertEquals(2.99, recorder.samples.get(149)[1] - recorder.samples.get(0)[1] + 1.50, 1e-9,
                "values of frame 149 arrived intact");
    }

    private static byte[] framesFrom(int first, int count) {
        InputEvents events = new InputEvents(InputEventLayout.LP64);
        for (int i = first; i < first + count; i++) {
            events.frame(1_000_000L + i * 10_000L, 150 + i, 100, 100, 100);
        }
        return events.bytes();
    }

    /** Writes in 37-byte pieces so events arrive split across reads. */
    private static void writeInOddChunks(Path fifo, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(fifo)) {
            for (int offset = 0; offset < bytes.length; offset += 37) {
                out.write(bytes, offset, Math.min(37, bytes.length - offset));
                out.flush();
            }
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 20 s");
            }
            Thread.sleep(5);
        }
    }

    private static final class Recorder implements SampleListener {
        final List<double[]> samples = new CopyOnWriteArrayList<>();
        final List<HealthEvent> health = new CopyOnWriteArrayList<>();
        volatile boolean ended;

        @Override
        public void onPlateSample(PlateSample s) {
            samples.add(new double[] {s.timeNanos, s.topLeft, s.topRight, s.bottomLeft, s.bottomRight});
        }

        @Override
        public void onHealth(HealthEvent event) {
            health.add(event);
        }

        @Override
        public void onEnd() {
            ended = true;
        }
    }

    @Test
    void finderPicksBoardsByTheDriverName() throws IOException {
        Path sys = dir.resolve("sys");
        device(sys, "event3", "AT Translated Set 2 keyboard");
        device(sys, "event9", "Nintendo Wii Remote Balance Board");
        device(sys, "event5", "Nintendo Wii Remote Balance Board");
        List<Path> found = new WiiBoardFinder(sys, Path.of("/dev/input")).find();
        assertEquals(List.of(Path.of("/dev/input/event5"), Path.of("/dev/input/event9")), found);
        assertEquals(new ArrayList<Path>(), new WiiBoardFinder(dir.resolve("absent"), Path.of("/dev/input")).find());
    }

    private static void device(Path sys, String event, String name) throws IOException {
        Path device = Files.createDirectories(sys.resolve(event).resolve("device"));
        Files.writeString(device.resolve("name"), name + "\n");
    }
}
