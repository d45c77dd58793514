package dev.stork.sensor.serial;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clock mapping on synthetic data: a device clock with a known drift, read through a link with a known
 * minimum delay plus random delay, in chunks. Host time is simulated, so the expected mapping is known exactly:
 * the true sample time plus the constant minimum delay (which no one-way method can see).
 */
class DeviceClockMapperTest {

    private static final long MIN_DELAY_NANOS = 150_000;

    @Test
    void followsDriftAndIgnoresJitterAcrossTheThirtyTwoBitWrap() {
        DeviceClockMapper mapper = new DeviceClockMapper();
        Random random = new Random(42);
        double driftPpm = 180; // device crystal fast by 180 ppm
        long hostStart = 5_000_000_000_000L;
        long deviceStartMicros = 0xFFFF_FFFFL - 3_000_000L; // wraps after 3 s
        int samples = 30_000; // 30 s at 1 kHz
        long previous = Long.MIN_VALUE;
        double worstErrorNanos = 0;
        long pendingArrival = 0;
        for (int i = 0; i < samples; i++) {
            long trueHostNanos = hostStart + i * 1_000_000L;
            long deviceMicros = (deviceStartMicros + Math.round(i * 1000 * (1 + driftPpm * 1e-6))) & 0xFFFF_FFFFL;
            // Exponential jitter (mean 400 us) with one 20 ms stall a second; frames arrive in chunks of up to 4,
            // all stamped with the chunk's read time.
            long delay = MIN_DELAY_NANOS + (long) (-400_000 * Math.log(1 - random.nextDouble()));
            if (i % 1000 == 500) {
                delay += 20_000_000;
            }
            long arrival = trueHostNanos + delay;
            if (i % 4 != 0 && arrival < pendingArrival) {
                arrival = pendingArrival;
            }
            pendingArrival = arrival;
            long mapped = mapper.toHostNanos(deviceMicros, arrival);
            assertTrue(mapped > previous, "mapped time strictly increasing at sample " + i);
            assertTrue(mapped <= arrival, "mapped time never after arrival at sample " + i);
            previous = mapped;
            if (i >= 3000) {
                worstErrorNanos = Math.max(worstErrorNanos, Math.abs(mapped - (trueHostNanos + MIN_DELAY_NANOS)));
            }
        }
        // After 3 s the line rests on the lower envelope. Tolerance 20 us: the envelope's own spread (the smallest
        // of 500 exponential delays with mean 400 us is about 1 us above the minimum, a few us now and then) plus
        // the residual of the slope fit; a mapper that ignored drift would be off by 180 us per second.
        assertTrue(worstErrorNanos < 20_000, "worst mapping error after 3 s " + worstErrorNanos + " ns, limit 20 us");
        // Host time runs slower than the device clock: the offset falls by 180 ns per us.
        assertEquals(-driftPpm, mapper.driftPpm(), 5, "drift estimate in ppm, tolerance 5 ppm");
    }

    @Test
    void resetForgetsTheOldDeviceClockButKeepsTimeIncreasing() {
        DeviceClockMapper mapper = new DeviceClockMapper();
        long last = 0;
        for (int i = 0; i < 2000; i++) {
            last = mapper.toHostNanos(1_000_000_000L + i * 1000L, 10_000_000_000L + i * 1_000_000L + 100_000);
        }
        mapper.reset();
        // The device restarted: its clock starts again near zero, 3 ms of host time later.
        long first = mapper.toHostNanos(0, 10_000_000_000L + 2002 * 1_000_000L + 100_000);
        assertEquals(10_000_000_000L + 2002 * 1_000_000L + 100_000, first, "first sample maps to its arrival");
        assertTrue(first > last, "time keeps increasing across a device restart");
    }
}
