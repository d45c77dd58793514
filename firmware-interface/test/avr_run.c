/*
 * avr_run: runs the plate firmware's ELF on simavr's ATmega328P at 16 MHz, with four HX711 converters emulated at
 * pin level, the board id in EEPROM, host commands fed into UART0, and everything that happens printed as lines.
 *
 *   avr_run ELF [--ms N] [--sps 10|80] [--board-id HEX] [--send MICROS:HEXBYTES]...
 *
 *   --ms         simulated milliseconds to run (default 1000)
 *   --sps        the HX711s' output data rate, their RATE pin (default 80)
 *   --board-id   u32 written little-endian at EEPROM address 0 (default: the EEPROM stays erased, 0xFF)
 *   --send       bytes arriving on the UART's receive line at that simulated time (repeatable)
 *
 * Lines on stdout (simavr's own messages go to stderr); times are CPU cycles since reset, 16 per microsecond:
 *   uart CYCLE BYTE            the firmware wrote BYTE (hex) to UDR0: the byte starts on the line
 *   tick CYCLE                 the Timer1 compare-A interrupt (the sample tick) was entered
 *   conv CELL N CYCLE VALUE    conversion N of CELL (0..3) completed; DOUT fell unless a read was in progress
 *   read CELL N CYCLE VALUE    the firmware finished clocking conversion N out (its 25th PD_SCK pulse)
 *   sent CYCLE HEXBYTES        the bytes of a --send were put on the receive line
 *   error CYCLE TEXT           an HX711 protocol or timing violation, or the core stopped
 *   stats NAME VALUE           figures of the run (see print_stats)
 * Exits 1 when any error line was printed.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <avr_eeprom.h>
#include <avr_ioport.h>
#include <avr_uart.h>
#include <sim_avr.h>
#include <sim_elf.h>
#include <sim_io.h>

#define CPU_HZ 16000000u
#define CYCLES_PER_US (CPU_HZ / 1000000u)
#define VECTOR_COUNT 26          /* ATmega328P interrupt vectors, reset included */
#define TIMER1_COMPA_VECTOR 11
#define OPCODE_RETI 0x9518
#define MAX_SENDS 32
/*
 * The main loop's idle instructions are learnt from the quiet gaps between frames from 10 to 40 ms (after setup);
 * the figures cover 40 ms to the first command, which includes the four converters' first, simultaneous
 * conversions at 50 ms.
 */
#define LEARN_START_MS 10u
#define WINDOW_START_MS 40u

/*
 * The sketch's pins (DOUT/PD_SCK: 2/3, 4/5, 6/7, 8/9) on the Arduino Nano/Uno pin map: digital 0..7 are PD0..PD7,
 * 8 and 9 are PB0 and PB1.
 */
static const struct {
    char dout_port, sck_port;
    uint8_t dout_bit, sck_bit;
} WIRING[4] = {{'D', 'D', 2, 3}, {'D', 'D', 4, 5}, {'D', 'D', 6, 7}, {'B', 'B', 0, 1}};

/* Each HX711 runs on its own on-chip oscillator, so the four rates differ slightly (cycles per mille). */
static const int RATE_OFFSET_PER_MILLE[4] = {0, 4, -3, 9};

/* HX711 datasheet: PD_SCK high time at most 50 us; held high for more than 60 us the chip powers down. */
#define SCK_HIGH_MAX_US 50
#define POWER_DOWN_US 60
/* Output settling time after power-up or reset: 4 conversion periods (50 ms at 80 SPS, 400 ms at 10 SPS). */
#define SETTLING_PERIODS 4

struct hx711 {
    int cell;
    avr_irq_t *dout;
    uint64_t period;          /* cycles between conversions */
    uint64_t next_conversion; /* cycle at which the next conversion completes */
    uint32_t conversions;     /* conversions completed so far */
    int32_t data;             /* the conversion presented on DOUT */
    uint32_t data_number;
    int ready;                /* a conversion waits to be read: DOUT low until the first pulse */
    int deferred;             /* a conversion completed during a read: presented when the read ends */
    int32_t deferred_data;
    uint32_t deferred_number;
    int pulses;               /* PD_SCK rising edges of the read in progress */
    int sck;
    uint64_t sck_rise;
    int powered_down;
};

static avr_t *avr;
static FILE *out;
static struct hx711 cells[4];
static int errors;

struct send {
    uint64_t cycle;
    uint8_t bytes[64];
    int length;
    int done;
};
static struct send sends[MAX_SENDS];
static int send_count;
static avr_irq_t *uart_input;

