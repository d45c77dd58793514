package dev.stork.sensor.wii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kernel-to-host clock mapping keeps the fastest observed delivery and survives clock steps. */
class KernelClockMapperTest {

    @Test
    void keepsTheSmallestObservedOffset() {
        KernelClockMapper mapper = new KernelClockMapper(false);
        long kernel = 1_700_000_000_000_000_000L;
        // Read 3 ms late, then 1 ms late: the second shows the offset better and later samples use it.
        assertEquals(5_003_000_000L, mapper.toHostNanos(kernel, 5_003_000_000L));
        assertEquals(5_011_000_000L, mapper.toHostNanos(kernel + 10_000_000L, 5_011_000_000L));
        // A sample read 8 ms late is still placed at its kernel time plus the best offset.
        assertEquals(5_021_000_000L, mapper.toHostNanos(kernel + 20_000_000L, 5_029_000_000L));
    }

    @Test
    void replayKeepsTheRecordedSpacing() {
        KernelClockMapper mapper = new KernelClockMapper(true);
        assertEquals(2_000_000L, mapper.toHostNanos(1_000_000L, 2_000_000L));
        // Read 1 us later, though recorded 10 ms later: placed 10 ms later.
        assertEquals(12_000_000L, mapper.toHostNanos(11_000_000L, 2_001_000L));
    }

    @Test
    void reAnchorsWhenTheRealtimeClockSteps() {
        KernelClockMapper mapper = new KernelClockMapper(false);
        long kernel = 1_000_000_000_000L;
        mapper.toHostNanos(kernel, 7_000_000_000L);
        // The wall clock was set back by an hour between two frames 10 ms apart.
        long stepped = kernel + 10_000_000L - 3_600_000_000_000L;
        assertEquals(7_010_000_000L, mapper.toHostNanos(stepped, 7_010_000_000L));
    }
}
