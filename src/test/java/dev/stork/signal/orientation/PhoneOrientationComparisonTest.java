package dev.stork.signal.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.support.ReferenceData;
import org.junit.jupiter.api.Test;

/**
 * Runs the filter on the phone recording of the reference data ({@code imu/firm_surface_eyes_closed_ios.csv},
 * 31 s of quiet stance with the phone on the trunk) and compares its tilt with the phone's own orientation
 * quaternions, which come from the phone's sensor fusion. Only tilt is compared: the phone also uses a
 * magnetometer for heading, which this filter does not have.
 *
 * <p>The recorded gyroscope is biased (integrated alone it drifts 16.6° in 31 s), so the comparison is strict only
 * after the 20 s the default gains need to learn the bias. In that last part the phone's tilt moves up to 0.54° away
 * from its mean, so a filter that stood still or integrated with a wrong sign would fail the 0.15° bound (measured:
 * 0.068° at most). Before that the bound is 0.5° (measured 0.385°).
 */
class PhoneOrientationComparisonTest {
    /** iOS reports acceleration in g as the negative of the specific force (-1 g on the axis pointing up at rest). */
    private static final double SPECIFIC_FORCE_MPS2_PER_G = -9.8;
    private static final double SETTLED_AFTER_S = 20;

    @Test
    void tiltFollowsThePhonesOwnOrientation() throws RecordingFormatException {
        Recording phoneFile = RecordingReader.read(ReferenceData.file("imu/firm_surface_eyes_closed_ios.csv"));
        double[] ax = phoneFile.channel("AccelX");
        double[] ay = phoneFile.channel("AccelY");
        double[] az = phoneFile.channel("AccelZ");
        double[] gx = phoneFile.channel("GyroX");
        double[] gy = phoneFile.channel("GyroY");
        double[] gz = phoneFile.channel("GyroZ");
        double[] qw = phoneFile.channel("QuatW");
        double[] qx = phoneFile.channel("QuatX");
        double[] qy = phoneFile.channel("QuatY");
        double[] qz = phoneFile.channel("QuatZ");
        double[] timeS = phoneFile.timeS();
        double k = SPECIFIC_FORCE_MPS2_PER_G;

        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        filter.alignToGravity(k * ax[0], k * ay[0], k * az[0]);
        double[] mine = new double[3];
        double[] phone = new double[3];
        double maxSettlingRad = 0;
        double maxSettledRad = 0;
        for (int i = 1; i < ax.length; i++) {
            filter.update(k * ax[i], k * ay[i], k * az[i], gx[i], gy[i], gz[i], timeS[i] - timeS[i - 1]);
            Quaternion.earthUpInSensor(filter.w(), filter.x(), filter.y(), filter.z(), mine, 0);
            Quaternion.earthUpInSensor(qw[i], qx[i], qy[i], qz[i], phone, 0);
            double differenceRad = angleRad(mine, phone);
            if (timeS[i] < SETTLED_AFTER_S) {
                maxSettlingRad = Math.max(maxSettlingRad, differenceRad);
            } else {
                maxSettledRad = Math.max(maxSettledRad, differenceRad);
            }
        }
        assertTrue(Math.toDegrees(maxSettlingRad) < 0.5, "first 20 s: " + Math.toDegrees(maxSettlingRad) + "°");
        assertTrue(Math.toDegrees(maxSettledRad) < 0.15, "after 20 s: " + Math.toDegrees(maxSettledRad) + "°");
        // The phone's y axis points up, so only the x and z biases are observable. Over a quiet stance the mean
        // angular rate is close to zero, so the mean gyroscope reading (x 0.0058, z 0.0078 rad/s) is the bias
        // to within the sway's own mean rate; the estimates measured are 0.0059 and 0.0074 rad/s.
        assertEquals(mean(gx), filter.gyroBiasXRadPerS(), 0.001, "x bias rad/s");
        assertEquals(mean(gz), filter.gyroBiasZRadPerS(), 0.001, "z bias rad/s");
    }

    private static double angleRad(double[] a, double[] b) {
        double cx = a[1] * b[2] - a[2] * b[1];
        double cy = a[2] * b[0] - a[0] * b[2];
        double cz = a[0] * b[1] - a[1] * b[0];
        return Math.atan2(Math.sqrt(cx * cx + cy * cy + cz * cz), a[0] * b[0] + a[1] * b[1] + a[2] * b[2]);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
