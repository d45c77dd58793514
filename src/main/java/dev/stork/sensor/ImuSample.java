package dev.stork.sensor;

/**
 * One reading of an IMU in the sensor's own frame, a mutable holder that a source overwrites in place.
 * Acceleration in m/s² (gravity included), angular rate in rad/s.
 */
public final class ImuSample {
    /** Device time (from the sample count and rate, or the sensor's clock) in monotonic nanoseconds. */
    public long timeNanos;
    /** Sample counter; a gap means samples were lost. */
    public long sequence;
    public double accelX;
    public double accelY;
    public double accelZ;
    public double gyroX;
    public double gyroY;
    public double gyroZ;

    /** Overwrites every field. */
    public ImuSample set(long timeNanos, long sequence, double accelX, double accelY, double accelZ,
                         double gyroX, double gyroY, double gyroZ) {
        this.timeNanos = timeNanos;
        this.sequence = sequence;
        this.accelX = accelX;
        this.accelY = accelY;
        this.accelZ = accelZ;
        this.gyroX = gyroX;
        this.gyroY = gyroY;
        this.gyroZ = gyroZ;
        return this;
    }

    /** Copies every field of {@code other} into this holder. */
    public void copyFrom(ImuSample other) {
        set(other.timeNanos, other.sequence, other.accelX, other.accelY, other.accelZ, other.gyroX, other.gyroY,
                other.gyroZ);
    }
}
