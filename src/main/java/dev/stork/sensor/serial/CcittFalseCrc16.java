package dev.stork.sensor.serial;

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR. The check value of the
 * ASCII string "123456789" is 0x29B1. Stateless and thread-safe.
 */
public final class CcittFalseCrc16 {

    /** Initial register value. */
    public static final int INITIAL = 0xFFFF;

    private static final int[] TABLE = buildTable();

    private CcittFalseCrc16() {
    }

    /** CRC of {@code length} bytes of {@code data} from {@code offset}, as an unsigned 16-bit value. */
    public static int compute(byte[] data, int offset, int length) {
        return update(INITIAL, data, offset, length);
    }

    /** Continues a CRC over more bytes; returns the new unsigned 16-bit register. */
    public static int update(int crc, byte[] data, int offset, int length) {
        int register = crc;
        for (int i = offset; i < offset + length; i++) {
            register = ((register << 8) ^ TABLE[((register >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return register;
    }

    private static int[] buildTable() {
        int[] table = new int[256];
        for (int b = 0; b < 256; b++) {
            int register = b << 8;
            for (int bit = 0; bit < 8; bit++) {
                register = (register & 0x8000) != 0 ? (register << 1) ^ 0x1021 : register << 1;
            }
            table[b] = register & 0xFFFF;
        }
        return table;
    }
}
