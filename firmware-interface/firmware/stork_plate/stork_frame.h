/*
 * Stork serial plate protocol: frame encoding and decoding (see PROTOCOL.md).
 *
 * Plain C99 with no Arduino dependency, so the firmware and the host tests compile the same file.
 * Nothing here allocates; callers own every buffer. All multi-byte fields are little-endian on the wire.
 */
#ifndef STORK_FRAME_H
#define STORK_FRAME_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STORK_PROTOCOL_VERSION 1

/* Frame types, device to host. */
#define STORK_FRAME_SAMPLE 0x01
#define STORK_FRAME_INFO 0x02
#define STORK_FRAME_PONG 0x03
/* Frame types, host to device (high bit set). */
#define STORK_FRAME_PING 0x81
#define STORK_FRAME_REQUEST_INFO 0x82
#define STORK_FRAME_SET_RATE 0x83

/* Payload lengths (type and sequence included, CRC excluded). */
#define STORK_SAMPLE_LEN 20
#define STORK_INFO_LEN 14
#define STORK_PONG_LEN 11
#define STORK_PING_LEN 7
#define STORK_REQUEST_INFO_LEN 3
#define STORK_SET_RATE_LEN 5
#define STORK_MAX_PAYLOAD_LEN 20

/* Longest frame on the wire: payload, 2 CRC bytes, 1 COBS code byte (payload < 254), 1 delimiter. */
#define STORK_MAX_WIRE_LEN (STORK_MAX_PAYLOAD_LEN + 4)

/* Status flags of a sample frame. */
#define STORK_STATUS_NOT_READY 0x01  /* at least one cell had no new conversion and repeats its last value */
#define STORK_STATUS_SATURATED 0x02  /* at least one cell reads the end of the 24-bit range */
#define STORK_STATUS_CELL_NOT_READY(cell) ((uint8_t)(0x10u << (cell)))

#define STORK_CELL_MAX 8388607L
#define STORK_CELL_MIN (-8388608L)

/* Results of decoding. */
#define STORK_OK 0
#define STORK_ERR_COBS (-1)     /* a code byte points past the end of the frame, or a zero inside it */
#define STORK_ERR_LENGTH (-2)   /* too short for a CRC, or the wrong length for its type */
#define STORK_ERR_CRC (-3)      /* CRC-16/CCITT-FALSE does not match */
#define STORK_ERR_TYPE (-4)     /* unknown frame type */
#define STORK_ERR_OVERFLOW (-5) /* more bytes than any frame before a delimiter */

/* Every field a frame can carry; each type fills the fields its layout has. */
struct stork_frame {
    uint8_t type;
    uint16_t seq;
    uint32_t time_us;   /* sample, pong */
    int32_t cells[4];   /* sample: top-left, top-right, bottom-left, bottom-right, in ADC counts */
    uint8_t status;     /* sample */
    uint8_t protocol_version; /* info */
    uint8_t firmware[3];      /* info: major, minor, patch */
    uint32_t board_id;        /* info */
    uint16_t rate_hz;         /* info, set rate */
    uint8_t channels;         /* info */
    uint32_t token;           /* ping, pong */
};

/* CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, not reflected, no final xor; check("123456789") = 0x29B1. */
uint16_t stork_crc16(const uint8_t *data, size_t len);

/* COBS-encodes len bytes into dst (room for len + len / 254 + 1 bytes); returns the encoded length. */
size_t stork_cobs_encode(const uint8_t *src, size_t len, uint8_t *dst);

/* Decodes a COBS block (without delimiter) into dst; returns the decoded length or STORK_ERR_COBS. */
int stork_cobs_decode(const uint8_t *src, size_t len, uint8_t *dst, size_t dst_capacity);

/*
 * Encodes a frame: payload laid out for its type, CRC appended, COBS, 0x00 delimiter.
 * wire needs STORK_MAX_WIRE_LEN bytes; returns the number of bytes to send, or 0 for an unknown type.
 */
size_t stork_encode_frame(const struct stork_frame *frame, uint8_t *wire);

/* Decodes one frame from its wire bytes without the delimiter; returns STORK_OK or a STORK_ERR_ code. */
int stork_decode_frame(const uint8_t *wire, size_t len, struct stork_frame *frame);

/* Collects bytes until a delimiter; resynchronises on the next 0x00 after garbage or an overlong run. */
struct stork_receiver {
    uint8_t buffer[STORK_MAX_WIRE_LEN];
    uint8_t length;
    uint8_t overflowed;
};

void stork_receiver_reset(struct stork_receiver *receiver);

/*
 * Feeds one byte. Returns 1 when it completed a valid frame (written to *frame), 0 when more bytes are needed or
 * an empty frame ended, or a STORK_ERR_ code when the frame it completed was corrupt.
 */
int stork_receiver_push(struct stork_receiver *receiver, uint8_t byte, struct stork_frame *frame);

#ifdef __cplusplus
}
#endif

#endif
