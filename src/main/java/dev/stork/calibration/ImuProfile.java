package dev.stork.calibration;

import java.time.Instant;

/**
 * The calibration of one IMU: per axis {@code accel = scale × (raw − offset)} and {@code rate = raw − bias}, then the
 * mounting rotation from the sensor's frame to the board's frame (x right, y front, z up). Immutable; arrays are
 * copied in and out. Stored as JSON by {@link ProfileCodec}.
 *
 * @param deviceId                the IMU this profile belongs to
 * @param calibratedAt            when the calibration was made
 * @param gyroBiasRadPs           gyroscope bias per axis, rad/s
 * @param accelOffsetMps2         accelerometer offset per axis, m/s²
 * @param accelScale              accelerometer scale per axis (dimensionless, about 1)
 * @param mountingQuaternionWxyz  unit quaternion rotating sensor-frame vectors into the board frame (w, x, y, z)
 * @param gyroNoiseRadPs          standard deviation of the gyroscope while still, rad/s (NaN if not measured)
 * @param accelResidualMps2       RMS of |calibrated g| − 9.80665 over the orientations, m/s² (NaN if not measured)
 */
public record ImuProfile(String deviceId, Instant calibratedAt, double[] gyroBiasRadPs, double[] accelOffsetMps2,
                         double[] accelScale, double[] mountingQuaternionWxyz, double gyroNoiseRadPs,
                         double accelResidualMps2) {

    /** Copies the arrays and checks their length. */
    public ImuProfile {
        if (gyroBiasRadPs.length != 3 || accelOffsetMps2.length != 3 || accelScale.length != 3
                || mountingQuaternionWxyz.length != 4) {
            throw new IllegalArgumentException("an IMU profile needs 3 biases, 3 offsets, 3 scales and a quaternion");
        }
        gyroBiasRadPs = gyroBiasRadPs.clone();
        accelOffsetMps2 = accelOffsetMps2.clone();
        accelScale = accelScale.clone();
        mountingQuaternionWxyz = mountingQuaternionWxyz.clone();
    }

    /** No correction at all: zero bias and offset, unit scale, sensor frame = board frame. */
    public static ImuProfile identity(String deviceId) {
        return new ImuProfile(deviceId, Instant.EPOCH, new double[3], new double[3], new double[] {1, 1, 1},
                new double[] {1, 0, 0, 0}, Double.NaN, Double.NaN);
    }

    @Override
    public double[] gyroBiasRadPs() {
        return gyroBiasRadPs.clone();
    }

    @Override
    public double[] accelOffsetMps2() {
        return accelOffsetMps2.clone();
    }

    @Override
    public double[] accelScale() {
        return accelScale.clone();
    }

    @Override
    public double[] mountingQuaternionWxyz() {
        return mountingQuaternionWxyz.clone();
    }

    /** Identifies this calibration for the trials measured with it: device id, date and a short content hash. */
    public String calibrationId() {
        StringBuilder content = new StringBuilder(deviceId).append('|').append(calibratedAt);
        for (int i = 0; i < 3; i++) {
            content.append('|').append(gyroBiasRadPs[i]).append('|').append(accelOffsetMps2[i]).append('|')
                    .append(accelScale[i]);
        }
        for (double q : mountingQuaternionWxyz) {
            content.append('|').append(q);
        }
        return deviceId + "@" + calibratedAt + "#" + PlateProfile.shortHash(content.toString());
    }
}
