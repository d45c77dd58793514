/*
 * HX711 24-bit load-cell ADC, bit-banged on two pins (DOUT, PD_SCK), channel A at gain 128.
 * Plain C: the pin access comes from the board file (stork_plate.ino) through the three hooks below.
 */
#ifndef STORK_HX711_H
#define STORK_HX711_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Provided by the board: read DOUT, drive PD_SCK, and a short busy wait between clock edges. */
uint8_t hx711_read_pin(uint8_t pin);
void hx711_write_pin(uint8_t pin, uint8_t high);
void hx711_delay_us(uint8_t micros);
/* Interrupt masking around each clock-high phase: PD_SCK high for more than 60 us powers the chip down. */
void hx711_disable_interrupts(void);
void hx711_enable_interrupts(void);

struct hx711 {
    uint8_t dout_pin;
    uint8_t sck_pin;
    int32_t last_value; /* the most recent conversion, in counts */
};

void hx711_init(struct hx711 *adc, uint8_t dout_pin, uint8_t sck_pin);

/* A conversion is ready when DOUT is low. */
uint8_t hx711_ready(const struct hx711 *adc);

/* Clocks out a ready conversion into last_value (25 pulses: channel A, gain 128 for the next one). */
int32_t hx711_read(struct hx711 *adc);

#ifdef __cplusplus
}
#endif

#endif