/* Figures: see print_stats. */
static uint64_t window_start, window_end;
static uint64_t window_cycles, idle_cycles, isr_cycles;
static uint64_t busy_since_tick, busy_per_tick_max;
static uint64_t tick_cycle, ticks, uart_bytes, window_uart_bytes;
static int awaiting_first_byte, awaiting_frame_end;
static uint64_t first_byte_sum, first_byte_max, frame_end_sum, frame_end_max, latency_samples;
static uint64_t ticks_during_previous_frame;
static uint64_t line_free_at; /* when the byte last written to UDR0 has left the line (simavr's byte time) */
static uint64_t byte_cycles;
static uint8_t idle_pc[32768]; /* program addresses the main loop runs when it has nothing to do */
static int quiet;

static void fail(uint64_t cycle, const char *what, int cell) {
    if (cell >= 0) {
        fprintf(out, "error %llu cell %d: %s\n", (unsigned long long)cycle, cell, what);
    } else {
        fprintf(out, "error %llu %s\n", (unsigned long long)cycle, what);
    }
    errors++;
}

/*
 * The conversions each cell delivers: every eighth one an end of the 24-bit range, 0 or -1, the others spread over
 * the range by an integer hash, so that sign extension, byte order and the saturation flag are exercised.
 */
static int32_t conversion_value(int cell, uint32_t n) {
    static const int32_t MARKS[4] = {0x7FFFFF, -0x800000, 0, -1};
    uint32_t x;
    if (n % 8 == 7) {
        return MARKS[(n / 8 + (uint32_t)cell) % 4];
    }
    x = n * 0x9E3779B1u + (uint32_t)cell * 0x85EBCA77u + 0x165667B1u;
    x = (x ^ (x >> 15)) * 0x2C1B3C6Du;
    x = (x ^ (x >> 12)) * 0x297A2D39u;
    x = (x ^ (x >> 15)) & 0xFFFFFFu;
    return (x & 0x800000u) ? (int32_t)(x | 0xFF000000u) : (int32_t)x;
}

static void set_dout(struct hx711 *c, int level) {
    avr_raise_irq(c->dout, (uint32_t)level);
}

static void present(struct hx711 *c, int32_t data, uint32_t number) {
    c->data = data;
    c->data_number = number;
    c->ready = 1;
    set_dout(c, 0);
}

static void restart_conversions(struct hx711 *c, uint64_t now) {
    c->next_conversion = now + SETTLING_PERIODS * c->period;
    c->ready = 0;
    c->deferred = 0;
    c->pulses = 0;
    set_dout(c, 1);
}

/* Conversions complete on the chip's own schedule; an unread one is replaced by the next. */
static void advance_conversions(struct hx711 *c, uint64_t now) {
    int32_t value;
    uint32_t number;
    if (c->powered_down && c->sck && now - c->sck_rise <= POWER_DOWN_US * CYCLES_PER_US) {
        return;
    }
    if (!c->powered_down && c->sck && now - c->sck_rise > POWER_DOWN_US * CYCLES_PER_US) {
        c->powered_down = 1;
        fail(now, "PD_SCK held high for more than 60 us: the HX711 powered down", c->cell);
        set_dout(c, 1);
        return;
    }
    if (c->powered_down || now < c->next_conversion) {
        return;
    }
    number = c->conversions++;
    value = conversion_value(c->cell, number);
    c->next_conversion += c->period;
    fprintf(out, "conv %d %u %llu %ld\n", c->cell, number, (unsigned long long)now, (long)value);
    if (c->pulses > 0) {
        c->deferred = 1;
        c->deferred_data = value;
        c->deferred_number = number;
    } else {
        present(c, value, number);
    }
}

/*
 * PD_SCK edges. Each rising edge shifts the next bit onto DOUT, MSB first; the 25th sets channel A, gain 128 for
 * the next conversion and pulls DOUT high until that conversion is ready.
 */
