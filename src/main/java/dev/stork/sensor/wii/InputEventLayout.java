package dev.stork.sensor.wii;

import java.nio.ByteBuffer;

/**
 * The byte layout of Linux's {@code struct input_event} as read from {@code /dev/input/eventN}: a
 * {@code struct timeval} (seconds, microseconds), then {@code __u16 type}, {@code __u16 code}, {@code __s32 value},
 * all in the machine's byte order. The timeval fields are {@code long}, so the struct is 24 bytes on a 64-bit
 * kernel and 16 bytes on a 32-bit one (such as 32-bit Raspberry Pi OS).
 */
public enum InputEventLayout {
    /** 64-bit kernels: two 8-byte timeval fields, 24 bytes per event. */
    LP64(24, 8),
    /** 32-bit kernels: two 4-byte timeval fields, 16 bytes per event. */
    ILP32(16, 4);

    private final int eventBytes;
    private final int timevalFieldBytes;

    InputEventLayout(int eventBytes, int timevalFieldBytes) {
        this.eventBytes = eventBytes;
        this.timevalFieldBytes = timevalFieldBytes;
    }

    /** Bytes per event. */
    public int eventBytes() {
        return eventBytes;
    }

    /** The layout of the running JVM's kernel, judged from the data model of the JVM ({@code sun.arch.data.model}). */
    public static InputEventLayout ofThisMachine() {
        return "32".equals(System.getProperty("sun.arch.data.model")) ? ILP32 : LP64;
    }

    /** Seconds field of the event starting at {@code offset}. */
    long seconds(ByteBuffer buffer, int offset) {
        return timevalFieldBytes == 8 ? buffer.getLong(offset) : buffer.getInt(offset);
    }

    /** Microseconds field of the event starting at {@code offset}. */
    long micros(ByteBuffer buffer, int offset) {
        return timevalFieldBytes == 8 ? buffer.getLong(offset + 8) : buffer.getInt(offset + 4);
    }

    /** Event type (EV_SYN, EV_KEY, EV_ABS, ...) of the event starting at {@code offset}. */
    int type(ByteBuffer buffer, int offset) {
        return Short.toUnsignedInt(buffer.getShort(offset + 2 * timevalFieldBytes));
    }

    /** Event code of the event starting at {@code offset}. */
    int code(ByteBuffer buffer, int offset) {
        return Short.toUnsignedInt(buffer.getShort(offset + 2 * timevalFieldBytes + 2));
    }

    /** Event value of the event starting at {@code offset}. */
    int value(ByteBuffer buffer, int offset) {
        return buffer.getInt(offset + 2 * timevalFieldBytes + 4);
    }
}
