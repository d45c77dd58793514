package dev.stork.sensor.wii;

import static dev.stork.sensor.wii.BalanceBoardEvents.ABS_HAT0X;
import static dev.stork.sensor.wii.BalanceBoardEvents.ABS_HAT0Y;
import static dev.stork.sensor.wii.BalanceBoardEvents.ABS_HAT1X;
import static dev.stork.sensor.wii.BalanceBoardEvents.ABS_HAT1Y;
import static dev.stork.sensor.wii.BalanceBoardEvents.BTN_A;
import static dev.stork.sensor.wii.BalanceBoardEvents.EV_ABS;
import static dev.stork.sensor.wii.BalanceBoardEvents.EV_KEY;
import static dev.stork.sensor.wii.BalanceBoardEvents.EV_SYN;
import static dev.stork.sensor.wii.BalanceBoardEvents.KG_PER_UNIT;
import static dev.stork.sensor.wii.BalanceBoardEvents.SYN_DROPPED;
import static dev.stork.sensor.wii.BalanceBoardEvents.SYN_REPORT;

import dev.stork.sensor.PlateSample;
import java.nio.ByteBuffer;

/**
 * Turns the Balance Board's stream of input events into one {@link PlateSample} per {@code SYN_REPORT}, in
 * kilograms, stamped with the kernel's event time.
 *
 * <p>The kernel sends an ABS event only for a cell whose value changed, so the decoder keeps the last value of
 * each cell. After a {@code SYN_DROPPED} (the kernel's buffer overflowed) the frame in progress is discarded up to
 * the next {@code SYN_REPORT}, as the evdev documentation asks, and the loss is counted. Allocation-free: the
 * sample holder is the caller's.
 */
final class BalanceBoardDecoder {
    private final InputEventLayout layout;
    private int topLeft;
    private int topRight;
    private int bottomLeft;
    private int bottomRight;
    private boolean discarding;
    private boolean buttonPressed;
    private long frames;
    private long droppedReports;

    BalanceBoardDecoder(InputEventLayout layout) {
        this.layout = layout;
    }

    /**
     * Decodes the event at {@code offset}; when it completes a frame, fills {@code sample} and returns true.
     * The sample's time is the kernel's timeval in nanoseconds, on the kernel's event clock.
     */
    boolean decode(ByteBuffer events, int offset, PlateSample sample) {
        int type = layout.type(events, offset);
        int code = layout.code(events, offset);
        int value = layout.value(events, offset);
        if (type == EV_ABS) {
            switch (code) {
                case ABS_HAT0X -> topRight = value;
                case ABS_HAT0Y -> bottomRight = value;
                case ABS_HAT1X -> topLeft = value;
                case ABS_HAT1Y -> bottomLeft = value;
                default -> {
                    // other axes are not part of the board's weight report
                }
            }
            return false;
        }
        if (type == EV_KEY && code == BTN_A) {
            buttonPressed = value != 0;
            return false;
        }
        if (type != EV_SYN) {
            return false;
        }
        if (code == SYN_DROPPED) {
            discarding = true;
            droppedReports++;
            return false;
        }
        if (code != SYN_REPORT) {
            return false;
        }
        if (discarding) {
            discarding = false;
            return false;
        }
        long timeNanos = layout.seconds(events, offset) * 1_000_000_000L + layout.micros(events, offset) * 1_000L;
        sample.set(timeNanos, frames++, topLeft * KG_PER_UNIT, topRight * KG_PER_UNIT, bottomLeft * KG_PER_UNIT,
                bottomRight * KG_PER_UNIT, 0);
        return true;
    }

    /** Frames decoded so far. */
    long frames() {
        return frames;
    }

    /** Times the kernel reported that it dropped events (SYN_DROPPED). */
    long droppedReports() {
        return droppedReports;
    }

    /** Whether the board's front button is held down. */
    boolean buttonPressed() {
        return buttonPressed;
    }
}
