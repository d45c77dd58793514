/*
 * Host test of the firmware's frame encoder: encodes every vector of vectors/frame_vectors.txt and compares byte
 * for byte, decodes the wire bytes back and compares the fields, and streams all frames with garbage in between
 * through the receiver to check that it resynchronises. Exit status 0 when everything matches.
 */
#include "stork_frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 4096
#define MAX_BYTES 1024

static int failures;
static int checks;

static void fail(const char *name, const char *what) {
    fprintf(stderr, "FAIL %s: %s\n", name, what);
    failures++;
}

static const char *field(char *line, const char *key) {
    static char value[MAX_LINE];
    char pattern[64];
    const char *p;
    size_t n;
    snprintf(pattern, sizeof pattern, " %s=", key);
    p = strstr(line, pattern);
    if (p == NULL) {
        return NULL;
    }
    p += strlen(pattern);
    n = strcspn(p, " \n");
    memcpy(value, p, n);
    value[n] = '\0';
    return value;
}

static long number(char *line, const char *key, const char *name) {
    const char *value = field(line, key);
    if (value == NULL) {
        fprintf(stderr, "vector %s has no field %s\n", name, key);
        exit(2);
    }
    return strtol(value, NULL, 0);
}

static size_t hex_bytes(const char *hex, uint8_t *out) {
    size_t n = 0;
    if (strcmp(hex, "-") == 0) {
        return 0;
    }
    while (hex[0] && hex[1] && n < MAX_BYTES) {
        unsigned v;
        sscanf(hex, "%2x", &v);
        out[n++] = (uint8_t)v;
        hex += 2;
    }
    return n;
}

static void expect_bytes(const char *name, const uint8_t *actual, size_t actual_len, const uint8_t *expected,
                         size_t expected_len) {
    checks++;
    if (actual_len != expected_len || memcmp(actual, expected, expected_len) != 0) {
        size_t i;
        fprintf(stderr, "FAIL %s: expected ", name);
        for (i = 0; i < expected_len; i++) fprintf(stderr, "%02x", expected[i]);
        fprintf(stderr, " got ");
        for (i = 0; i < actual_len; i++) fprintf(stderr, "%02x", actual[i]);
        fprintf(stderr, "\n");
        failures++;
    }
}

static void parse_frame_fields(char *line, const char *kind, const char *name, struct stork_frame *f) {
    memset(f, 0, sizeof *f);
    f->seq = (uint16_t)number(line, "seq", name);
    if (strcmp(kind, "sample") == 0) {
        const char *cells;
        f->type = STORK_FRAME_SAMPLE;
        f->time_us = (uint32_t)strtoul(field(line, "time_us"), NULL, 0);
        cells = field(line, "cells"); /* field() reuses one buffer: read each value before the next call */
        if (cells == NULL || sscanf(cells, "%d,%d,%d,%d", &f->cells[0], &f->cells[1], &f->cells[2], &f->cells[3]) != 4) {
            fprintf(stderr, "vector %s: cells must be four comma-separated integers\n", name);
            exit(2);
        }
        f->status = (uint8_t)number(line, "status", name);
    } else if (strcmp(kind, "info") == 0) {
        unsigned major, minor, patch;
        f->type = STORK_FRAME_INFO;
        f->protocol_version = (uint8_t)number(line, "protocol", name);
        if (sscanf(field(line, "firmware"), "%u.%u.%u", &major, &minor, &patch) != 3) {
            fprintf(stderr, "vector %s: firmware must be major.minor.patch\n", name);
            exit(2);
        }
        f->firmware[0] = (uint8_t)major;
        f->firmware[1] = (uint8_t)minor;
        f->firmware[2] = (uint8_t)patch;
        f->board_id = (uint32_t)strtoul(field(line, "board_id"), NULL, 0);
        f->rate_hz = (uint16_t)number(line, "rate_hz", name);
        f->channels = (uint8_t)number(line, "channels", name);
    } else if (strcmp(kind, "pong") == 0) {
        f->type = STORK_FRAME_PONG;
        f->token = (uint32_t)strtoul(field(line, "token"), NULL, 0);
        f->time_us = (uint32_t)strtoul(field(line, "time_us"), NULL, 0);
    } else if (strcmp(kind, "ping") == 0) {
        f->type = STORK_FRAME_PING;
        f->token = (uint32_t)strtoul(field(line, "token"), NULL, 0);
    } else if (strcmp(kind, "request_info") == 0) {
        f->type = STORK_FRAME_REQUEST_INFO;
    } else if (strcmp(kind, "set_rate") == 0) {
        f->type = STORK_FRAME_SET_RATE;
        f->rate_hz = (uint16_t)number(line, "rate_hz", name);
    } else {
        fprintf(stderr, "vector %s: unknown kind %s\n", name, kind);
        exit(2);
    }
}

