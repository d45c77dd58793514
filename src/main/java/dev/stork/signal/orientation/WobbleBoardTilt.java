package dev.stork.signal.orientation;

/**
 * The tilt of a wobble board relative to its level position, from the orientation of an IMU fixed to it.
 *
 * <p>The board frame: x to the person's right (medio-lateral, ML), y forwards (antero-posterior, AP), z up when the
 * board is level. The IMU may be mounted at any angle: {@link #setLevel} records the earth's up direction as the
 * sensor sees it with the board level, and the board frame is the sensor frame turned by the smallest rotation that
 * takes that direction to z. So the sensor's x axis, projected onto the board, must point to the right (mount the
 * IMU with x along the board's ML axis); a sensor mounted upside down (up = -z) keeps x and reverses y.
 *
 * <p>Outputs, all in rad: the tilt magnitude (angle between the board's normal and the vertical), the ML and AP
 * tilts (that angle projected onto the ML-vertical and AP-vertical planes; positive when the right edge,
 * respectively the front edge, goes down) and the direction of steepest descent (0 towards the right edge, π/2
 * towards the front edge). Allocation-free; called on the acquisition thread.
 */
public final class WobbleBoardTilt {
    /** Rows of the rotation from the sensor frame into the board frame. */
    private final double[] sensorToBoard = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    private final double[] up = new double[3];

    private double tiltRad;
    private double tiltMlRad;
    private double tiltApRad;
    private double directionRad;

    /** An estimator whose level position has the sensor's z axis vertical, until {@link #setLevel} is called. */
    public WobbleBoardTilt() {
    }

    /**
     * Records the level position from the earth's up direction in the sensor frame, for instance the mean
     * accelerometer reading with the board held level (any length but zero).
     */
    public void setLevel(double upX, double upY, double upZ) {
        double n = Math.sqrt(upX * upX + upY * upY + upZ * upZ);
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException("level up direction (" + upX + ", " + upY + ", " + upZ
                    + ") has no direction");
        }
        double ux = upX / n;
        double uy = upY / n;
        double uz = upZ / n;
        double[] m = sensorToBoard;
        if (uz > -1e-12) {
            // Rodrigues for the rotation about u × z taking u to z: I + [k]x + [k]x² / (1 + cos)
            double kx = uy;
            double ky = -ux;
            double f = 1 / (1 + uz);
            m[0] = 1 - f * ky * ky;
            m[1] = f * kx * ky;
            m[2] = ky;
            m[3] = f * kx * ky;
            m[4] = 1 - f * kx * kx;
            m[5] = -kx;
            m[6] = -ky;
            m[7] = kx;
            m[8] = uz;
        } else {
            // upside down: half a turn about x
            m[0] = 1;
            m[1] = 0;
            m[2] = 0;
            m[3] = 0;
            m[4] = -1;
            m[5] = 0;
            m[6] = 0;
            m[7] = 0;
            m[8] = -1;
        }
    }

    /** Records the level position from the sensor's orientation (sensor to earth) with the board level. */
    public void setLevel(double qw, double qx, double qy, double qz) {
        Quaternion.earthUpInSensor(qw, qx, qy, qz, up, 0);
        setLevel(up[0], up[1], up[2]);
    }

    /** Updates the tilt from the sensor's current orientation (sensor to earth, any non-zero norm). */
    public void update(double qw, double qx, double qy, double qz) {
        Quaternion.earthUpInSensor(qw, qx, qy, qz, up, 0);
        updateFromUp(up[0], up[1], up[2]);
    }

    /**
     * Updates the tilt from the earth's up direction in the sensor frame (any length but zero), for instance an
     * accelerometer reading while the board is still.
     */
    public void updateFromUp(double upX, double upY, double upZ) {
        double[] m = sensorToBoard;
        double bx = m[0] * upX + m[1] * upY + m[2] * upZ;
        double by = m[3] * upX + m[4] * upY + m[5] * upZ;
        double bz = m[6] * upX + m[7] * upY + m[8] * upZ;
        // The board's normal tips away from where up appears to lean: an up vector leaning to -x means right edge
        // down. Adding 0.0 turns -0.0 into 0.0 so a level board reads direction 0, not -π.
        tiltRad = Math.atan2(Math.hypot(bx, by), bz);
        tiltMlRad = Math.atan2(0.0 - bx, bz);
        tiltApRad = Math.atan2(0.0 - by, bz);
        directionRad = Math.atan2(0.0 - by, 0.0 - bx);
    }

    /** Angle between the board's normal and the vertical in rad, 0 to π. */
    public double tiltRad() {
        return tiltRad;
    }

    /** Medio-lateral tilt in rad, positive with the right edge down. */
    public double tiltMlRad() {
        return tiltMlRad;
    }

    /** Antero-posterior tilt in rad, positive with the front edge down. */
    public double tiltApRad() {
        return tiltApRad;
    }

    /** Direction of steepest descent in rad (-π to π): 0 right edge, π/2 front edge; 0 when level. */
    public double directionRad() {
        return directionRad;
    }
}
