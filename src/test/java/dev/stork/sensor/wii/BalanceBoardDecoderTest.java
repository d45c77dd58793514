package dev.stork.sensor.wii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.PlateSample;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Decodes kernel-layout event streams for both the 64-bit (24-byte) and the 32-bit (16-byte) struct. */
class BalanceBoardDecoderTest {

    @ParameterizedTest
    @EnumSource(InputEventLayout.class)
    void mapsTheFourHatAxesToTheCellsInKilograms(InputEventLayout layout) {
        byte[] stream = new InputEvents(layout).frame(1_500_000, 2010, 1990, 1805, 2500).bytes();
        List<PlateSample> samples = decode(layout, stream);
        assertEquals(1, samples.size());
        PlateSample s = samples.get(0);
        // hid-wiimote reports 10 g units: 2010 -> 20.10 kg on ABS_HAT1X (top-left), and so on.
        assertEquals(20.10, s.topLeft, 1e-12);
        assertEquals(19.90, s.topRight, 1e-12);
        assertEquals(18.05, s.bottomLeft, 1e-12);
        assertEquals(25.00, s.bottomRight, 1e-12);
        assertEquals(1_500_000_000L, s.timeNanos, "kernel timeval in nanoseconds");
        assertEquals(layout == InputEventLayout.LP64 ? 24 : 16, layout.eventBytes());
    }

    @ParameterizedTest
    @EnumSource(InputEventLayout.class)
    void aCellThatDidNotChangeKeepsItsLastValue(InputEventLayout layout) {
        byte[] stream = new InputEvents(layout)
                .frame(10_000, 100, 200, 300, 400)
                .event(20_000, BalanceBoardEvents.EV_ABS, BalanceBoardEvents.ABS_HAT0Y, 450)
                .syn(20_000)
                .bytes();
        List<PlateSample> samples = decode(layout, stream);
        assertEquals(2, samples.size());
        assertEquals(4.50, samples.get(1).bottomRight, 1e-12);
        assertEquals(1.00, samples.get(1).topLeft, 1e-12);
        assertEquals(1, samples.get(1).sequence);
    }

    @ParameterizedTest
    @EnumSource(InputEventLayout.class)
    void framesAfterAKernelDropAreDiscardedUpToTheNextReport(InputEventLayout layout) {
        byte[] stream = new InputEvents(layout)
                .frame(10_000, 100, 100, 100, 100)
                .event(20_000, BalanceBoardEvents.EV_SYN, BalanceBoardEvents.SYN_DROPPED, 0)
                .event(20_000, BalanceBoardEvents.EV_ABS, BalanceBoardEvents.ABS_HAT1X, 999)
                .syn(20_000)
                .frame(30_000, 200, 200, 200, 200)
                .bytes();
        BalanceBoardDecoder decoder = new BalanceBoardDecoder(layout);
        List<PlateSample> samples = decode(decoder, layout, stream);
        assertEquals(2, samples.size(), "the frame interrupted by SYN_DROPPED is not delivered");
        assertEquals(2.00, samples.get(1).topLeft, 1e-12);
        assertEquals(1, decoder.droppedReports());
    }

    @ParameterizedTest
    @EnumSource(InputEventLayout.class)
    void theFrontButtonIsTracked(InputEventLayout layout) {
        BalanceBoardDecoder decoder = new BalanceBoardDecoder(layout);
        decode(decoder, layout, new InputEvents(layout).event(1, BalanceBoardEvents.EV_KEY, BalanceBoardEvents.BTN_A, 1)
                .syn(1).bytes());
        assertTrue(decoder.buttonPressed());
        decode(decoder, layout, new InputEvents(layout).event(2, BalanceBoardEvents.EV_KEY, BalanceBoardEvents.BTN_A, 0)
                .syn(2).bytes());
        assertFalse(decoder.buttonPressed());
    }

    private static List<PlateSample> decode(InputEventLayout layout, byte[] stream) {
        return decode(new BalanceBoardDecoder(layout), layout, stream);
    }

    private static List<PlateSample> decode(BalanceBoardDecoder decoder, InputEventLayout layout, byte[] stream) {
        ByteBuffer buffer = ByteBuffer.wrap(stream).order(ByteOrder.nativeOrder());
        List<PlateSample> samples = new ArrayList<>();
        PlateSample holder = new PlateSample();
        for (int offset = 0; offset < stream.length; offset += layout.eventBytes()) {
            if (decoder.decode(buffer, offset, holder)) {
                PlateSample copy = new PlateSample();
                copy.copyFrom(holder);
                samples.add(copy);
            }
        }
        return samples;
    }
}
