package dev.stork.signal.orientation;

/**
 * A rotation from the sensor frame into the earth frame (z up) as a quaternion (w, x, y, z), an immutable value for
 * set-up code, tests and published results. Per-sample code uses the static helpers on primitives, which allocate
 * nothing and accept quaternions of any non-zero norm (they rotate by the normalised quaternion).
 *
 * <p>Tilt angles follow the z-y-x convention R = Rz(yaw) Ry(pitch) Rx(roll): a sensor at rest with roll φ and pitch
 * θ measures the specific force g (-sin θ, sin φ cos θ, cos φ cos θ).
 *
 * @param w scalar part
 * @param x vector part, x
 * @param y vector part, y
 * @param z vector part, z
 */
public record Quaternion(double w, double x, double y, double z) {
    /** No rotation. */
    public static final Quaternion IDENTITY = new Quaternion(1, 0, 0, 0);

    /** The rotation by {@code angleRad} about the axis (ax, ay, az), which need not be unit length but not zero. */
    public static Quaternion fromAxisAngle(double ax, double ay, double az, double angleRad) {
        double n = Math.sqrt(ax * ax + ay * ay + az * az);
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("rotation axis (" + ax + ", " + ay + ", " + az
                    + ") has no direction");
        }
        double s = Math.sin(0.5 * angleRad) / n;
        return new Quaternion(Math.cos(0.5 * angleRad), ax * s, ay * s, az * s);
    }

    /** The rotation with the given z-y-x angles: yaw about earth z, then pitch, then roll. */
    public static Quaternion fromRollPitchYaw(double rollRad, double pitchRad, double yawRad) {
        double cr = Math.cos(0.5 * rollRad);
        double sr = Math.sin(0.5 * rollRad);
        double cp = Math.cos(0.5 * pitchRad);
        double sp = Math.sin(0.5 * pitchRad);
        double cy = Math.cos(0.5 * yawRad);
        double sy = Math.sin(0.5 * yawRad);
        return new Quaternion(cr * cp * cy + sr * sp * sy, sr * cp * cy - cr * sp * sy,
                cr * sp * cy + sr * cp * sy, cr * cp * sy - sr * sp * cy);
    }

    /** Euclidean norm; 1 for a rotation. */
    public double norm() {
        return Math.sqrt(w * w + x * x + y * y + z * z);
    }

    /** This quaternion scaled to unit norm; throws when the norm is zero or not finite. */
    public Quaternion normalized() {
        double n = norm();
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("quaternion " + this + " cannot be normalised");
        }
        return new Quaternion(w / n, x / n, y / n, z / n);
    }

    /** The inverse rotation of a unit quaternion. */
    public Quaternion conjugate() {
        return new Quaternion(w, -x, -y, -z);
    }

    /** The Hamilton product {@code this ⊗ other}: first rotate by {@code other}, then by {@code this}. */
    public Quaternion multiply(Quaternion other) {
        return new Quaternion(
                w * other.w - x * other.x - y * other.y - z * other.z,
                w * other.x + x * other.w + y * other.z - z * other.y,
                w * other.y - x * other.z + y * other.w + z * other.x,
                w * other.z + x * other.y - y * other.x + z * other.w);
    }

    /** The angle in rad (0 to π) between this rotation and {@code other}, both of any non-zero norm. */
    public double angleToRad(Quaternion other) {
        double dot = Math.abs(w * other.w + x * other.x + y * other.y + z * other.z) / (norm() * other.norm());
        return 2 * Math.acos(Math.min(1, dot));
    }

    /** Roll in rad (-π to π), the rotation about the sensor's x axis. */
    public double rollRad() {
        return Math.atan2(2 * (w * x + y * z), w * w - x * x - y * y + z * z);
    }

    /** Pitch in rad (-π/2 to π/2), the rotation about the sensor's y axis. */
    public double pitchRad() {
        double s = 2 * (w * y - x * z) / (w * w + x * x + y * y + z * z);
        return Math.asin(Math.max(-1, Math.min(1, s)));
    }

    /** Yaw in rad (-π to π), the heading about earth z. */
    public double yawRad() {
        return Math.atan2(2 * (w * z + x * y), w * w + x * x - y * y - z * z);
    }

    /** Writes R(q) v, the sensor-frame vector v in the earth frame, into {@code out[0..2]}. */
    public void rotateToEarth(double vx, double vy, double vz, double[] out) {
        rotateToEarth(w, x, y, z, vx, vy, vz, out, 0);
    }

    /**
     * Writes R(q) v into {@code out[offset..offset+2]}, where R is the rotation of the normalised quaternion
     * (w, x, y, z). Allocates nothing; the caller keeps {@code out}.
     */
    public static void rotateToEarth(double w, double x, double y, double z, double vx, double vy, double vz,
                                     double[] out, int offset) {
        // 2/|q|² in place of 2 makes R the rotation of the normalised quaternion without a square root.
        double s = 2 / (w * w + x * x + y * y + z * z);
        double xx = s * x * x;
        double yy = s * y * y;
        double zz = s * z * z;
        double xy = s * x * y;
        double xz = s * x * z;
        double yz = s * y * z;
        double wx = s * w * x;
        double wy = s * w * y;
        double wz = s * w * z;
        out[offset] = (1 - (yy + zz)) * vx + (xy - wz) * vy + (xz + wy) * vz;
        out[offset + 1] = (xy + wz) * vx + (1 - (xx + zz)) * vy + (yz - wx) * vz;
        out[offset + 2] = (xz - wy) * vx + (yz + wx) * vy + (1 - (xx + yy)) * vz;
    }

    /**
     * Writes the earth's up direction seen in the sensor frame, R(q)ᵀ (0, 0, 1), a unit vector, into
     * {@code out[offset..offset+2]}. At rest the accelerometer measures g times this vector.
     */
    public static void earthUpInSensor(double w, double x, double y, double z, double[] out, int offset) {
        double s = 2 / (w * w + x * x + y * y + z * z);
        out[offset] = s * (x * z - w * y);
        out[offset + 1] = s * (y * z + w * x);
        out[offset + 2] = 1 - s * (x * x + y * y);
    }
}
