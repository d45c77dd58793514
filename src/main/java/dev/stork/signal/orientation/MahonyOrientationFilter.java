package dev.stork.signal.orientation;

/**
 * Mahony's explicit complementary filter (Mahony, Hamel, Pflimlin 2008, IEEE TAC 53:1203), IMU-only: the gyroscope
 * is integrated and corrected by a proportional-integral feedback on the angle between measured and estimated
 * gravity. The integral term estimates and cancels a constant gyroscope bias about the horizontal axes.
 *
 * <p>Near level and for small errors the tilt error follows s² + kP s + kI = 0. The defaults kP = 1 rad/s and
 * kI = 0.25 rad/s² make that critically damped with both poles at 0.5 rad/s: the accelerometer is trusted below
 * about 0.16 Hz, where a wobble board's own accelerations are small, and a gyroscope bias is cancelled within about
 * 20 s. Allocation-free per sample; one thread (the acquisition thread) calls it.
 */
public final class MahonyOrientationFilter implements OrientationFilter {
    /** Default proportional gain in rad/s. */
    public static final double DEFAULT_PROPORTIONAL_GAIN = 1.0;
    /** Default integral gain in rad/s². */
    public static final double DEFAULT_INTEGRAL_GAIN = 0.25;

    private final double proportionalGain;
    private final double integralGain;

    private double qw = 1;
    private double qx;
    private double qy;
    private double qz;
    /** Integral feedback, the negated gyroscope bias estimate, rad/s in the sensor frame. */
    private double integralX;
    private double integralY;
    private double integralZ;

    /** A filter with {@link #DEFAULT_PROPORTIONAL_GAIN} and {@link #DEFAULT_INTEGRAL_GAIN}. */
    public MahonyOrientationFilter() {
        this(DEFAULT_PROPORTIONAL_GAIN, DEFAULT_INTEGRAL_GAIN);
    }

    /**
     * @param proportionalGain kP in rad/s, 0 or more (0: gyroscope integration only)
     * @param integralGain kI in rad/s², 0 or more (0: no bias estimation)
     */
    public MahonyOrientationFilter(double proportionalGain, double integralGain) {
        if (!(proportionalGain >= 0) || Double.isInfinite(proportionalGain)) {
            throw new IllegalArgumentException("proportionalGain must be finite and >= 0 rad/s, got "
                    + proportionalGain);
        }
        if (!(integralGain >= 0) || Double.isInfinite(integralGain)) {
            throw new IllegalArgumentException("integralGain must be finite and >= 0 rad/s², got " + integralGain);
        }
        this.proportionalGain = proportionalGain;
        this.integralGain = integralGain;
    }

    @Override
    public void update(double accelXMps2, double accelYMps2, double accelZMps2,
                       double gyroXRadPerS, double gyroYRadPerS, double gyroZRadPerS, double intervalS) {
        if (!(intervalS > 0)) {
            throw new IllegalArgumentException("sample interval must be > 0 s, got " + intervalS);
        }
        double rateX = gyroXRadPerS;
        double rateY = gyroYRadPerS;
        double rateZ = gyroZRadPerS;
        double accelNorm = Math.sqrt(accelXMps2 * accelXMps2 + accelYMps2 * accelYMps2 + accelZMps2 * accelZMps2);
        // A zero (free fall, dropped read) or non-finite reading carries no direction: integrate the gyroscope only.
        if (accelNorm > 0 && accelNorm < Double.POSITIVE_INFINITY) {
            double ax = accelXMps2 / accelNorm;
            double ay = accelYMps2 / accelNorm;
            double az = accelZMps2 / accelNorm;
            double upX = 2 * (qx * qz - qw * qy);
            double upY = 2 * (qy * qz + qw * qx);
            double upZ = qw * qw - qx * qx - qy * qy + qz * qz;
            // measured × estimated: the rotation (sensor frame) that turns the estimate towards the measurement
            double errorX = ay * upZ - az * upY;
            double errorY = az * upX - ax * upZ;
            double errorZ = ax * upY - ay * upX;
            if (integralGain > 0) {
                integralX += integralGain * errorX * intervalS;
                integralY += integralGain * errorY * intervalS;
                integralZ += integralGain * errorZ * intervalS;
            }
            rateX += proportionalGain * errorX + integralX;
            rateY += proportionalGain * errorY + integralY;
            rateZ += proportionalGain * errorZ + integralZ;
        }
        rotateBy(rateX, rateY, rateZ, intervalS);
    }

    /** q ← q ⊗ exp(ω Δt / 2): exact for a rate that is constant over the interval. */
    private void rotateBy(double rateX, double rateY, double rateZ, double intervalS) {
        double rate = Math.sqrt(rateX * rateX + rateY * rateY + rateZ * rateZ);
        if (rate == 0) {
            return;
        }
        double halfAngle = 0.5 * rate * intervalS;
        double c = Math.cos(halfAngle);
        double s = Math.sin(halfAngle) / rate;
        double dx = rateX * s;
        double dy = rateY * s;
        double dz = rateZ * s;
        double w = qw * c - qx * dx - qy * dy - qz * dz;
        double x = qw * dx + qx * c + qy * dz - qz * dy;
        double y = qw * dy - qx * dz + qy * c + qz * dx;
        double z = qw * dz + qx * dy - qy * dx + qz * c;
        double n = 1 / Math.sqrt(w * w + x * x + y * y + z * z);
        qw = w * n;
        qx = x * n;
        qy = y * n;
        qz = z * n;
    }

    @Override
    public void alignToGravity(double accelXMps2, double accelYMps2, double accelZMps2) {
        double rollRad = Math.atan2(accelYMps2, accelZMps2);
        double pitchRad = Math.atan2(-accelXMps2, Math.hypot(accelYMps2, accelZMps2));
        Quaternion level = Quaternion.fromRollPitchYaw(rollRad, pitchRad, 0);
        qw = level.w();
        qx = level.x();
        qy = level.y();
        qz = level.z();
    }

    @Override
    public void reset() {
        qw = 1;
        qx = 0;
        qy = 0;
        qz = 0;
        integralX = 0;
        integralY = 0;
        integralZ = 0;
    }

    /** The gyroscope bias estimate in rad/s about the sensor's x axis (what the filter subtracts). */
    public double gyroBiasXRadPerS() {
        return -integralX;
    }

    /** The gyroscope bias estimate in rad/s about the sensor's y axis. */
    public double gyroBiasYRadPerS() {
        return -integralY;
    }

    /** The gyroscope bias estimate in rad/s about the sensor's z axis (observable only when z is not vertical). */
    public double gyroBiasZRadPerS() {
        return -integralZ;
    }

    @Override
    public double w() {
        return qw;
    }

    @Override
    public double x() {
        return qx;
    }

    @Override
    public double y() {
        return qy;
    }

    @Override
    public double z() {
        return qz;
    }
}
