package dev.stork.sensor.i2c.emulation;

/** A bounded byte FIFO as chips have; when full, the oldest bytes make room, as the MPU-6050 overwrites them. */
final class ByteFifo {

    private final byte[] bytes;
    private int head;
    private int size;

    ByteFifo(int capacity) {
        bytes = new byte[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return bytes.length;
    }

    void clear() {
        head = 0;
        size = 0;
    }

    /** Appends one byte; returns false when an old byte had to be dropped for it. */
    boolean push(int value) {
        boolean kept = true;
        if (size == bytes.length) {
            head = (head + 1) % bytes.length;
            size--;
            kept = false;
        }
        bytes[(head + size) % bytes.length] = (byte) value;
        size++;
        return kept;
    }

    /** Removes and returns the oldest byte (0..255), or -1 when empty. */
    int pop() {
        if (size == 0) {
            return -1;
        }
        int value = bytes[head] & 0xFF;
        head = (head + 1) % bytes.length;
        size--;
        return value;
    }
}
