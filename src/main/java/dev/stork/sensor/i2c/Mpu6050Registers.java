package dev.stork.sensor.i2c;

/** MPU-6050 register addresses and bits (InvenSense RM-MPU-6000A-00 register map, rev. 4.2). */
final class Mpu6050Registers {
    static final int SMPLRT_DIV = 0x19;
    static final int CONFIG = 0x1A;
    static final int GYRO_CONFIG = 0x1B;
    static final int ACCEL_CONFIG = 0x1C;
    static final int FIFO_EN = 0x23;
    static final int INT_STATUS = 0x3A;
    static final int ACCEL_XOUT_H = 0x3B;
    static final int USER_CTRL = 0x6A;
    static final int PWR_MGMT_1 = 0x6B;
    static final int FIFO_COUNT_H = 0x72;
    static final int FIFO_R_W = 0x74;
    static final int WHO_AM_I = 0x75;

    /** WHO_AM_I reads the upper six bits of the 7-bit address, 0x68, whatever AD0 is. */
    static final int WHO_AM_I_VALUE = 0x68;

    static final int PWR_MGMT_1_DEVICE_RESET = 0x80;
    static final int PWR_MGMT_1_SLEEP = 0x40;
    /** CLKSEL = 1: PLL with the X-axis gyroscope reference, recommended over the internal 8 MHz oscillator. */
    static final int PWR_MGMT_1_CLKSEL_PLL_XGYRO = 0x01;
    static final int USER_CTRL_FIFO_EN = 0x40;
    static final int USER_CTRL_FIFO_RESET = 0x04;
    static final int FIFO_EN_XG = 0x40;
    static final int FIFO_EN_YG = 0x20;
    static final int FIFO_EN_ZG = 0x10;
    static final int FIFO_EN_ACCEL = 0x08;
    static final int INT_STATUS_FIFO_OFLOW = 0x10;
    /** FS_SEL and AFS_SEL sit in bits 4:3 of GYRO_CONFIG and ACCEL_CONFIG. */
    static final int FULL_SCALE_SHIFT = 3;

    /** FIFO capacity in bytes. */
    static final int FIFO_BYTES = 1024;
    /** One FIFO frame with accelerometer then gyroscope enabled: six big-endian 16-bit words. */
    static final int FRAME_BYTES = 12;

    private Mpu6050Registers() {
    }
}
