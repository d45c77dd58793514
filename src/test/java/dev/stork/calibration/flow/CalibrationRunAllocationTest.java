package dev.stork.calibration.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationSnapshot.Phase;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.support.AllocationMeter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's per-sample path allocates nothing on the acquisition thread, while a step waits for the person and
 * while it collects: after warm-up, the best of ten rounds of samples allocates no bytes (a round may hold a
 * snapshot publication, about 30 a second by design, and the best round shows the per-sample cost). The source
 * below measures on the acquisition thread itself.
 */
class CalibrationRunAllocationTest {
    private static final int ROUND = 2_000;
    private static final int ROUNDS = 10;
    /** 10 µs apart: every round of the collecting step stays inside its 2 s window. */
    private static final long PERIOD_NANOS = 10_000;

    @TempDir
    Path data;

    @Test
    void waitingAndCollectingAllocateNothingPerSample() throws Exception {
        MeasuringPlate plate = new MeasuringPlate();
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20),
                new CalibrationFeed(plate, StepHelper.PERSON, "test"), new ProfileDirectory(data),
                () -> Instant.EPOCH);
        plate.run = run;
        run.start();
        assertTrue(plate.measured.await(60, java.util.concurrent.TimeUnit.SECONDS), "measurement finished");
        assertEquals(Phase.COLLECTING, plate.phaseAfter, "the second measurement ran while collecting");
        assertEquals(0, plate.waitingBytes, "bytes per " + ROUND + " samples while waiting");
        assertEquals(0, plate.collectingBytes, "bytes per " + ROUND + " samples while collecting");
        run.close();
        assertTrue(run.awaitEnd(Duration.ofSeconds(5)));
    }

    /** A counts plate with nothing on it that measures the listener's allocations on its own thread. */
    private static final class MeasuringPlate extends ScriptedPlate {
        private final PlateSample sample = new PlateSample();
        final CountDownLatch measured = new CountDownLatch(1);
        volatile CalibrationRun run;
        volatile long waitingBytes = -1;
        volatile long collectingBytes = -1;
        volatile Phase phaseAfter;
        private long index;

        MeasuringPlate() {
            super("measuring plate");
        }

        private void deliver(SampleListener listener, int count) {
            for (int i = 0; i < count; i++) {
                sample.set(index * PERIOD_NANOS, index, 1000, 1000, 1000, 1000, 0);
                index++;
                listener.onPlateSample(sample);
            }
        }

        private long bestOf(SampleListener listener) {
            long best = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                best = Math.min(best, AllocationMeter.bytesAllocatedBy(() -> deliver(listener, ROUND)));
            }
            return best;
        }

        @Override
        void play(SampleListener listener) {
            deliver(listener, 1);
            deliver(listener, 20_000);
            waitingBytes = bestOf(listener);
            run.confirm();
            deliver(listener, 20_000);
            collectingBytes = bestOf(listener);
            phaseAfter = run.snapshot().phase();
            measured.countDown();
        }
    }
}
