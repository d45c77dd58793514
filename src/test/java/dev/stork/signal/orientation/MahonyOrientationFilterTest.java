package dev.stork.signal.orientation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.support.AllocationMeter;
import org.junit.jupiter.api.Test;

class MahonyOrientationFilterTest {
    private static final double G = 9.80665;
    private static final double RATE_HZ = 100;
    private static final double DT_S = 1 / RATE_HZ;

    @Test
    void constantRateAboutTheVerticalIntegratesToTheExpectedHeading() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        for (int i = 0; i < 200; i++) {
            filter.update(0, 0, G, 0, 0, 0.7, DT_S);
        }
        // 2 s at 0.7 rad/s; gravity stays on z so the feedback is zero and the exact integrator leaves round-off.
        assertEquals(1.4, filter.orientation().yawRad(), 1e-9);
        assertEquals(0, filter.orientation().rollRad(), 1e-12);
    }

    @Test
    void constantRollRateWithConsistentGravityIntegratesToTheExpectedRoll() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        double rateRadPerS = 0.6;
        double[] up = new double[3];
        for (int i = 0; i < 200; i++) {
            // the accelerometer sees the true orientation at the start of the interval, as the estimate does
            Quaternion truth = Quaternion.fromAxisAngle(1, 0, 0, rateRadPerS * i * DT_S);
            Quaternion.earthUpInSensor(truth.w(), truth.x(), truth.y(), truth.z(), up, 0);
            filter.update(G * up[0], G * up[1], G * up[2], rateRadPerS, 0, 0, DT_S);
        }
        assertEquals(1.2, filter.orientation().rollRad(), 1e-9);
        assertEquals(0, filter.orientation().pitchRad(), 1e-9);
    }

    @Test
    void gyroscopeOnlyQuarterTurnIsExact() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter(0, 0);
        for (int i = 0; i < 1000; i++) {
            filter.update(0, 0, 0, 0, Math.PI / 2, 0, 0.001);
        }
        // 1000 exact steps of π/2000 rad: only round-off accumulates
        assertEquals(Math.PI / 2, Quaternion.IDENTITY.angleToRad(filter.orientation()), 1e-7);
        assertEquals(Math.PI / 2, filter.orientation().pitchRad(), 1e-6, "asin near π/2 loses digits");
    }

    @Test
    void staticTiltConvergesToTheAnglesOfGravity() {
        double ax = -3.1;
        double ay = 4.2;
        double az = 8.4;
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        for (int i = 0; i < 30 * RATE_HZ; i++) {
            filter.update(ax, ay, az, 0, 0, 0, DT_S);
        }
        // both poles at 0.5 rad/s: after 30 s the initial 30° error has decayed far below 0.001°
        double tolRad = Math.toRadians(0.001);
        assertEquals(Math.atan2(ay, az), filter.orientation().rollRad(), tolRad, "roll");
        assertEquals(Math.atan2(-ax, Math.hypot(ay, az)), filter.orientation().pitchRad(), tolRad, "pitch");
    }

    @Test
    void alignToGravitySetsTiltAtOnce() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        filter.alignToGravity(-3.1, 4.2, 8.4);
        assertEquals(Math.atan2(4.2, 8.4), filter.orientation().rollRad(), 1e-12);
        assertEquals(Math.atan2(3.1, Math.hypot(4.2, 8.4)), filter.orientation().pitchRad(), 1e-12);
        assertEquals(0, filter.orientation().yawRad(), 1e-12);
    }

    @Test
    void gyroscopeBiasIsCancelledWithin20Seconds() {
        double biasX = 0.03;
        double biasY = -0.02;
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        MahonyOrientationFilter proportionalOnly = new MahonyOrientationFilter(1.0, 0);
        for (int i = 0; i < 20 * RATE_HZ; i++) {
            filter.update(0, 0, G, biasX, biasY, 0, DT_S);
            proportionalOnly.update(0, 0, G, biasX, biasY, 0, DT_S);
        }
        // Integrated blindly the bias would tilt the estimate by 0.72 rad (41°) in 20 s; the PI loop's error
        // t e^{-t/2} b has fallen below 0.01° by then.
        double tiltErrorRad = Quaternion.IDENTITY.angleToRad(filter.orientation());
        assertTrue(tiltErrorRad < Math.toRadians(0.01), "tilt error " + Math.toDegrees(tiltErrorRad) + "°");
        assertEquals(biasX, filter.gyroBiasXRadPerS(), 0.01 * biasX, "bias x within 1 %");
        assertEquals(biasY, filter.gyroBiasYRadPerS(), 0.01 * -biasY, "bias y within 1 %");
        // without the integral term the error settles near |b| / kP = 0.036 rad (2°)
        double proportionalErrorRad = Quaternion.IDENTITY.angleToRad(proportionalOnly.orientation());
        assertTrue(proportionalErrorRad > Math.toRadians(1.5), "P-only error " + proportionalErrorRad);
    }

    @Test
    void zeroAccelerationIntegratesTheGyroscopeOnly() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        filter.update(0, 0, 0, 0.5, 0, 0, 0.1);
        assertEquals(0.05, filter.orientation().rollRad(), 1e-12);
    }

    @Test
    void resetReturnsToIdentityAndForgetsTheBias() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        for (int i = 0; i < 500; i++) {
            filter.update(1, 2, 9, 0.1, 0.2, 0.3, DT_S);
        }
        filter.reset();
        assertEquals(Quaternion.IDENTITY, filter.orientation());
        assertEquals(0, filter.gyroBiasXRadPerS(), 0);
    }

    @Test
    void rejectsNonPositiveIntervalAndNegativeGains() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        assertThrows(IllegalArgumentException.class, () -> filter.update(0, 0, G, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> filter.update(0, 0, G, 0, 0, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new MahonyOrientationFilter(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new MahonyOrientationFilter(1, Double.NaN));
    }

    @Test
    void updateAllocatesNothing() {
        MahonyOrientationFilter filter = new MahonyOrientationFilter();
        Runnable tenThousandSamples = () -> {
            for (int i = 0; i < 10_000; i++) {
                filter.update(0.3, -0.2, G, 0.01 * (i % 7), -0.02, 0.005, DT_S);
            }
        };
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            tenThousandSamples.run();
        }
        long bytes = AllocationMeter.bytesAllocatedBy(tenThousandSamples);
        // a single allocation per sample would be ≥ 160,000 bytes; the meter itself may cost a few hundred
        assertTrue(bytes < 1024, bytes + " bytes allocated by 10,000 updates");
    }
}
