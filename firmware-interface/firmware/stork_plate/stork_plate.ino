/*
 * Stork force plate: reference firmware for an Arduino-compatible board reading four HX711 load-cell ADCs.
 *
 * A hardware timer ticks at the sample rate (default 1000 Hz, 1..1000 Hz by SET_RATE). Every tick becomes one
 * SAMPLE frame carrying the tick's microsecond timestamp and the latest conversion of each cell. An HX711
 * converts at 10 or 80 samples/s (RATE pin), so most ticks repeat a cell's previous value and set the
 * NOT_READY flag with that cell's bit; a faster ADC on the same frame format fills every tick.
 * A tick the main loop could not serve in time is not sent: its sequence number is skipped so the host counts
 * it as lost instead of receiving a sample at the wrong time.
 *
 * Wiring (cells seen from above, person facing the top edge): DOUT/PD_SCK pins
 *   top-left 2/3, top-right 4/5, bottom-left 6/7, bottom-right 8/9.
 * Serial: 500000 baud 8N1 (exact on a 16 MHz AVR), frames as in PROTOCOL.md.
 * Board id: four bytes at EEPROM address 0 (little-endian), written once when the plate is assembled.
 *
 * The timer code is for ATmega328P/32U4 (Timer1); other cores fall back to polling micros().
 */
#include <Arduino.h>
#include <EEPROM.h>

#include "hx711.h"
#include "stork_frame.h"

static const uint8_t FIRMWARE_MAJOR = 1;
static const uint8_t FIRMWARE_MINOR = 0;
static const uint8_t FIRMWARE_PATCH = 0;
static const long BAUD = 500000L;
static const uint16_t DEFAULT_RATE_HZ = 1000;
static const uint16_t MAX_RATE_HZ = 1000;
static const uint8_t CELL_COUNT = 4;
static const uint8_t DOUT_PINS[4] = {2, 4, 6, 8};
static const uint8_t SCK_PINS[4] = {3, 5, 7, 9};

static struct hx711 cells[4];
static struct stork_receiver receiver;
static struct stork_frame frame;
static uint8_t wire[STORK_MAX_WIRE_LEN];
static uint16_t rate_hz = DEFAULT_RATE_HZ;
static uint32_t board_id;
static uint16_t next_seq;

/* Written by the timer interrupt, read by loop(). */
static volatile uint16_t tick_count;
static volatile uint32_t tick_time_us;
static uint16_t ticks_served;

/*
 * The HX711 pins' port registers and bit masks, looked up once in setup(). digitalWrite() and digitalRead() take
 * about 4 us each, which made clocking out one converter take 450 us and four of them longer than a 1 ms tick.
 */
struct pin_io {
    volatile uint8_t *in;
    volatile uint8_t *out;
    uint8_t mask;
};
static struct pin_io pins[NUM_DIGITAL_PINS];

static void map_pin(uint8_t pin) {
    uint8_t port = digitalPinToPort(pin);
    pins[pin].in = portInputRegister(port);
    pins[pin].out = portOutputRegister(port);
    pins[pin].mask = digitalPinToBitMask(pin);
}

extern "C" {
uint8_t hx711_read_pin(uint8_t pin) { return (*pins[pin].in & pins[pin].mask) != 0; }
void hx711_write_pin(uint8_t pin, uint8_t high) {
    /* Read-modify-write of a port shared with other pins: atomic, as digitalWrite() is. */
    uint8_t sreg = SREG;
    noInterrupts();
    if (high) {
        *pins[pin].out |= pins[pin].mask;
    } else {
        *pins[pin].out &= (uint8_t)~pins[pin].mask;
    }
    SREG = sreg;
}
void hx711_delay_us(uint8_t micros) { delayMicroseconds(micros); }
void hx711_disable_interrupts(void) { noInterrupts(); }
void hx711_enable_interrupts(void) { interrupts(); }
}

#if defined(__AVR_ATmega328P__) || defined(__AVR_ATmega32U4__)
#define STORK_HAS_TIMER1 1
/* The timer's period in microseconds, plus half a microsecond when the count is odd at prescaler 8. */
static uint32_t tick_period_us;
static uint8_t tick_period_half;
/* The device clock at the latest tick, and the half microsecond it still owes. Interrupt-owned. */
static uint32_t tick_clock_us;
static uint8_t tick_clock_half;

/*
 * A tick's time is the previous tick's plus the timer period, exact to the crystal. Reading micros() here instead
 * added this interrupt's latency (another handler may be running when the timer matches) in micros()'s 4 us steps,
 * so that 1 kHz came out as intervals of 996 and 1004 us. Should a match ever be missed, the clock takes micros().
 */
ISR(TIMER1_COMPA_vect) {
    uint32_t now = micros();
    tick_clock_us += tick_period_us;
    if (tick_period_half) {
        tick_clock_half ^= 1;
        if (tick_clock_half == 0) {
            tick_clock_us++;
        }
    }
    if ((int32_t)(now - tick_clock_us) > (int32_t)(tick_period_us / 2)) {
        tick_clock_us = now;
    }
    tick_time_us = tick_clock_us;
    tick_count++;
}
#endif

