package dev.stork.sensor;

/**
 * A change in a source's health with a reason a person can act on, e.g. "plate unplugged from /dev/ttyACM0" or
 * "IMU not answering at 0x68 on bus 1". Rare by nature, so an immutable record is fine here.
 *
 * @param timeNanos monotonic host time of the event
 * @param kind      what happened
 * @param message   the reason, written for the person using the board
 */
public record HealthEvent(long timeNanos, Kind kind, String message) {

    /** Kinds of health event. */
    public enum Kind {
        /** The device answered and samples flow. */
        CONNECTED,
        /** The device stopped answering or disappeared. */
        DISCONNECTED,
        /** A reconnection attempt is under way. */
        RECONNECTING,
        /** Samples were lost (sequence gap, CRC error, overrun). */
        DATA_LOSS,
        /** Anything else worth showing: drift, saturation, a slow rate. */
        WARNING
    }
}