/* Frames concatenated with garbage in between, for the receiver test. */
static uint8_t stream[16 * MAX_BYTES];
static size_t stream_len;
static struct stork_frame stream_frames[64];
static size_t stream_frame_count;

static void check_frame(char *line, const char *kind, const char *name) {
    struct stork_frame expected, decoded;
    uint8_t wire[MAX_BYTES], encoded[STORK_MAX_WIRE_LEN];
    size_t wire_len = hex_bytes(field(line, "wire"), wire);
    size_t encoded_len;
    int rc;
    /* Garbage that ends in a delimiter costs no frame; without one it would corrupt the frame after it. */
    static const uint8_t garbage[] = {0x55, 0x13, 0x00, 0xff, 0x02, 0x99, 0x00};

    parse_frame_fields(line, kind, name, &expected);
    encoded_len = stork_encode_frame(&expected, encoded);
    expect_bytes(name, encoded, encoded_len, wire, wire_len);

    checks++;
    rc = stork_decode_frame(wire, wire_len - 1, &decoded);
    if (rc != STORK_OK) {
        fail(name, "decoding the wire bytes failed");
    } else if (memcmp(&decoded, &expected, sizeof decoded) != 0) {
        fail(name, "decoded fields differ from the vector");
    }

    /* A single flipped bit anywhere in the frame must be rejected. */
    {
        size_t i;
        for (i = 0; i + 1 < wire_len; i++) {
            uint8_t corrupt[MAX_BYTES];
            memcpy(corrupt, wire, wire_len);
            corrupt[i] ^= 0x04;
            checks++;
            if (corrupt[i] != 0 && stork_decode_frame(corrupt, wire_len - 1, &decoded) == STORK_OK) {
                fail(name, "a flipped bit was accepted");
            }
        }
    }

    memcpy(stream + stream_len, garbage, sizeof garbage);
    stream_len += sizeof garbage;
    memcpy(stream + stream_len, wire, wire_len);
    stream_len += wire_len;
    stream_frames[stream_frame_count++] = expected;
}

static void check_stream(void) {
    struct stork_receiver receiver;
    struct stork_frame frame;
    size_t i, found = 0;
    stork_receiver_reset(&receiver);
    for (i = 0; i < stream_len; i++) {
        int rc = stork_receiver_push(&receiver, stream[i], &frame);
        if (rc == 1) {
            checks++;
            if (found >= stream_frame_count || memcmp(&frame, &stream_frames[found], sizeof frame) != 0) {
                fail("stream", "receiver produced an unexpected frame");
            }
            found++;
        }
    }
    checks++;
    if (found != stream_frame_count) {
        fprintf(stderr, "FAIL stream: %zu of %zu frames recovered between garbage\n", found, stream_frame_count);
        failures++;
    }
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "vectors/frame_vectors.txt";
    FILE *in = fopen(path, "r");
    char line[MAX_LINE];
    int vectors = 0;
    if (in == NULL) {
        perror(path);
        return 2;
    }
    while (fgets(line, sizeof line, in) != NULL) {
        char kind[32];
        char name[128];
        const char *name_value;
        if (line[0] == '#' || line[0] == '\n') {
            continue;
        }
        if (sscanf(line, "%31s", kind) != 1 || (name_value = field(line, "name")) == NULL) {
            fprintf(stderr, "%s: malformed line: %s", path, line);
            return 2;
        }
        snprintf(name, sizeof name, "%s/%s", kind, name_value);
        vectors++;
        if (strcmp(kind, "crc") == 0) {
            const char *text = field(line, "ascii");
            size_t len = strcmp(text, "-") == 0 ? 0 : strlen(text);
            char copy[MAX_LINE];
            memcpy(copy, text, len);
            checks++;
            if (stork_crc16((const uint8_t *)copy, len) != (uint16_t)number(line, "value", name)) {
                fail(name, "CRC differs");
            }
        } else if (strcmp(kind, "cobs") == 0) {
            uint8_t raw[MAX_BYTES], expected[MAX_BYTES], encoded[MAX_BYTES], decoded[MAX_BYTES];
            size_t raw_len = hex_bytes(field(line, "raw"), raw);
            size_t expected_len = hex_bytes(field(line, "encoded"), expected);
            int decoded_len;
            expect_bytes(name, encoded, stork_cobs_encode(raw, raw_len, encoded), expected, expected_len);
            decoded_len = stork_cobs_decode(expected, expected_len, decoded, sizeof decoded);
            expect_bytes(name, decoded, decoded_len < 0 ? 0 : (size_t)decoded_len, raw, raw_len);
        } else {
            check_frame(line, kind, name);
        }
    }
    fclose(in);
    check_stream();
    if (vectors == 0) {
        fprintf(stderr, "%s holds no vectors\n", path);
        return 2;
    }
    if (failures > 0) {
        fprintf(stderr, "%d of %d checks failed\n", failures, checks);
        return 1;
    }
    printf("firmware frame codec: %d vectors, %d checks passed\n", vectors, checks);
    return 0;
}
