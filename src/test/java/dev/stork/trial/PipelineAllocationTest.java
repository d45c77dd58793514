package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.ImuSample;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.WobbleSessionModel;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.StanceState;
import dev.stork.trial.support.PlateSamples;
import dev.stork.signal.stance.WobbleHoldConfig;
import dev.stork.support.AllocationMeter;
import org.junit.jupiter.api.Test;

/**
 * The live pipelines allocate nothing per sample: after warm-up, about 10,000 samples that include stepping on,
 * two-leg stance, the start of a hold and the hold itself allocate no bytes on the acquisition thread (best of 20
 * rounds, so a stray JIT or GC bookkeeping allocation in one round does not count). Hold ends are left out of the
 * window (each builds one {@link TrialResult} by design), and so is the first sample after a reset.
 */
class PipelineAllocationTest {
    private static final double RATE_HZ = 1000;
    private static final int WINDOW = 11_000;
    private static final long TOLERANCE_BYTES = 0;
    private static final String SCRIPT = "on 2; both 2; lift left 8; touchdown; both 1; off";

    @Test
    void theRepetitionPipelineAllocatesNothingPerSampleWhileItCounts() {
        // Settled from about 1.5 s, the set starts 3 s later; the window of 11 s counts two repetitions of a set of 8.
        String script = "on 1 alone=0.5; both 5; rep 2 load=0.35 forward=0.01; both 0.5; rep 2 load=0.35 "
                + "forward=0.01; both 0.5; rep 2 load=0.35 forward=0.01; both 2";
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(script), PersonModel.typicalAdult(),
                RATE_HZ, 0.433, 0.238, 5);
        PlateSamples samples = PlateSamples.of(model, WINDOW);
        long best = Long.MAX_VALUE;
        PlatePipeline last = null;
        for (int round = 0; round < 20; round++) {
            PlatePipeline pipeline = PlatePipeline.forRepetitions(PlateGeometry.WII_BALANCE_BOARD, RATE_HZ, 8, null);
            samples.feed(pipeline, 0, 0);
            best = Math.min(best, AllocationMeter.bytesAllocatedBy(() -> {
                for (int i = 1; i < WINDOW; i++) {
                    samples.feed(pipeline, i, 0);
                }
            }));
            last = pipeline;
        }
        assertEquals(StanceState.HOLD, last.snapshot().state(), "the window reaches into the set");
        assertTrue(last.snapshot().repetitions() >= 2, "counted " + last.snapshot().repetitions());
        assertTrue(best <= TOLERANCE_BYTES, "allocated " + best + " bytes over " + WINDOW + " samples");
    }

    @Test
    void platePipelineAllocatesNothingPerSample() {
        // A hold on the right foot from 4 s; the window of 11 s reaches 7 s into it.
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(SCRIPT), PersonModel.typicalAdult(),
                RATE_HZ, 0.433, 0.238, 5);
        PlateSamples samples = PlateSamples.of(model, WINDOW);
        PlatePipeline pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, RATE_HZ,
                PlateStanceConfig.defaults(15), null);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            pipeline.reset();
            samples.feed(pipeline, 0, 0);
            best = Math.min(best, AllocationMeter.bytesAllocatedBy(() -> {
                for (int i = 1; i < WINDOW; i++) {
                    samples.feed(pipeline, i, 0);
                }
            }));
        }
        assertEquals(StanceState.HOLD, pipeline.snapshot().state(), "the window reaches into the hold");
        assertTrue(best <= TOLERANCE_BYTES, "allocated " + best + " bytes over " + WINDOW + " samples");
    }

    @Test
    void wobblePipelineAllocatesNothingPerSample() {
        WobbleSessionModel model = new WobbleSessionModel(SessionScript.parse(SCRIPT), PersonModel.typicalAdult(),
                RATE_HZ, 5);
        long[] t = new long[WINDOW];
        double[][] imu = new double[6][WINDOW];
        ImuSample s = new ImuSample();
        for (int i = 0; i < WINDOW && model.next(s, 0); i++) {
            t[i] = s.timeNanos;
            imu[0][i] = s.accelX;
            imu[1][i] = s.accelY;
            imu[2][i] = s.accelZ;
            imu[3][i] = s.gyroX;
            imu[4][i] = s.gyroY;
            imu[5][i] = s.gyroZ;
        }
        WobblePipeline pipeline = new WobblePipeline(RATE_HZ, WobbleHoldConfig.defaults(15, 15), null);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            pipeline.reset();
            // The first sample after a reset aligns the orientation to gravity, which builds one quaternion.
            pipeline.process(t[0], imu[0][0], imu[1][0], imu[2][0], imu[3][0], imu[4][0], imu[5][0]);
            best = Math.min(best, AllocationMeter.bytesAllocatedBy(() -> {
                for (int i = 1; i < WINDOW; i++) {
                    pipeline.process(t[i], imu[0][i], imu[1][i], imu[2][i], imu[3][i], imu[4][i], imu[5][i]);
                }
            }));
        }
        assertEquals(StanceState.HOLD, pipeline.snapshot().state(), "the window reaches into the hold");
        assertTrue(best <= TOLERANCE_BYTES, "allocated " + best + " bytes over " + WINDOW + " samples");
    }
}
