package dev.stork.signal.orientation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QuaternionTest {
    /** Round-off of a handful of double operations on values of order 1. */
    private static final double EXACT = 1e-14;

    @Test
    void quarterTurnAboutZTakesXToY() {
        double[] out = new double[3];
        Quaternion.fromAxisAngle(0, 0, 1, Math.PI / 2).rotateToEarth(1, 0, 0, out);
        assertArrayEquals(new double[] {0, 1, 0}, out, EXACT);
    }

    @Test
    void rotationMatrixHasTheDocumentedFirstRow() {
        Quaternion q = Quaternion.fromAxisAngle(0.3, -0.5, 0.8, 1.1);
        double w = q.w();
        double x = q.x();
        double y = q.y();
        double z = q.z();
        double[] out = new double[3];
        q.rotateToEarth(0.2, -1.3, 0.7, out);
        double first = (1 - 2 * (y * y + z * z)) * 0.2 + 2 * (x * y - w * z) * -1.3 + 2 * (x * z + w * y) * 0.7;
        assertEquals(first, out[0], EXACT);
    }

    @Test
    void unnormalisedQuaternionRotatesLikeItsNormalisedSelf() {
        Quaternion q = new Quaternion(0.9, 0.3, -0.2, 0.4);
        Quaternion scaled = new Quaternion(3.7 * q.w(), 3.7 * q.x(), 3.7 * q.y(), 3.7 * q.z());
        double[] expected = new double[3];
        double[] actual = new double[3];
        q.normalized().rotateToEarth(1.5, -0.4, 9.8, expected);
        scaled.rotateToEarth(1.5, -0.4, 9.8, actual);
        assertArrayEquals(expected, actual, 10 * EXACT);
    }

    @Test
    void productRotatesByTheRightFactorFirst() {
        Quaternion first = Quaternion.fromAxisAngle(1, 0, 0, 0.4);
        Quaternion second = Quaternion.fromAxisAngle(0, 1, 1, -0.9);
        double[] step = new double[3];
        double[] twoSteps = new double[3];
        double[] once = new double[3];
        first.rotateToEarth(0.3, 0.5, -0.7, step);
        second.rotateToEarth(step[0], step[1], step[2], twoSteps);
        second.multiply(first).rotateToEarth(0.3, 0.5, -0.7, once);
        assertArrayEquals(twoSteps, once, EXACT);
    }

    @Test
    void rollPitchYawRoundTrip() {
        double[][] angles = {{0.3, -0.2, 1.0}, {-2.5, 1.2, -3.0}, {1.0, 0.0, 0.0}, {0.0, -1.5, 0.5}};
        for (double[] a : angles) {
            Quaternion q = Quaternion.fromRollPitchYaw(a[0], a[1], a[2]);
            assertEquals(1, q.norm(), EXACT, "unit norm");
            assertEquals(a[0], q.rollRad(), 1e-12, "roll");
            assertEquals(a[1], q.pitchRad(), 1e-12, "pitch");
            assertEquals(a[2], q.yawRad(), 1e-12, "yaw");
        }
    }

    @Test
    void earthUpInSensorIsWhatAnAccelerometerAtRestMeasures() {
        double roll = 0.4;
        double pitch = -0.3;
        Quaternion q = Quaternion.fromRollPitchYaw(roll, pitch, 2.0);
        double[] up = new double[3];
        Quaternion.earthUpInSensor(q.w(), q.x(), q.y(), q.z(), up, 0);
        double[] specificForce = {-Math.sin(pitch), Math.sin(roll) * Math.cos(pitch),
                Math.cos(roll) * Math.cos(pitch)};
        assertArrayEquals(specificForce, up, EXACT);
        double[] back = new double[3];
        q.rotateToEarth(up[0], up[1], up[2], back);
        assertArrayEquals(new double[] {0, 0, 1}, back, EXACT);
    }

    @Test
    void angleBetweenRotationsIgnoresSignAndScale() {
        Quaternion a = Quaternion.fromAxisAngle(0, 1, 0, 0.25);
        Quaternion b = new Quaternion(-2 * a.w(), -2 * a.x(), -2 * a.y(), -2 * a.z());
        assertEquals(0, a.angleToRad(b), 1e-7, "same rotation (acos near 1 loses half the digits)");
        assertEquals(0.25, a.angleToRad(Quaternion.IDENTITY), 1e-12);
    }

    @Test
    void zeroQuaternionCannotBeNormalised() {
        assertThrows(IllegalArgumentException.class, () -> new Quaternion(0, 0, 0, 0).normalized());
        assertThrows(IllegalArgumentException.class, () -> Quaternion.fromAxisAngle(0, 0, 0, 1));
    }
}
