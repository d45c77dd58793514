package dev.stork.sensor.i2c;

/** NAU7802 register addresses and bits (Nuvoton NAU7802 datasheet rev. 2.6, register map). */
final class Nau7802Registers {
    static final int PU_CTRL = 0x00;
    static final int CTRL1 = 0x01;
    static final int CTRL2 = 0x02;
    static final int ADCO_B2 = 0x12;
    static final int REVISION_ID = 0x1F;

    /** The only address the chip answers at. */
    static final int ADDRESS = 0x2A;
    /** Low nibble of REVISION_ID. */
    static final int REVISION_ID_VALUE = 0x0F;

    static final int PU_CTRL_RR = 0x01;
    static final int PU_CTRL_PUD = 0x02;
    static final int PU_CTRL_PUA = 0x04;
    static final int PU_CTRL_PUR = 0x08;
    static final int PU_CTRL_CS = 0x10;
    static final int PU_CTRL_CR = 0x20;
    static final int PU_CTRL_AVDDS = 0x80;
    /** VLDO sits in CTRL1 bits 5:3, GAINS in bits 2:0. */
    static final int CTRL1_VLDO_SHIFT = 3;
    static final int CTRL2_CALS = 0x04;
    static final int CTRL2_CAL_ERR = 0x08;
    /** CRS sits in CTRL2 bits 6:4; CALMOD in bits 1:0 (00 = internal offset calibration). */
    static final int CTRL2_CRS_SHIFT = 4;

    private Nau7802Registers() {
    }
}
