package dev.stork.sensor.i2c;

/** LSM6DSOX register addresses and bits (ST DS13604 datasheet, register mapping and description). */
final class Lsm6dsoxRegisters {
    static final int FIFO_CTRL3 = 0x09;
    static final int FIFO_CTRL4 = 0x0A;
    static final int WHO_AM_I = 0x0F;
    static final int CTRL1_XL = 0x10;
    static final int CTRL2_G = 0x11;
    static final int CTRL3_C = 0x12;
    static final int FIFO_STATUS1 = 0x3A;
    static final int FIFO_DATA_OUT_TAG = 0x78;

    static final int WHO_AM_I_VALUE = 0x6C;

    static final int CTRL3_C_BDU = 0x40;
    static final int CTRL3_C_IF_INC = 0x04;
    static final int CTRL3_C_SW_RESET = 0x01;
    /** ODR_XL / ODR_G in bits 7:4, FS in bits 3:2, FS_125 in CTRL2_G bit 1. */
    static final int ODR_SHIFT = 4;
    static final int FS_SHIFT = 2;
    static final int CTRL2_G_FS_125 = 0x02;
    /** FIFO_CTRL4 FIFO_MODE: bypass (FIFO off and emptied) and continuous (oldest overwritten when full). */
    static final int FIFO_MODE_BYPASS = 0x00;
    static final int FIFO_MODE_CONTINUOUS = 0x06;
    /** FIFO_CTRL3: BDR_GY in bits 7:4, BDR_XL in bits 3:0, same codes as the ODR. */
    static final int BDR_GY_SHIFT = 4;
    /** FIFO_STATUS2: FIFO_OVR_IA (data overwritten) and DIFF_FIFO bits 9:8. */
    static final int FIFO_STATUS2_OVR_IA = 0x40;
    static final int FIFO_STATUS2_DIFF_HIGH = 0x03;
    /** FIFO_DATA_OUT_TAG: TAG_SENSOR in bits 7:3. */
    static final int TAG_SHIFT = 3;
    static final int TAG_GYRO_NC = 0x01;
    static final int TAG_ACCEL_NC = 0x02;
    /** One FIFO word: the tag byte and three little-endian 16-bit axes. */
    static final int WORD_BYTES = 7;

    private Lsm6dsoxRegisters() {
    }
}
