/* HX711 reading, see hx711.h and the HX711 datasheet (Avia Semiconductor), "Serial Interface". */
#include "hx711.h"

void hx711_init(struct hx711 *adc, uint8_t dout_pin, uint8_t sck_pin) {
    adc->dout_pin = dout_pin;
    adc->sck_pin = sck_pin;
    adc->last_value = 0;
    hx711_write_pin(sck_pin, 0);
}

uint8_t hx711_ready(const struct hx711 *adc) {
    return hx711_read_pin(adc->dout_pin) == 0;
}

static uint8_t clock_bit(const struct hx711 *adc) {
    uint8_t bit;
    hx711_disable_interrupts();
    hx711_write_pin(adc->sck_pin, 1);
    hx711_delay_us(1);
    hx711_write_pin(adc->sck_pin, 0);
    hx711_enable_interrupts();
    hx711_delay_us(1);
    bit = hx711_read_pin(adc->dout_pin);
    return bit;
}

int32_t hx711_read(struct hx711 *adc) {
    uint32_t raw = 0;
    uint8_t i;
    /* DOUT presents bit 23 first; each rising edge shifts the next bit out, sampled after the falling edge. */
    for (i = 0; i < 24; i++) {
        raw = (raw << 1) | clock_bit(adc);
    }
    /* The 25th pulse selects channel A, gain 128 for the next conversion. */
    (void)clock_bit(adc);
    adc->last_value = (raw & 0x800000u) ? (int32_t)(raw | 0xFF000000u) : (int32_t)raw;
    return adc->last_value;
}
