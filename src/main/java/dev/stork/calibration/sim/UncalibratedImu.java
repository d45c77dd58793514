package dev.stork.calibration.sim;

import dev.stork.calibration.ImuCalibration;
import dev.stork.calibration.ImuCalibrationProcedure;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.SourceDescription;
import java.util.Random;

/**
 * An IMU on a board with known errors: the board rests on a chosen face (or is rocked by hand), gravity is rotated
 * into the sensor's frame through the true mounting, then {@code raw = true / scale + offset + noise} and
 * {@code rate = true + bias + noise}. Single-threaded; {@link #next} allocates nothing.
 */
public final class UncalibratedImu {
    private final double[] gyroBiasRadPs;
    private final double[] accelOffsetMps2;
    private final double[] accelScale;
    private final double[] sensorToBoard;
    private final double[] boardToSensor;
    private final double accelNoiseMps2;
    private final double gyroNoiseRadPs;
    private final double rateHz;
    private final Random random;
    private final String deviceId;
    private final double[] sensor = new double[3];
    private double upX;
    private double upY;
    private double upZ = 1;
    private boolean moving;
    private long index;

    /**
     * @param gyroBiasRadPs   true gyroscope bias, rad/s
     * @param accelOffsetMps2 true accelerometer offset, m/s²
     * @param accelScale      true accelerometer scale (calibrated = scale × (raw − offset))
     * @param sensorToBoard   true mounting, Hamilton quaternion (w, x, y, z)
     * @param accelNoiseMps2  accelerometer white noise, m/s²
     * @param gyroNoiseRadPs  gyroscope white noise, rad/s
     * @param rateHz          sample rate, Hz
     * @param seed            random seed
     * @param deviceId        the device id the IMU reports
     */
    public UncalibratedImu(double[] gyroBiasRadPs, double[] accelOffsetMps2, double[] accelScale,
                           double[] sensorToBoard, double accelNoiseMps2, double gyroNoiseRadPs, double rateHz,
                           long seed, String deviceId) {
        this.gyroBiasRadPs = gyroBiasRadPs.clone();
        this.accelOffsetMps2 = accelOffsetMps2.clone();
        this.accelScale = accelScale.clone();
        this.sensorToBoard = sensorToBoard.clone();
        this.boardToSensor = new double[] {sensorToBoard[0], -sensorToBoard[1], -sensorToBoard[2], -sensorToBoard[3]};
        this.accelNoiseMps2 = accelNoiseMps2;
        this.gyroNoiseRadPs = gyroNoiseRadPs;
        this.rateHz = rateHz;
        this.random = new Random(seed);
        this.deviceId = deviceId;
    }

    /**
     * An MPU-6050-like IMU at 100 Hz: biases of a few hundredths of rad/s, offsets of tenths of m/s², scales within
     * 3 %, mounted 3° off about x and 2° about y; noise 0.03 m/s² and 0.005 rad/s.
     */
    public static UncalibratedImu typical(long seed, String deviceId) {
        double ax = Math.toRadians(3) / 2;
        double ay = Math.toRadians(2) / 2;
        // q = qx(3°) ⊗ qy(2°)
        double[] q = {Math.cos(ax) * Math.cos(ay), Math.sin(ax) * Math.cos(ay), Math.cos(ax) * Math.sin(ay),
                Math.sin(ax) * Math.sin(ay)};
        return new UncalibratedImu(new double[] {0.021, -0.034, 0.012}, new double[] {0.25, -0.18, 0.4},
                new double[] {1.02, 0.985, 1.03}, q, 0.03, 0.005, 100, seed, deviceId);
    }

    /** What this IMU reports about itself. */
    public SourceDescription description() {
        return new SourceDescription("simulated uncalibrated IMU, " + rateHz + " Hz",
                SourceDescription.BoardKind.IMU_WOBBLE_BOARD, rateHz, SourceDescription.CellUnit.NONE, deviceId);
    }

    /** Puts the board on the face a procedure step asks for, at rest. */
    public void perform(String stepId) {
        moving = false;
        switch (stepId) {
            case ImuCalibrationProcedure.LEVEL -> up(0, 0, 1);
            case ImuCalibrationProcedure.UPSIDE_DOWN -> up(0, 0, -1);
            case ImuCalibrationProcedure.RIGHT_EDGE_UP -> up(1, 0, 0);
            case ImuCalibrationProcedure.LEFT_EDGE_UP -> up(-1, 0, 0);
            case ImuCalibrationProcedure.FRONT_EDGE_UP -> up(0, 1, 0);
            case ImuCalibrationProcedure.BACK_EDGE_UP -> up(0, -1, 0);
            default -> throw new IllegalArgumentException("unknown IMU step '" + stepId + "'");
        }
    }

    /** The board's axis pointing up, in the board frame (unit vector). */
    public void up(double x, double y, double z) {
        upX = x;
        upY = y;
        upZ = z;
    }

    /** Whether someone rocks the board (about 1 Hz, ±0.8 rad/s, ±1.5 m/s²). */
    public void moving(boolean rocking) {
        moving = rocking;
    }

    /** Fills {@code out} with the next raw sample; time starts at 0 and advances one period per sample. */
    public void next(ImuSample out) {
        double t = index / rateHz;
        double g = ImuCalibration.GRAVITY_MPS2;
        ImuCalibration.rotate(boardToSensor, g * upX, g * upY, g * upZ, sensor);
        double shake = moving ? 1.5 * Math.sin(2 * Math.PI * 1.3 * t) : 0;
        double rate = moving ? 0.8 * Math.sin(2 * Math.PI * t) : 0;
        out.set(Math.round(t * 1e9), index,
                (sensor[0] + shake) / accelScale[0] + accelOffsetMps2[0] + accelNoiseMps2 * random.nextGaussian(),
                sensor[1] / accelScale[1] + accelOffsetMps2[1] + accelNoiseMps2 * random.nextGaussian(),
                (sensor[2] - shake) / accelScale[2] + accelOffsetMps2[2] + accelNoiseMps2 * random.nextGaussian(),
                rate + gyroBiasRadPs[0] + gyroNoiseRadPs * random.nextGaussian(),
                -rate + gyroBiasRadPs[1] + gyroNoiseRadPs * random.nextGaussian(),
                gyroBiasRadPs[2] + gyroNoiseRadPs * random.nextGaussian());
        index++;
    }

    /** The true mounting quaternion, for checking. */
    public double[] sensorToBoard() {
        return sensorToBoard.clone();
    }
}
