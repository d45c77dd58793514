package dev.stork.signal.orientation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The orientation filter and the tilt estimator together on a simulated wobble board: the board rocks 8° side to
 * side at 0.8 Hz and 5° front to back at 0.5 Hz about a pivot 5 cm below the IMU, which is mounted 10° off level.
 * The simulated IMU measures the true angular rate plus a constant bias and noise, and the specific force of
 * gravity plus the sensor's own acceleration around the pivot, plus noise. The estimate is compared with the tilt
 * an estimator reads from the true orientation, after the 20 s the default gains take to learn the bias.
 */
class WobbleBoardSimulationTest {
    private static final double RATE_HZ = 100;
    private static final double DT_S = 1 / RATE_HZ;
    private static final double G = 9.80665;
    private static final double PIVOT_TO_SENSOR_M = 0.05;
    private static final Quaternion MOUNT = Quaternion.fromAxisAngle(1, 1, 0, Math.toRadians(10)).conjugate();

    /** Board to earth at time t: right edge down by the ML angle, front edge down by the AP angle. */
    private static Quaternion board(double t) {
        double mlRad = Math.toRadians(8) * Math.sin(2 * Math.PI * 0.8 * t);
        double apRad = Math.toRadians(5) * Math.sin(2 * Math.PI * 0.5 * t + 0.7);
        return Quaternion.fromAxisAngle(0, 1, 0, mlRad).multiply(Quaternion.fromAxisAngle(1, 0, 0, -apRad));
    }

    private static Quaternion sensor(double t) {
        return board(t).multiply(MOUNT);
    }

    /** The sensor's position in the earth frame, the pivot at the origin. */
    private static void position(double t, double[] out) {
        board(t).rotateToEarth(0, 0, PIVOT_TO_SENSOR_M, out);
    }

    @Test
    void filteredTiltFollowsTheTrueTiltOfARockingBoard() {
        Random noise = new Random(7);
        double[] biasRadPerS = {0.01, -0.008, 0.005};
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        WobbleBoardTilt estimated = new WobbleBoardTilt();
        WobbleBoardTilt truth = new WobbleBoardTilt();
        // the level position as a calibration would record it: the accelerometer at rest, board level
        double[] up = new double[3];
        Quaternion.earthUpInSensor(MOUNT.w(), MOUNT.x(), MOUNT.y(), MOUNT.z(), up, 0);
        estimated.setLevel(G * up[0], G * up[1], G * up[2]);
        truth.setLevel(MOUNT.w(), MOUNT.x(), MOUNT.y(), MOUNT.z());
        filter.alignToGravity(G * up[0], G * up[1], G * up[2]);

        double[] before = new double[3];
        double[] now = new double[3];
        double[] after = new double[3];
        double[] specificForce = new double[3];
        double maxMlErrorRad = 0;
        double maxApErrorRad = 0;
        int samples = (int) (60 * RATE_HZ);
        for (int i = 0; i < samples; i++) {
            double t = i * DT_S;
            Quaternion q = sensor(t);
            // body rate over the coming interval from the relative rotation, exact for a constant rate
            Quaternion step = q.conjugate().multiply(sensor(t + DT_S));
            double half = Math.atan2(Math.sqrt(step.x() * step.x() + step.y() * step.y() + step.z() * step.z()),
                    step.w());
            double perAxis = half == 0 ? 0 : 2 * half / DT_S / Math.sin(half);
            // sensor acceleration by central differences; specific force = acceleration + g up, in the sensor frame
            position(t - DT_S, before);
            position(t, now);
            position(t + DT_S, after);
            double accX = (after[0] - 2 * now[0] + before[0]) / (DT_S * DT_S);
            double accY = (after[1] - 2 * now[1] + before[1]) / (DT_S * DT_S);
            double accZ = (after[2] - 2 * now[2] + before[2]) / (DT_S * DT_S) + G;
            q.conjugate().rotateToEarth(accX, accY, accZ, specificForce);
            filter.update(specificForce[0] + 0.05 * noise.nextGaussian(),
                    specificForce[1] + 0.05 * noise.nextGaussian(),
                    specificForce[2] + 0.05 * noise.nextGaussian(),
                    step.x() * perAxis + biasRadPerS[0] + 0.003 * noise.nextGaussian(),
                    step.y() * perAxis + biasRadPerS[1] + 0.003 * noise.nextGaussian(),
                    step.z() * perAxis + biasRadPerS[2] + 0.003 * noise.nextGaussian(), DT_S);
            Quaternion next = sensor(t + DT_S);
            truth.update(next.w(), next.x(), next.y(), next.z());
            estimated.update(filter.w(), filter.x(), filter.y(), filter.z());
            if (t >= 20) {
                maxMlErrorRad = Math.max(maxMlErrorRad, Math.abs(estimated.tiltMlRad() - truth.tiltMlRad()));
                maxApErrorRad = Math.max(maxApErrorRad, Math.abs(estimated.tiltApRad() - truth.tiltApRad()));
            }
        }
        // Measured 0.27° (ML) and 0.16° (AP) at most. The accelerometer alone is off by up to 2.0° ML (the
        // sensor's 0.18 m/s² swing around the pivot plus noise), the gyroscope alone by 34° after a minute of bias.
        assertTrue(Math.toDegrees(maxMlErrorRad) < 0.5, "ML error " + Math.toDegrees(maxMlErrorRad) + "°");
        assertTrue(Math.toDegrees(maxApErrorRad) < 0.5, "AP error " + Math.toDegrees(maxApErrorRad) + "°");
    }
}
