package dev.stork.signal.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.signal.orientation.Quaternion;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ImuStaticStabilityTest {
    private static final double RATE_HZ = 100;
    private static final int N = 3000;

    @Test
    void sineOnOneEarthAxisScoresMinusLogOfItsMeanAbsoluteValue() {
        double amplitude = 0.05;
        double frequencyHz = 2;
        double[] ax = new double[N];
        for (int i = 0; i < N; i++) {
            ax[i] = amplitude * Math.sin(2 * Math.PI * frequencyHz * i / RATE_HZ);
        }
        double[] zeros = new double[N];
        double[] gravity = new double[N];
        Arrays.fill(gravity, 9.8);
        double[] ones = new double[N];
        Arrays.fill(ones, 1);
        ImuStaticStability.Scores scores = new ImuStaticStability(N, RATE_HZ)
                .compute(ax, zeros, gravity, ones, zeros, zeros, zeros, N);
        // Gravity is constant and the high-pass removes it; a whole number of cycles has mean |a| = 2A/π. The
        // sine passes both filters (each run twice) with a gain of 0.9995, and the transients that the mirrored
        // ends start in the 0.3 Hz high-pass cost another 0.23 % (scipy's filtfilt gives the same 3.45014299),
        // so the score may sit up to 0.005 above -ln(2A/π).
        double expected = -Math.log(2 * amplitude / Math.PI);
        assertEquals(expected, scores.stabilityMl(), 5e-3, "ML");
        assertEquals(expected, scores.stabilityR(), 5e-3, "R, where only x moves");
        assertTrue(scores.stabilityAp() > expected + 10, "AP is still: " + scores.stabilityAp());
    }

    @Test
    void eachSampleIsTurnedIntoTheEarthFrameByItsOwnQuaternion() {
        double[][] earth = new double[3][N];
        double[][] sensor = new double[3][N];
        double[][] quat = new double[4][N];
        double[] out = new double[3];
        for (int i = 0; i < N; i++) {
            double t = i / RATE_HZ;
            earth[0][i] = 0.03 * Math.sin(2 * Math.PI * 1.3 * t);
            earth[1][i] = 0.02 * Math.cos(2 * Math.PI * 0.7 * t);
            earth[2][i] = 9.8 + 0.01 * Math.sin(2 * Math.PI * 3.1 * t);
            // a slowly turning sensor, its quaternion scaled by 2 to check the normalisation
            Quaternion q = Quaternion.fromAxisAngle(1, -2, 0.5, 0.4 + 0.2 * Math.sin(0.5 * t));
            Quaternion.rotateToEarth(q.w(), -q.x(), -q.y(), -q.z(), earth[0][i], earth[1][i], earth[2][i], out, 0);
            for (int k = 0; k < 3; k++) {
                sensor[k][i] = out[k];
            }
            quat[0][i] = 2 * q.w();
            quat[1][i] = 2 * q.x();
            quat[2][i] = 2 * q.y();
            quat[3][i] = 2 * q.z();
        }
        double[] ones = new double[N];
        Arrays.fill(ones, 1);
        double[] zeros = new double[N];
        ImuStaticStability stability = new ImuStaticStability(N, RATE_HZ);
        ImuStaticStability.Scores expected = stability.compute(earth[0], earth[1], earth[2], ones, zeros, zeros,
                zeros, N);
        ImuStaticStability.Scores actual = stability.compute(sensor[0], sensor[1], sensor[2], quat[0], quat[1],
                quat[2], quat[3], N);
        // round-off of two rotations and the filters, on scores of order 4
        assertEquals(expected.stabilityMl(), actual.stabilityMl(), 1e-9);
        assertEquals(expected.stabilityAp(), actual.stabilityAp(), 1e-9);
        assertEquals(expected.stabilityR(), actual.stabilityR(), 1e-9);
    }

    @Test
    void rejectsRecordingsShorterThanTheMirroredEnds() {
        ImuStaticStability stability = new ImuStaticStability(N, RATE_HZ);
        double[] a = new double[N];
        assertThrows(IllegalArgumentException.class, () -> stability.compute(a, a, a, a, a, a, a, 999));
        assertThrows(IllegalArgumentException.class, () -> new ImuStaticStability(500, RATE_HZ));
        assertThrows(IllegalArgumentException.class, () -> new ImuStaticStability(N, 80));
    }
}