static void on_sck(avr_irq_t *irq, uint32_t value, void *param) {
    struct hx711 *c = param;
    uint64_t now = avr->cycle;
    (void)irq;
    if (value && !c->sck) {
        c->sck = 1;
        c->sck_rise = now;
        if (c->powered_down) {
            return;
        }
        if (!c->ready) {
            fail(now, "PD_SCK pulse while no conversion was ready (a 26th or 27th pulse selects another gain)",
                 c->cell);
            return;
        }
        c->pulses++;
        set_dout(c, c->pulses <= 24 ? (int)(((uint32_t)c->data >> (24 - c->pulses)) & 1u) : 1);
    } else if (!value && c->sck) {
        c->sck = 0;
        if (c->powered_down) {
            c->powered_down = 0; /* PD_SCK low again: the chip resets and converts anew */
            restart_conversions(c, now);
            return;
        }
        if (now - c->sck_rise > SCK_HIGH_MAX_US * CYCLES_PER_US) {
            fail(now, "PD_SCK high for more than 50 us", c->cell);
        }
        if (c->pulses == 25) {
            fprintf(out, "read %d %u %llu %ld\n", c->cell, c->data_number, (unsigned long long)now, (long)c->data);
            c->pulses = 0;
            c->ready = 0;
            if (c->deferred) {
                c->deferred = 0;
                present(c, c->deferred_data, c->deferred_number);
            }
        }
    }
}

static void on_uart_byte(avr_irq_t *irq, uint32_t value, void *param) {
    uint64_t now = avr->cycle;
    (void)irq;
    (void)param;
    fprintf(out, "uart %llu %02x\n", (unsigned long long)now, value & 0xFFu);
    uart_bytes++;
    if (now >= window_start && now < window_end) {
        window_uart_bytes++;
    }
    if (awaiting_first_byte) {
        awaiting_first_byte = 0;
        first_byte_sum += now - tick_cycle;
        first_byte_max = now - tick_cycle > first_byte_max ? now - tick_cycle : first_byte_max;
    }
    if (awaiting_frame_end && (value & 0xFFu) == 0) {
        awaiting_frame_end = 0;
        frame_end_sum += now - tick_cycle;
        frame_end_max = now - tick_cycle > frame_end_max ? now - tick_cycle : frame_end_max;
        latency_samples++;
    }
    /* The frame is out of the buffer: until the next byte or tick the main loop has nothing to do. */
    quiet = (value & 0xFFu) == 0;
    line_free_at = now + byte_cycles;
}

static void on_tick(uint64_t now) {
    fprintf(out, "tick %llu\n", (unsigned long long)now);
    if (now >= window_start && now < window_end) {
        ticks++;
        busy_per_tick_max = busy_since_tick > busy_per_tick_max ? busy_since_tick : busy_per_tick_max;
    }
    busy_since_tick = 0;
    quiet = 0;
    if (awaiting_first_byte || awaiting_frame_end) {
        ticks_during_previous_frame++; /* the previous tick's frame is not out yet: keep timing that one */
        return;
    }
    tick_cycle = now;
    /* Latency is measured only from ticks that find the line idle, so a command's reply does not count. */
    awaiting_first_byte = awaiting_frame_end = now >= window_start && now < window_end && now >= line_free_at;
}

static void feed_due_commands(uint64_t now) {
    int i, b;
    for (i = 0; i < send_count; i++) {
        if (sends[i].done || now < sends[i].cycle) {
            continue;
        }
        sends[i].done = 1;
        fprintf(out, "sent %llu ", (unsigned long long)now);
        for (b = 0; b < sends[i].length; b++) {
            avr_raise_irq(uart_input, sends[i].bytes[b]); /* simavr paces them at the line's byte time */
            fprintf(out, "%02x", sends[i].bytes[b]);
        }
        fputc('\n', out);
    }
}

