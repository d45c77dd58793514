package dev.stork.calibration;

import java.util.List;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * The IMU's calibration maths.
 *
 * <p><b>Gyroscope bias</b>: the mean rate of a still window (see {@link ImuStillness}).
 *
 * <p><b>Accelerometer</b>: per axis {@code a = scale × (raw − offset)}, fitted by least squares on the magnitude of
 * gravity: at rest in any orientation {@code |a| = 9.80665 m/s²}. The unknowns (3 offsets, 3 scales) come from
 * Levenberg–Marquardt (Commons Math) over the mean readings of at least six orientations, started from the per-axis
 * min/max estimate ({@code offset = (max + min) / 2}, {@code scale = 2g / (max − min)}). Only magnitudes enter, so
 * the board need not sit exactly on its faces; the six faces are asked for because they exercise each axis both
 * ways. With exactly six orientations the fit has no redundancy and the residual is near zero; more orientations
 * make it an honest check. Refused when an axis never saw gravity both ways, when the fit does not converge, or
 * when the result leaves the profile's ranges.
 *
 * <p><b>Mounting</b>: the smallest rotation taking the calibrated gravity direction of the board lying level onto
 * the board's z axis (up). The rotation about the vertical cannot be seen from gravity: Stork takes it as zero
 * (the sensor's y axis, projected onto the board, points to the front), so mount the sensor square to the board.
 * Quaternions are Hamilton, scalar first, and rotate sensor-frame vectors into the board frame:
 * {@code v_board = q ⊗ v_sensor ⊗ q*}.
 */
public final class ImuCalibration {
    /** Standard gravity, m/s². */
    public static final double GRAVITY_MPS2 = 9.80665;
    /** Largest accepted RMS of |calibrated g| − g over the orientations, m/s². */
    public static final double MAX_ACCEL_RESIDUAL_MPS2 = 0.05;
    /** Largest tilt of the "level" orientation from the sensor's z axis, degrees. */
    public static final double MAX_LEVEL_TILT_DEG = 45;

    private ImuCalibration() {
    }

    /**
     * The gyroscope bias from a window of (accel x, y, z, gyro x, y, z).
     *
     * @throws CalibrationRefusedException while the board moves
     */
    public static double[] gyroBias(ChannelWindow window, ImuStillness stillness) throws CalibrationRefusedException {
        stillness.check(window);
        return new double[] {window.mean(3), window.mean(4), window.mean(5)};
    }

    /**
     * The fitted accelerometer correction.
     *
     * @param offsetMps2   per-axis offset, m/s²
     * @param scale        per-axis scale
     * @param residualMps2 RMS of |calibrated g| − g over the orientations, m/s²
     */
    public record AccelFit(double[] offsetMps2, double[] scale, double residualMps2) {
    }

    /**
     * Fits offset and scale from the mean raw accelerometer readings of six or more still orientations.
     *
     * @throws CalibrationRefusedException when the orientations are not enough or the fit is implausible
     */
    public static AccelFit accel(List<double[]> meansMps2) throws CalibrationRefusedException {
        if (meansMps2.size() < 6) {
            throw new CalibrationRefusedException("need six orientations, got " + meansMps2.size());
        }
        double[] start = new double[6];
        for (int axis = 0; axis < 3; axis++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double[] m : meansMps2) {
                min = Math.min(min, m[axis]);
                max = Math.max(max, m[axis]);
            }
            if (!(max > GRAVITY_MPS2 / 2 && min < -GRAVITY_MPS2 / 2)) {
                throw new CalibrationRefusedException("axis " + "xyz".charAt(axis) + " never pointed up and down "
                        + "(saw " + Steadiness.round(min) + " to " + Steadiness.round(max) + " m/s²): lay the board "
                        + "on each face in turn");
            }
            start[axis] = (max + min) / 2;
            start[3 + axis] = 2 * GRAVITY_MPS2 / (max - min);
        }
        int n = meansMps2.size();
        double[] target = new double[n];
        java.util.Arrays.fill(target, GRAVITY_MPS2);
        LeastSquaresOptimizer.Optimum optimum;
        try {
            optimum = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                    .start(start)
                    .target(target)
                    .model(p -> magnitudes(meansMps2, p.toArray()))
                    .maxEvaluations(1000)
                    .maxIterations(1000)
                    .build());
        } catch (RuntimeException e) {
            throw new CalibrationRefusedException("the accelerometer fit did not converge: " + e.getMessage());
        }
        double[] p = optimum.getPoint().toArray();
        double residual = optimum.getRMS();
        double[] offset = {p[0], p[1], p[2]};
        double[] scale = {p[3], p[4], p[5]};
        for (int axis = 0; axis < 3; axis++) {
            if (!(Math.abs(offset[axis]) <= ProfileCodec.MAX_ACCEL_OFFSET_MPS2)
                    || !(scale[axis] >= ProfileCodec.MIN_ACCEL_SCALE && scale[axis] <= ProfileCodec.MAX_ACCEL_SCALE)) {
                throw new CalibrationRefusedException("axis " + "xyz".charAt(axis) + " fitted offset "
                        + Steadiness.round(offset[axis]) + " m/s² and scale " + scale[axis] + " are implausible "
                        + "(offset within ±" + ProfileCodec.MAX_ACCEL_OFFSET_MPS2 + ", scale " + ProfileCodec.MIN_ACCEL_SCALE
                        + ".." + ProfileCodec.MAX_ACCEL_SCALE + ")");
            }
        }
        if (!(residual <= MAX_ACCEL_RESIDUAL_MPS2)) {
            throw new CalibrationRefusedException("the orientations disagree by " + Steadiness.round(residual)
                    + " m/s² RMS, need <= " + MAX_ACCEL_RESIDUAL_MPS2 + ": was the board moving?");
        }
        return new AccelFit(offset, scale, residual);
    }

    private static Pair<RealVector, RealMatrix> magnitudes(List<double[]> means, double[] p) {
        int n = means.size();
        double[] value = new double[n];
        double[][] jacobian = new double[n][6];
        for (int k = 0; k < n; k++) {
            double[] m = means.get(k);
            double[] c = new double[3];
            double sq = 0;
            for (int i = 0; i < 3; i++) {
                c[i] = p[3 + i] * (m[i] - p[i]);
                sq += c[i] * c[i];
            }
            double norm = Math.sqrt(sq);
            value[k] = norm;
            for (int i = 0; i < 3; i++) {
                jacobian[k][i] = -p[3 + i] * c[i] / norm;
                jacobian[k][3 + i] = (m[i] - p[i]) * c[i] / norm;
            }
        }
        return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jacobian, false));
    }

    /**
     * The mounting quaternion (w, x, y, z) from the calibrated gravity reading of the board lying level.
     *
     * @throws CalibrationRefusedException when the sensor is tilted more than {@value #MAX_LEVEL_TILT_DEG}° from the
     *                                     board's vertical (mounted on its side or the board is not level)
     */
    public static double[] mounting(double[] levelMps2) throws CalibrationRefusedException {
        double norm = Math.sqrt(levelMps2[0] * levelMps2[0] + levelMps2[1] * levelMps2[1] + levelMps2[2] * levelMps2[2]);
        double ux = levelMps2[0] / norm;
        double uy = levelMps2[1] / norm;
        double uz = levelMps2[2] / norm;
        double angle = Math.acos(Math.max(-1, Math.min(1, uz)));
        if (Math.toDegrees(angle) > MAX_LEVEL_TILT_DEG) {
            throw new CalibrationRefusedException("the sensor is tilted " + Math.round(Math.toDegrees(angle))
                    + "° from the board's vertical, need <= " + MAX_LEVEL_TILT_DEG + "°: lay the board level, top up");
        }
        // Axis u × z = (uy, −ux, 0), normalised.
        double axisNorm = Math.hypot(ux, uy);
        if (axisNorm < 1e-12) {
            return new double[] {1, 0, 0, 0};
        }
        double s = Math.sin(angle / 2);
        return new double[] {Math.cos(angle / 2), s * uy / axisNorm, -s * ux / axisNorm, 0};
    }

    /** Rotates (x, y, z) by the Hamilton quaternion q (w, x, y, z) into {@code out}: q ⊗ v ⊗ q*. */
    public static void rotate(double[] q, double x, double y, double z, double[] out) {
        double w = q[0];
        double qx = q[1];
        double qy = q[2];
        double qz = q[3];
        // t = 2 q_vec × v; v' = v + w t + q_vec × t
        double tx = 2 * (qy * z - qz * y);
        double ty = 2 * (qz * x - qx * z);
        double tz = 2 * (qx * y - qy * x);
        out[0] = x + w * tx + (qy * tz - qz * ty);
        out[1] = y + w * ty + (qz * tx - qx * tz);
        out[2] = z + w * tz + (qx * ty - qy * tx);
    }
}
