package dev.stork.sensor.serial;

/**
 * Consistent Overhead Byte Stuffing (Cheshire and Baker, 1999): removes every 0x00 from a block so that 0x00 can
 * delimit frames. Encoding adds one byte per started run of 254 bytes; the last block's code byte is always
 * written. Stateless; the caller owns every array.
 */
public final class Cobs {

    private Cobs() {
    }

    /** Longest encoding of {@code length} bytes. */
    public static int maxEncodedLength(int length) {
        return length + length / 254 + 1;
    }

    /**
     * Encodes {@code length} bytes of {@code source} from {@code sourceOffset} into {@code target} from
     * {@code targetOffset}, which must have room for {@link #maxEncodedLength(int)} bytes.
     *
     * @return the number of bytes written
     */
    public static int encode(byte[] source, int sourceOffset, int length, byte[] target, int targetOffset) {
        int out = targetOffset + 1;
        int codeIndex = targetOffset;
        int code = 1;
        for (int i = sourceOffset; i < sourceOffset + length; i++) {
            byte b = source[i];
            if (b != 0) {
                target[out++] = b;
                code++;
            }
            if (b == 0 || code == 0xFF) {
                target[codeIndex] = (byte) code;
                codeIndex = out++;
                code = 1;
            }
        }
        target[codeIndex] = (byte) code;
        return out - targetOffset;
    }

    /**
     * Decodes one COBS block (without its delimiter) into {@code target}.
     *
     * @return the decoded length, or -1 when the block is not valid COBS or does not fit in {@code capacity} bytes
     */
    public static int decode(byte[] source, int sourceOffset, int length, byte[] target, int targetOffset,
                             int capacity) {
        int in = sourceOffset;
        int end = sourceOffset + length;
        int out = targetOffset;
        int limit = targetOffset + capacity;
        while (in < end) {
            int code = source[in++] & 0xFF;
            if (code == 0 || in + code - 1 > end) {
                return -1;
            }
            for (int i = 1; i < code; i++) {
                byte b = source[in++];
                if (b == 0 || out >= limit) {
                    return -1;
                }
                target[out++] = b;
            }
            if (code != 0xFF && in < end) {
                if (out >= limit) {
                    return -1;
                }
                target[out++] = 0;
            }
        }
        return out - targetOffset;
    }
}
