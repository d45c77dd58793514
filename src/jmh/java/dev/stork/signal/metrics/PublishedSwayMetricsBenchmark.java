package dev.stork.signal.metrics;

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
 * The BDS/PDS published metrics on one 60 s trial at 100 Hz, as they run once at the end of a trial. The cost does
 * not depend on the values, so the trial is a synthetic sway (two slow sines and noise, fixed seed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PublishedSwayMetricsBenchmark {
    private static final double RATE_HZ = 100;
    private static final int SAMPLES = 6000;

    private final double[] apM = new double[SAMPLES];
    private final double[] mlM = new double[SAMPLES];
    private final MeanFrequency meanFrequency = new MeanFrequency(SAMPLES, RATE_HZ);

    @Setup
    public void createTrial() {
        Random random = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            double t = i / RATE_HZ;
            apM[i] = 0.004 * Math.sin(2 * Math.PI * 0.2 * t) + 0.0005 * random.nextGaussian();
            mlM[i] = 0.002 * Math.sin(2 * Math.PI * 0.35 * t + 1) + 0.0005 * random.nextGaussian();
        }
    }

    @Benchmark
    public double predictionEllipseArea() {
        return PredictionEllipse.areaM2(apM, mlM, SAMPLES);
    }

    @Benchmark
    public double pathVelocity() {
        return PathVelocity.meanVelocityMps(apM, mlM, SAMPLES, RATE_HZ);
    }

    /** With the Welch buffers already sized for the trial length. */
    @Benchmark
    public double meanFrequency() {
        return meanFrequency.combinedHz(apM, mlM);
    }

    /** Sizing the Welch buffers (window, transform tables) for this trial, then the estimate. */
    @Benchmark
    public double meanFrequencyWithSetUp() {
        return new MeanFrequency(SAMPLES, RATE_HZ).combinedHz(apM, mlM);
    }

    /** What the end of a trial costs for all three, the spectrum sized once beforehand. */
    @Benchmark
    public double allThree() {
        return PredictionEllipse.areaM2(apM, mlM, SAMPLES) + PathVelocity.meanVelocityMps(apM, mlM, SAMPLES, RATE_HZ)
                + meanFrequency.combinedHz(apM, mlM);
    }
}
