package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.signal.stance.StanceState;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The plate pipeline allocates nothing per sample: after warm-up, 10,000 samples that include stepping on, two-leg
 * stance, the start of a hold and the hold itself allocate (almost) no bytes on the acquisition thread.
 * Hold ends are left out of the measured window: each builds one {@link TrialResult} by design.
 */
class PipelineAllocationTest {
    private static final double RATE_HZ = 1000;
    private static final int WINDOW = 10_000;
    /** What the measurement itself may cost; the pipeline's share must be 0. */
    private static final long TOLERANCE_BYTES = 64;

    @Test
    void tenThousandSamplesAllocateNothing() {
        // 12 s: on at 0, two legs until 4 s, then a hold on the right foot from 4 s to 12 s.
        PlateSessionModel model = new PlateSessionModel(
                SessionScript.parse("on 2; both 2; lift left 8; touchdown; both 1; off"), PersonModel.typicalAdult(),
                RATE_HZ, 0.433, 0.238, 5);
        int n = (int) model.sampleCount();
        long[] t = new long[n];
        double[][] cells = new double[4][n];
        PlateSample s = new PlateSample();
        for (int i = 0; model.next(s, 0); i++) {
            t[i] = s.timeNanos;
            cells[0][i] = s.topLeft;
            cells[1][i] = s.topRight;
            cells[2][i] = s.bottomLeft;
            cells[3][i] = s.bottomRight;
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        PlatePipeline pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, RATE_HZ,
                PlateStanceConfig.defaults(15), null);
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            pipeline.reset();
            long before = threads.getThreadAllocatedBytes(thread);
            for (int i = 0; i < WINDOW + 1000; i++) {
                pipeline.process(t[i], cells[0][i], cells[1][i], cells[2][i], cells[3][i]);
            }
            long after = threads.getThreadAllocatedBytes(thread);
            best = Math.min(best, after - before);
        }
        assertEquals(StanceState.HOLD, pipeline.snapshot().state(), "the window reaches into the hold");
        assertTrue(best <= TOLERANCE_BYTES, "allocated " + best + " bytes over " + (WINDOW + 1000) + " samples");
    }
}
