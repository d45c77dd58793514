package dev.stork.sensor.serial;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.LinkStats;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.serial.support.SocatPtyPair;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Latency of the whole serial path at 1 kHz: from the emulated plate's write into one end of a socat pty pair to
 * the moment the sample reaches the listener of a {@link SerialPlateSource} reading the other end through
 * jSerialComm. Both ends run in this JVM, so both times come from {@link System#nanoTime()}. Also reports how far
 * the mapped sample times lie from the write times (the clock mapping's error, constant lag included).
 *
 * <p>Run (needs socat; default 20 s at 1000 Hz):
 * <pre>
 * mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
 *     -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
 *     dev.stork.sensor.serial.SerialLatencyBench [seconds] [rateHz]
 * </pre>
 */
public final class SerialLatencyBench {

    private SerialLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int rateHz = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int warmUp = rateHz * 2;
        int count = seconds * rateHz + warmUp;
        long[] receivedNanos = new long[count];
        long[] mappedNanos = new long[count];

        try (SocatPtyPair pty = new SocatPtyPair()) {
            pty.start();
            EmulatedSerialPlate plate = new EmulatedSerialPlate(pty.plate(), rateHz).sampleLimit(count)
                    .recordWriteTimes(count);
            SerialPlateSource source = new SerialPlateSource(pty.host().toString());
            int[] received = new int[1];
            SampleListener listener = new SampleListener() {
                @Override
                public void onPlateSample(PlateSample sample) {
                    long now = System.nanoTime();
                    int index = (int) sample.sequence;
                    if (index >= 0 && index < count) {
                        receivedNanos[index] = now;
                        mappedNanos[index] = sample.timeNanos;
                    }
                    received[0]++;
                }

                @Override
                public void onHealth(HealthEvent event) {
                    System.err.println(event.kind() + ": " + event.message());
                }
            };
            Thread acquisition = new Thread(() -> {
                try {
                    source.run(listener);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "serial-plate-acquisition");
            plate.start();
            acquisition.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 30L);
            while (source.stats().samples() < count && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Thread.sleep(200);
            LinkStats stats = source.stats();
            source.stop();
            acquisition.join(5000);
            plate.close();

            long[] latency = new long[count - warmUp];
            long[] mappingError = new long[count - warmUp];
            int n = 0;
            for (int i = warmUp; i < count; i++) {
                if (receivedNanos[i] != 0) {
                    latency[n] = receivedNanos[i] - plate.writeTimeNanos(i);
                    mappingError[n] = mappedNanos[i] - plate.writeTimeNanos(i);
                    n++;
                }
            }
            latency = Arrays.copyOf(latency, n);
            mappingError = Arrays.copyOf(mappingError, n);
            Arrays.sort(latency);
            Arrays.sort(mappingError);
            System.out.printf(Locale.ROOT, "serial plate over a socat pty at %d Hz, %d s measured after %d s warm-up%n",
                    rateHz, seconds, warmUp / rateHz);
            System.out.printf(Locale.ROOT, "samples measured %d, lost %d, corrupt %d, achieved rate %.1f Hz%n", n,
                    stats.lostSamples(), stats.corruptFrames(), stats.achievedRateHz());
            System.out.printf(Locale.ROOT, "write -> listener latency: p50 %s  p90 %s  p99 %s  p99.9 %s  max %s%n",
                    micros(latency, 0.50), micros(latency, 0.90), micros(latency, 0.99), micros(latency, 0.999),
                    micros(latency, 1.0));
            System.out.printf(Locale.ROOT, "mapped time - write time:  p1 %s  p50 %s  p99 %s%n",
                    micros(mappingError, 0.01), micros(mappingError, 0.50), micros(mappingError, 0.99));
        }
    }

    private static String micros(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "n/a";
        }
        int index = (int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length));
        return String.format(Locale.ROOT, "%.0f us", sorted[index] / 1000.0);
    }
}