static void print_stats(void) {
    fprintf(out, "stats cpu_hz %u\n", CPU_HZ);
    fprintf(out, "stats window_cycles %llu\n", (unsigned long long)window_cycles);
    fprintf(out, "stats window_ticks %llu\n", (unsigned long long)ticks);
    /* CPU: cycles outside the idle loop (interrupts included) over the window, and in the busiest tick period. */
    fprintf(out, "stats idle_cycles %llu\n", (unsigned long long)idle_cycles);
    fprintf(out, "stats isr_cycles %llu\n", (unsigned long long)isr_cycles);
    fprintf(out, "stats busy_cycles_per_tick_max %llu\n", (unsigned long long)busy_per_tick_max);
    /* Latency from the tick to its frame's first byte and to its delimiter being written to UDR0. */
    fprintf(out, "stats latency_samples %llu\n", (unsigned long long)latency_samples);
    if (latency_samples > 0) {
        fprintf(out, "stats tick_to_first_byte_cycles_mean %llu\n",
                (unsigned long long)(first_byte_sum / latency_samples));
        fprintf(out, "stats tick_to_frame_end_cycles_mean %llu\n",
                (unsigned long long)(frame_end_sum / latency_samples));
    }
    fprintf(out, "stats tick_to_first_byte_cycles_max %llu\n", (unsigned long long)first_byte_max);
    fprintf(out, "stats tick_to_frame_end_cycles_max %llu\n", (unsigned long long)frame_end_max);
    fprintf(out, "stats ticks_during_previous_frame %llu\n", (unsigned long long)ticks_during_previous_frame);
    fprintf(out, "stats window_uart_bytes %llu\n", (unsigned long long)window_uart_bytes);
    fprintf(out, "stats simulated_byte_cycles %llu\n", (unsigned long long)byte_cycles);
    fprintf(out, "stats uart_bytes %llu\n", (unsigned long long)uart_bytes);
    if (window_cycles == 0 || ticks == 0 || latency_samples == 0) {
        return;
    }
    /* The same figures for a reader; the line's load is counted at the real 10 bits a byte. */
    fprintf(stderr, "avr_run: %llu ticks in %.0f ms: CPU busy %.1f %% (interrupts %.1f %%), busiest tick period "
                    "%.1f %%; tick to first byte mean %.0f us, max %.0f us; tick to frame end mean %.0f us, "
                    "max %.0f us; line %.1f %% of 500000 baud (%.2f bytes a tick)\n",
            (unsigned long long)ticks, (double)window_cycles / CYCLES_PER_US / 1000.0,
            100.0 * (double)(window_cycles - idle_cycles) / (double)window_cycles,
            100.0 * (double)isr_cycles / (double)window_cycles,
            100.0 * (double)busy_per_tick_max * (double)ticks / (double)window_cycles,
            (double)first_byte_sum / (double)latency_samples / CYCLES_PER_US, (double)first_byte_max / CYCLES_PER_US,
            (double)frame_end_sum / (double)latency_samples / CYCLES_PER_US, (double)frame_end_max / CYCLES_PER_US,
            100.0 * (double)window_uart_bytes * 10.0 * CPU_HZ / (double)window_cycles / 500000.0,
            (double)window_uart_bytes / (double)ticks);
}

static int parse_hex(const char *text, uint8_t *bytes, int capacity) {
    int n = 0;
    size_t len = strlen(text);
    if (len % 2 != 0) {
        return -1;
    }
    for (; *text && n < capacity; text += 2) {
        unsigned v;
        if (sscanf(text, "%2x", &v) != 1) {
            return -1;
        }
        bytes[n++] = (uint8_t)v;
    }
    return *text ? -1 : n;
}

static void usage(const char *why) {
    fprintf(stderr, "avr_run: %s\nusage: avr_run ELF [--ms N] [--sps 10|80] [--board-id HEX] "
                    "[--send MICROS:HEXBYTES]...\n", why);
    exit(2);
}

static void connect_cells(int sps) {
    int i;
    for (i = 0; i < 4; i++) {
        struct hx711 *c = &cells[i];
        avr_irq_t *sck = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(WIRING[i].sck_port), WIRING[i].sck_bit);
        c->cell = i;
        c->dout = avr_io_getirq(avr, AVR_IOCTL_IOPORT_GETIRQ(WIRING[i].dout_port), WIRING[i].dout_bit);
        c->period = (uint64_t)CPU_HZ * (1000u + (uint64_t)(int64_t)RATE_OFFSET_PER_MILLE[i]) / 1000u / (uint64_t)sps;
        avr_irq_register_notify(sck, on_sck, c);
        restart_conversions(c, 0); /* all four power up with the board */
    }
}

static void write_board_id(uint32_t id) {
    uint8_t bytes[4] = {(uint8_t)id, (uint8_t)(id >> 8), (uint8_t)(id >> 16), (uint8_t)(id >> 24)};
    uint8_t back[4] = {0};
    avr_eeprom_desc_t desc = {.ee = bytes, .offset = 0, .size = 4};
    avr_eeprom_desc_t check = {.ee = back, .offset = 0, .size = 4};
    /* simavr's EEPROM ioctls return -1 even when they succeed: read the bytes back instead. */
    avr_ioctl(avr, AVR_IOCTL_EEPROM_SET, &desc);
    avr_ioctl(avr, AVR_IOCTL_EEPROM_GET, &check);
    if (memcmp(bytes, back, sizeof bytes) != 0) {
        usage("could not write the board id into the simulated EEPROM");
    }
}

