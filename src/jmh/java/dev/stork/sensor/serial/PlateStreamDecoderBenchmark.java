package dev.stork.sensor.serial;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Cost of the serial decode path per sample frame: COBS, CRC, sequence tracking, clock mapping and the listener
 * call, fed 64 frames per read as a busy 1 kHz stream arrives. {@code scripts/bench PlateStreamDecoder -prof gc}
 * also shows that it allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlateStreamDecoderBenchmark {

    private static final int FRAMES = 64;

    private final FrameEncoder encoder = new FrameEncoder();
    private final PlateStreamDecoder decoder = new PlateStreamDecoder();
    private final byte[] chunk = new byte[FRAMES * FrameLayout.MAX_WIRE_LENGTH];
    private int sequence;
    private long deviceNanos;
    private Blackhole blackhole;
    private final SampleListener sink = new SampleListener() {
        @Override
        public void onPlateSample(PlateSample sample) {
            blackhole.consume(sample.timeNanos);
        }
    };

    @Setup
    public void setUp(Blackhole hole) {
        blackhole = hole;
        byte[] info = new byte[FrameLayout.MAX_WIRE_LENGTH];
        int length = encoder.encodeInfo(0, new DeviceInfo(FrameLayout.PROTOCOL_VERSION, 1, 0, 0, 1, 1000, 4), info,
                0);
        decoder.feed(info, 0, length, 1, sink);
    }

    /**
     * Encodes and decodes 64 frames: the sequence and device time must keep advancing, so the frames are made
     * fresh each time. Subtract {@link #encodeSixtyFourFrames()} for the decode path alone.
     */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public void decodeSixtyFourFrames() {
        int length = fill();
        decoder.feed(chunk, 0, length, deviceNanos + 300_000, sink);
    }

    /** Encodes 64 frames, as the emulated plate does. */
    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public int encodeSixtyFourFrames() {
        return fill();
    }

    private int fill() {
        int length = 0;
        for (int f = 0; f < FRAMES; f++) {
            length += encoder.encodeSample(sequence & 0xFFFF, (deviceNanos / 1000) & 0xFFFF_FFFFL, sequence,
                    -sequence, 1000, -1000, 0, chunk, length);
            sequence++;
            deviceNanos += 1_000_000;
        }
        return length;
    }
}