static void start_sample_timer(uint16_t rate) {
#ifdef STORK_HAS_TIMER1
    /*
     * CTC mode with the finest prescaler whose count fits Timer1's 16 bits: 8 (2 MHz at 16 MHz, so 1000 Hz is
     * OCR1A = 1999 exactly) down to 31 Hz, 64 down to 4 Hz, 256 below. With 8 alone, 30 Hz and less overflowed
     * OCR1A: 10 Hz ran at 590 Hz.
     */
    uint32_t prescaler = 8;
    uint8_t clock_select = _BV(CS11);
    uint32_t counts = (F_CPU / 8UL) / rate;
    uint32_t period_half_us;
    if (counts > 65536UL) {
        prescaler = 64;
        clock_select = _BV(CS11) | _BV(CS10);
        counts = (F_CPU / 64UL) / rate;
    }
    if (counts > 65536UL) {
        prescaler = 256;
        clock_select = _BV(CS12);
        counts = (F_CPU / 256UL) / rate;
    }
    period_half_us = counts * prescaler / (F_CPU / 2000000UL);
    noInterrupts();
    TCCR1A = 0;
    TCCR1B = _BV(WGM12) | clock_select;
    TCNT1 = 0;
    OCR1A = (uint16_t)(counts - 1UL);
    tick_period_us = period_half_us / 2;
    tick_period_half = (uint8_t)(period_half_us & 1u);
    tick_clock_us = micros();
    tick_clock_half = 0;
    TIMSK1 = _BV(OCIE1A);
    interrupts();
#else
    (void)rate;
#endif
}

#ifndef STORK_HAS_TIMER1
static uint32_t next_tick_us;
static void poll_tick(void) {
    uint32_t now = micros();
    if ((int32_t)(now - next_tick_us) >= 0) {
        tick_time_us = now;
        tick_count++;
        next_tick_us += 1000000UL / rate_hz;
    }
}
#endif

static void send_frame(void) {
    size_t len = stork_encode_frame(&frame, wire);
    Serial.write(wire, len);
}

static void send_info(void) {
    memset(&frame, 0, sizeof frame);
    frame.type = STORK_FRAME_INFO;
    frame.seq = next_seq;
    frame.protocol_version = STORK_PROTOCOL_VERSION;
    frame.firmware[0] = FIRMWARE_MAJOR;
    frame.firmware[1] = FIRMWARE_MINOR;
    frame.firmware[2] = FIRMWARE_PATCH;
    frame.board_id = board_id;
    frame.rate_hz = rate_hz;
    frame.channels = CELL_COUNT;
    send_frame();
}

static void handle_command(const struct stork_frame *command) {
    switch (command->type) {
    case STORK_FRAME_PING: {
        uint32_t token = command->token;
        memset(&frame, 0, sizeof frame);
        frame.type = STORK_FRAME_PONG;
        frame.seq = next_seq;
        frame.token = token;
        frame.time_us = micros();
        send_frame();
        break;
    }
    case STORK_FRAME_REQUEST_INFO:
        send_info();
        break;
    case STORK_FRAME_SET_RATE:
        rate_hz = command->rate_hz == 0 ? 1 : (command->rate_hz > MAX_RATE_HZ ? MAX_RATE_HZ : command->rate_hz);
        start_sample_timer(rate_hz);
        send_info();
        break;
    default:
        break; /* device-to-host types echoed back or unknown: ignore */
    }
}

static void serve_tick(void) {
    uint16_t pending;
    uint32_t time_us;
    uint8_t status = 0;
    uint8_t i;
    noInterrupts();
    pending = (uint16_t)(tick_count - ticks_served);
    time_us = tick_time_us;
    interrupts();
    if (pending == 0) {
        return;
    }
    /* Ticks missed while busy are skipped, so the host sees their sequence numbers missing. */
    next_seq = (uint16_t)(next_seq + pending - 1);
    ticks_served = (uint16_t)(ticks_served + pending);

    for (i = 0; i < CELL_COUNT; i++) {
        if (hx711_ready(&cells[i])) {
            hx711_read(&cells[i]);
        } else {
            status |= STORK_STATUS_NOT_READY | STORK_STATUS_CELL_NOT_READY(i);
        }
        if (cells[i].last_value >= STORK_CELL_MAX || cells[i].last_value <= STORK_CELL_MIN) {
            status |= STORK_STATUS_SATURATED;
        }
    }
    memset(&frame, 0, sizeof frame);
    frame.type = STORK_FRAME_SAMPLE;
    frame.seq = next_seq++;
    frame.time_us = time_us;
    for (i = 0; i < CELL_COUNT; i++) {
        frame.cells[i] = cells[i].last_value;
    }
    frame.status = status;
    send_frame();
}

void setup() {
    uint8_t i;
    for (i = 0; i < CELL_COUNT; i++) {
        pinMode(DOUT_PINS[i], INPUT);
        pinMode(SCK_PINS[i], OUTPUT);
        map_pin(DOUT_PINS[i]);
        map_pin(SCK_PINS[i]);
        hx711_init(&cells[i], DOUT_PINS[i], SCK_PINS[i]);
    }
    EEPROM.get(0, board_id);
    if (board_id == 0xFFFFFFFFUL) {
        board_id = 0; /* erased EEPROM: no id assigned yet */
    }
    stork_receiver_reset(&receiver);
    Serial.begin(BAUD);
    /* A lone delimiter ends whatever partial frame the host saw before the reset. */
    Serial.write((uint8_t)0);
    send_info();
    start_sample_timer(rate_hz);
}

void loop() {
    struct stork_frame command;
#ifndef STORK_HAS_TIMER1
    poll_tick();
#endif
    serve_tick();
    while (Serial.available() > 0) {
        if (stork_receiver_push(&receiver, (uint8_t)Serial.read(), &command) == 1) {
            handle_command(&command);
        }
    }
}