int main(int argc, char **argv) {
    elf_firmware_t firmware;
    uint32_t uart_flags = 0;
    unsigned long run_ms = 1000;
    int sps = 80, i, in_isr = 0, have_board_id = 0;
    uint32_t board_id = 0;
    uint64_t end;

    /* simavr reports on stdout; the event lines get the real stdout to themselves. */
    out = fdopen(dup(STDOUT_FILENO), "w");
    dup2(STDERR_FILENO, STDOUT_FILENO);
    if (argc < 2) {
        usage("no firmware ELF given");
    }
    for (i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--ms") == 0 && i + 1 < argc) {
            run_ms = strtoul(argv[++i], NULL, 10);
        } else if (strcmp(argv[i], "--sps") == 0 && i + 1 < argc) {
            sps = atoi(argv[++i]);
            if (sps != 10 && sps != 80) {
                usage("--sps must be 10 or 80, the HX711's two rates");
            }
        } else if (strcmp(argv[i], "--board-id") == 0 && i + 1 < argc) {
            board_id = (uint32_t)strtoul(argv[++i], NULL, 16);
            have_board_id = 1;
        } else if (strcmp(argv[i], "--send") == 0 && i + 1 < argc && send_count < MAX_SENDS) {
            char *colon;
            struct send *s = &sends[send_count++];
            s->cycle = strtoull(argv[++i], &colon, 10) * CYCLES_PER_US;
            if (*colon != ':' || (s->length = parse_hex(colon + 1, s->bytes, (int)sizeof s->bytes)) <= 0) {
                usage("--send wants MICROS:HEXBYTES, e.g. 500000:0583010203");
            }
        } else {
            usage(argv[i]);
        }
    }

    memset(&firmware, 0, sizeof firmware);
    if (elf_read_firmware(argv[1], &firmware) != 0) {
        usage("cannot read the firmware ELF");
    }
    avr = avr_make_mcu_by_name("atmega328p");
    if (!avr) {
        usage("simavr has no atmega328p core");
    }
    avr_init(avr);
    avr->frequency = CPU_HZ;
    avr_load_firmware(avr, &firmware);
    if (have_board_id) {
        write_board_id(board_id);
    }
    avr_ioctl(avr, AVR_IOCTL_UART_SET_FLAGS('0'), &uart_flags); /* no console echo, no host sleeps */
    avr_irq_register_notify(avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_OUTPUT), on_uart_byte, NULL);
    uart_input = avr_io_getirq(avr, AVR_IOCTL_UART_GETIRQ('0'), UART_IRQ_INPUT);
    connect_cells(sps);

    /* simavr counts 11 bits a byte (parity included) at 500000 baud; the real line needs 10. */
    byte_cycles = 11u * CPU_HZ / 500000u;
    window_start = WINDOW_START_MS * 1000u * CYCLES_PER_US;
    end = (uint64_t)run_ms * 1000u * CYCLES_PER_US;
    window_end = end;
    for (i = 0; i < send_count; i++) {
        window_end = sends[i].cycle < window_end ? sends[i].cycle : window_end;
    }

    while (avr->cycle < end) {
        uint64_t before = avr->cycle;
        avr_flashaddr_t pc = avr->pc;
        uint16_t opcode = (uint16_t)(avr->flash[pc] | avr->flash[pc + 1] << 8);
        int state;
        for (i = 0; i < 4; i++) {
            advance_conversions(&cells[i], before);
        }
        feed_due_commands(before);

        state = avr_run(avr);
        if (state == cpu_Done || state == cpu_Crashed) {
            fail(avr->cycle, "the simulated core stopped", -1);
            break;
        }
        if (!in_isr && quiet && before >= LEARN_START_MS * 1000u * CYCLES_PER_US && before < window_start) {
            idle_pc[pc / 2] = 1;
        }
        if (before >= window_start && before < window_end) {
            uint64_t spent = avr->cycle - before;
            window_cycles += spent;
            if (in_isr) {
                isr_cycles += spent;
            }
            if (!in_isr && idle_pc[pc / 2]) {
                idle_cycles += spent;
            } else {
                busy_since_tick += spent;
            }
        }
        if (in_isr && opcode == OPCODE_RETI) {
            in_isr = 0;
        } else if (!in_isr && avr->pc > 0 && avr->pc < VECTOR_COUNT * avr->vector_size) {
            in_isr = 1;
            if (avr->pc / avr->vector_size == TIMER1_COMPA_VECTOR) {
                on_tick(avr->cycle);
            }
        }
    }
    print_stats();
    fclose(out);
    return errors ? 1 : 0;
}
