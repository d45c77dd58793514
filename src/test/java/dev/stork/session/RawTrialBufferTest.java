package dev.stork.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.AllocationMeter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The raw buffer of a trial: nothing allocated per sample, and what it writes reads back as recorded. */
class RawTrialBufferTest {
    private static final int SAMPLES = 10_000;

    @TempDir
    Path dir;

    @Test
    void keepingSamplesAllocatesNothing() {
        RawTrialBuffer buffer = new RawTrialBuffer(SAMPLES);
        PlateSample sample = new PlateSample();
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            buffer.clear();
            best = Math.min(best, AllocationMeter.bytesAllocatedBy(() -> {
                for (int i = 0; i < SAMPLES; i++) {
                    sample.set(i * 10_000_000L, i, i, i + 1, i + 2, i + 3, 0);
                    buffer.add(sample);
                }
            }));
        }
        assertEquals(SAMPLES, buffer.size());
        // Same tolerance as PipelineAllocationTest: 0 bytes over 10,000 samples after warm-up.
        assertEquals(0, best, "bytes allocated over " + SAMPLES + " samples");
    }

    @Test
    void theWrittenRecordingReadsBackAndCountsWhatDidNotFit() throws Exception {
        RawTrialBuffer buffer = new RawTrialBuffer(3);
        PlateSample sample = new PlateSample();
        for (int i = 0; i < 5; i++) {
            buffer.add(sample.set(5_000_000_000L + i * 10_000_000L, i, 100 + i, 200, 300, 400.5, 0));
        }
        assertEquals(2, buffer.droppedCount());
        Path file = dir.resolve("trial.csv");
        buffer.write(file, 100, 0.433, 0.238, Map.of("source", "test"));
        Recording recording = RecordingReader.read(file);
        // Times start at the first sample; values are written exactly enough to read back within 1e-9.
        assertArrayEquals(new double[] {0, 0.01, 0.02}, recording.timeS(), 1e-9);
        assertArrayEquals(new double[] {100, 101, 102}, recording.channel("tl_N"), 1e-9);
        assertEquals(100, recording.rateHz(), 1e-12);
        assertTrue(recording.metadata().containsKey("source"), recording.metadata().toString());
    }
}
