package dev.stork.trial;

import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.trial.support.PlateSamples;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One plate sample through the live pipeline of a set of repetitions per operation: COP, causal low-pass on both
 * axes, the set detector and its repetition counter, the set's sway and snapshot publication. The samples are a
 * precomputed simulated set at 1 kHz (stepping on with one foot, the countdown, ten lateral lunges, stepping off),
 * replayed in a loop with time running on. The target of 100 is never reached: each lap's set ends as the person
 * steps off. Run with {@code -prof gc}: gc.alloc.rate.norm is 0 B/op but for the one {@link TrialResult} (with its
 * list of repetitions) each set builds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RepetitionPipelineBenchmark {
    private static final double RATE_HZ = 1000;
    private static final String REP = "; rep 2.4 load=0.35 forward=0.01 hold=0.4; both 0.6";
    private static final String SCRIPT = "on 1.5 first=left gap=0.5 alone=0.5; both 5" + REP.repeat(10) + "; off 2";

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
        pipeline = PlatePipeline.forRepetitions(PlateGeometry.WII_BALANCE_BOARD, RATE_HZ, 100, null);
    }

    @Benchmark
    public int onePlateSampleInASet() {
        int i = next;
        samples.feed(pipeline, i, offsetNanos);
        if (++next == samples.size()) {
            next = 0;
            offsetNanos += lapNanos;
        }
        return i;
    }
}
