package dev.stork.trial;

import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.trial.support.PlateSamples;
import dev.stork.signal.stance.PlateStanceConfig;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One plate sample through the whole live pipeline per operation: COP, causal low-pass on both axes, stance
 * detector, hold sway and snapshot publication. The samples are a precomputed simulated session at 1 kHz
 * (stepping on, two-leg stance, a left and a right hold ended by touchdown, stepping off), replayed in a loop with
 * time running on. Run with {@code -prof gc}: gc.alloc.rate.norm is 0 B/op but for the one {@link TrialResult}
 * each completed hold builds (two per {@value #SESSION_S} s of samples).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LivePipelineBenchmark {
    private static final double RATE_HZ = 1000;
    private static final int SESSION_S = 40;
    private static final String SCRIPT =
            "on 2; both 4; lift left 12; touchdown; both 4; lift right 12; touchdown; both 4; off 2";

    private PlateSamples samples;
    private PlatePipeline pipeline;
    private int next;
    private long lapNanos;
    private long offsetNanos;

    @Setup
    public void simulateSession() {
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(SCRIPT), PersonModel.typicalAdult(),
                RATE_HZ, 0.433, 0.238, 1);
        samples = PlateSamples.of(model, Integer.MAX_VALUE);
        lapNanos = Math.round(samples.size() * 1e9 / RATE_HZ);
        pipeline = new PlatePipeline(PlateGeometry.WII_BALANCE_BOARD, RATE_HZ, PlateStanceConfig.defaults(15), null);
    }

    @Benchmark
    public int onePlateSample() {
        int i = next;
        samples.feed(pipeline, i, offsetNanos);
        if (++next == samples.size()) {
            next = 0;
            offsetNanos += lapNanos;
        }
        return i;
    }
}
