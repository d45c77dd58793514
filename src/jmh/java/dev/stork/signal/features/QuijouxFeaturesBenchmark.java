package dev.stork.signal.features;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time for the full 72-feature analysis (preprocessing included) of one 60 s trial at 100 Hz, the size of a BDS
 * trial. The input is synthetic quiet-stance-like sway: a random walk pulled back towards the centre (a discrete
 * Ornstein-Uhlenbeck process) in each axis, about 0.3 cm RMS, fixed seed. Target: at most 3 ms per analysis.
 * Run with {@code scripts/bench QuijouxFeaturesBenchmark}.
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

    @Benchmark
    public FeatureSet analyzeSixtySecondTrial() {
        return features.analyze(mlCm, apCm, RATE_HZ);
    }
}
