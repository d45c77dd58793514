package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheCeilingAndStartsOverAfterReset() {
        Backoff backoff = new Backoff(1_000_000L, 5_000_000L);
        assertEquals(1_000_000L, backoff.nextDelayNanos());
        assertEquals(2_000_000L, backoff.nextDelayNanos());
        assertEquals(4_000_000L, backoff.nextDelayNanos());
        assertEquals(5_000_000L, backoff.nextDelayNanos());
        assertEquals(5_000_000L, backoff.nextDelayNanos());
        backoff.reset();
        assertEquals(1_000_000L, backoff.nextDelayNanos());
    }

    @Test
    void nonsenseLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(0, 10));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(10, 5));
    }
}
