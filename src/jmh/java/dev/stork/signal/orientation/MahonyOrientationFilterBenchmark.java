package dev.stork.signal.orientation;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One orientation-filter update per operation, on a precomputed wobble (tilt oscillating about both horizontal axes
 * with matching gyroscope and accelerometer samples) so that every call does the full feedback and rotation work.
 * Run with {@code -prof gc}: gc.alloc.rate.norm must be 0 B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MahonyOrientationFilterBenchmark {
    private static final int SAMPLES = 1024;
    private static final double RATE_HZ = 100;
    private static final double G = 9.80665;

    private final double[] samples = new double[SAMPLES * 6];
    private final MahonyOrientationFilter filter = new MahonyOrientationFilter();
    private int next;

    @Setup
    public void createWobble() {
        double[] up = new double[3];
        for (int i = 0; i < SAMPLES; i++) {
            double t = i / RATE_HZ;
            double roll = 0.1 * Math.sin(2 * Math.PI * 0.7 * t);
            double pitch = 0.08 * Math.sin(2 * Math.PI * 0.45 * t);
            Quaternion q = Quaternion.fromRollPitchYaw(roll, pitch, 0);
            Quaternion.earthUpInSensor(q.w(), q.x(), q.y(), q.z(), up, 0);
            samples[6 * i] = G * up[0];
            samples[6 * i + 1] = G * up[1];
            samples[6 * i + 2] = G * up[2];
            samples[6 * i + 3] = 0.1 * 2 * Math.PI * 0.7 * Math.cos(2 * Math.PI * 0.7 * t);
            samples[6 * i + 4] = 0.08 * 2 * Math.PI * 0.45 * Math.cos(2 * Math.PI * 0.45 * t);
            samples[6 * i + 5] = 0.002;
        }
    }

    @Benchmark
    public double update() {
        int k = 6 * next;
        next = (next + 1) & (SAMPLES - 1);
        filter.update(samples[k], samples[k + 1], samples[k + 2], samples[k + 3], samples[k + 4], samples[k + 5],
                1 / RATE_HZ);
        return filter.w();
    }
}
