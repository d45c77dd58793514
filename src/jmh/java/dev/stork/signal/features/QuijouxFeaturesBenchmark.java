package dev.stork.signal.features;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time for the full 72-feature analysis (preprocessing included) of one 60 s trial at 100 Hz, the size of a BDS
 * trial. The input is synthetic quiet-stance-like sway: a random walk pulled back towards the centre (a discrete
 * Ornstein-Uhlenbeck process) in each axis, about 0.3 cm RMS, fixed seed. Target: at most 3 ms per analysis.
 * Run with {@code scripts/bench QuijouxFeaturesBenchmark}.
 *
 * <p>Besides JMH's wall-clock score, each measurement iteration prints the benchmark thread's CPU time per
 * analysis, which stays meaningful when other processes crowd the machine (the wall clock then counts their
 * time slices too).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuijouxFeaturesBenchmark {
    private static final int SAMPLES = 6000;
    private static final double RATE_HZ = 100.0;

    private double[] mlCm;
    private double[] apCm;
    private QuijouxFeatures features;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long cpuNanos;
    private long calls;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        mlCm = swayCm(random, 1.0);
        apCm = swayCm(random, -8.0);
        features = new QuijouxFeatures();
    }

    private static double[] swayCm(Random random, double centreCm) {
        double[] x = new double[SAMPLES];
        double value = 0.0;
        for (int i = 0; i < SAMPLES; i++) {
            value += -0.01 * value + 0.03 * random.nextGaussian();
            x[i] = centreCm + value;
        }
        return x;
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        cpuNanos = 0;
        calls = 0;
    }

    @TearDown(Level.Iteration)
    public void reportCpuTime() {
        if (calls > 0) {
            System.out.printf("  [thread CPU time per analysis: %.3f ms over %d calls]%n", cpuNanos / 1e6 / calls,
                    calls);
        }
    }

    @Benchmark
    public FeatureSet analyzeSixtySecondTrial() {
        long start = threads.getCurrentThreadCpuTime();
        FeatureSet result = features.analyze(mlCm, apCm, RATE_HZ);
        cpuNanos += threads.getCurrentThreadCpuTime() - start;
        calls++;
        return result;
    }
}
