package dev.stork.sensor.serial;

import com.sun.management.ThreadMXBean;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The byte-to-sample path without a port, with simulated arrival times. */
class PlateStreamDecoderTest {

    private static final DeviceInfo INFO = new DeviceInfo(FrameLayout.PROTOCOL_VERSION, 1, 0, 0, 0xABCD0001L, 1000, 4);

    private final FrameEncoder encoder = new FrameEncoder();
    private final byte[] wire = new byte[FrameLayout.MAX_WIRE_LENGTH];
    private final PlateStreamDecoder decoder = new PlateStreamDecoder();
    private final List<long[]> received = new ArrayList<>();
    private final SampleListener recorder = new SampleListener() {
        @Override
        public void onPlateSample(PlateSample s) {
            received.add(new long[] {s.sequence, s.timeNanos, (long) s.topLeft, (long) s.topRight,
                (long) s.bottomLeft, (long) s.bottomRight, s.status});
        }
    };

    @Test
    void ignoresSamplesUntilTheInfoFrameArrives() {
        sample(7, 1000, 0);
        assertNull(decoder.deviceInfo());
        info(8);
        sample(8, 2000, 0);
        assertNotNull(decoder.deviceInfo());
        assertEquals("abcd0001", decoder.deviceInfo().boardIdHex());
        assertEquals(1, received.size(), "only the sample after the info frame is delivered");
        assertEquals(1, decoder.samplesBeforeInfo());
        assertEquals(8, received.get(0)[0], "sequence");
    }

    @Test
    void returnsRightAfterAnInfoFrameSoTheCallerCanAnnounceTheDeviceFirst() {
        byte[] chunk = new byte[3 * FrameLayout.MAX_WIRE_LENGTH];
        int infoLength = encoder.encodeInfo(0, INFO, chunk, 0);
        int length = infoLength + encoder.encodeSample(0, 0, 1, 2, 3, 4, 0, chunk, infoLength);
        int consumed = decoder.feed(chunk, 0, length, 1_000_000, recorder);
        assertEquals(infoLength, consumed, "stops after the info frame");
        assertNotNull(decoder.deviceInfo());
        assertEquals(0, received.size(), "the sample after it is still unread");
        assertEquals(length - infoLength, decoder.feed(chunk, consumed, length - consumed, 1_000_000, recorder));
        assertEquals(1, received.size());
    }

    @Test
    void deliversCellsAndKeepsOnlyTheSharedStatusBits() {
        info(0);
        encodeAndFeed(encoder.encodeSample(0, 5, -8_388_608, 8_388_607, -1, 12_345,
                FrameLayout.STATUS_NOT_READY | FrameLayout.STATUS_SATURATED | 0x30, wire, 0), 1_000_000);
        long[] s = received.get(0);
        assertEquals(-8_388_608, s[2]);
        assertEquals(8_388_607, s[3]);
        assertEquals(-1, s[4]);
        assertEquals(12_345, s[5]);
        assertEquals(PlateSample.STATUS_NOT_READY | PlateSample.STATUS_SATURATED, s[6], "per-cell bits 4..7 dropped");
    }

    @Test
    void countsGapsAndDropsDuplicates() {
        info(0);
        sample(0, 0, 1_000_000);
        sample(1, 1000, 2_000_000);
        sample(1, 1000, 2_000_000);
        sample(5, 5000, 6_000_000);
        assertEquals(3, received.size());
        assertEquals(3, decoder.lostSamples(), "2, 3, 4 missing");
        assertEquals(1, decoder.duplicates());
        assertEquals(5, received.get(2)[0]);
    }

    @Test
    void anInfoFrameThatBreaksTheSequenceMeansTheDeviceRestarted() {
        info(0);
        sample(0, 0, 1_000_000);
        sample(1, 1000, 2_000_000);
        info(2); // continues the stream: a requested info frame, not a restart
        sample(2, 2000, 3_000_000);
        assertEquals(0, decoder.deviceRestarts());
        info(0); // a fresh boot: sequence and clock start again
        sample(0, 0, 500_000_000);
        assertEquals(1, decoder.deviceRestarts());
        assertEquals(0, decoder.lostSamples(), "a restart is no gap");
        assertTrue(received.get(3)[1] > received.get(2)[1], "time keeps increasing");
    }

    @Test
    void allocatesNothingPerSample() {
        info(0);
        // 16 frames per read, as a 1 kHz stream arrives in a busy system.
        byte[] chunk = new byte[16 * FrameLayout.MAX_WIRE_LENGTH];
        SampleListener sink = new SampleListener() {
            @Override
            public void onPlateSample(PlateSample sample) {
                // nothing: measures the decoder only
            }
        };
        int sequence = 0;
        long time = 0;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = 0;
        int warmUpChunks = 2000;
        int measuredChunks = 625; // 10,000 samples
        for (int c = 0; c < warmUpChunks + measuredChunks; c++) {
            if (c == warmUpChunks) {
                before = threads.getCurrentThreadAllocatedBytes();
            }
            int length = 0;
            for (int f = 0; f < 16; f++) {
                length += encoder.encodeSample(sequence & 0xFFFF, (time / 1000) & 0xFFFF_FFFFL, sequence, -sequence,
                        7, -7, 0, chunk, length);
                sequence++;
                time += 1_000_000;
            }
            decoder.feed(chunk, 0, length, time + 200_000, sink);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals((long) (warmUpChunks + measuredChunks) * 16, decoder.samples());
        // Tolerance: a few hundred bytes of JIT or TLAB bookkeeping, far below one object per sample (10,000 × 16).
        assertTrue(allocated < 1024, "allocated " + allocated + " bytes for 10,000 samples");
    }

    private void info(int nextSequence) {
        encodeAndFeed(encoder.encodeInfo(nextSequence, INFO, wire, 0), 1);
    }

    private void sample(int sequence, long deviceMicros, long arrivalNanos) {
        encodeAndFeed(encoder.encodeSample(sequence, deviceMicros, sequence, 0, 0, 0, 0, wire, 0), arrivalNanos);
    }

    private void encodeAndFeed(int length, long arrivalNanos) {
        decoder.feed(wire, 0, length, arrivalNanos, recorder);
    }
}
