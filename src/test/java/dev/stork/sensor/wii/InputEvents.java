package dev.stork.sensor.wii;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds byte streams of {@code struct input_event} exactly as the kernel lays them out, for tests of any package. */
public final class InputEvents {
    private final InputEventLayout layout;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    public InputEvents(InputEventLayout layout) {
        this.layout = layout;
    }

    InputEvents event(long micros, int type, int code, int value) {
        ByteBuffer event = ByteBuffer.allocate(layout.eventBytes()).order(ByteOrder.nativeOrder());
        long seconds = micros / 1_000_000;
        long usec = micros % 1_000_000;
        if (layout == InputEventLayout.LP64) {
            event.putLong(seconds).putLong(usec);
        } else {
            event.putInt((int) seconds).putInt((int) usec);
        }
        event.putShort((short) type).putShort((short) code).putInt(value);
        bytes.write(event.array(), 0, event.capacity());
        return this;
    }

    /** One full frame: the four cells in units of 10 g, then SYN_REPORT, all stamped {@code micros}. */
    public InputEvents frame(long micros, int topLeft, int topRight, int bottomLeft, int bottomRight) {
        return event(micros, BalanceBoardEvents.EV_ABS, BalanceBoardEvents.ABS_HAT0X, topRight)
                .event(micros, BalanceBoardEvents.EV_ABS, BalanceBoardEvents.ABS_HAT0Y, bottomRight)
                .event(micros, BalanceBoardEvents.EV_ABS, BalanceBoardEvents.ABS_HAT1X, topLeft)
                .event(micros, BalanceBoardEvents.EV_ABS, BalanceBoardEvents.ABS_HAT1Y, bottomLeft)
                .syn(micros);
    }

    InputEvents syn(long micros) {
        return event(micros, BalanceBoardEvents.EV_SYN, BalanceBoardEvents.SYN_REPORT, 0);
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }
}
