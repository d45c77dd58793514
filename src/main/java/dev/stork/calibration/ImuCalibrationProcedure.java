package dev.stork.calibration;

import dev.stork.sensor.ImuSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The guided IMU calibration as a step machine: the board lying level (gyroscope bias, mounting), then on each of
 * its other five faces (accelerometer offset and scale, see {@link ImuCalibration}). Each step collects a still
 * window after {@link #confirm()}; a moving board is refused with the reason and the step keeps collecting, up to
 * {@code maxAttempts} windows. The gyroscope bias is the mean over all six still windows.
 *
 * <p>Single-threaded, like {@link PlateCalibrationProcedure}.
 */
public final class ImuCalibrationProcedure extends GuidedProcedure {
    /** Step ids: which board axis points up. */
    public static final String LEVEL = "level";
    public static final String UPSIDE_DOWN = "upside-down";
    public static final String RIGHT_EDGE_UP = "right-edge-up";
    public static final String LEFT_EDGE_UP = "left-edge-up";
    public static final String FRONT_EDGE_UP = "front-edge-up";
    public static final String BACK_EDGE_UP = "back-edge-up";

    private final String deviceId;
    private final ImuStillness stillness;
    private final Supplier<Instant> clock;
    private static final List<ProcedureStep> STEPS = List.of(
            new ProcedureStep(LEVEL, "Lay the board flat on the floor, top up, and let go."),
            new ProcedureStep(UPSIDE_DOWN, "Turn the board upside down and let it rest."),
            new ProcedureStep(RIGHT_EDGE_UP, "Stand the board on its left edge (right edge up) and hold it still "
                    + "against a wall."),
            new ProcedureStep(LEFT_EDGE_UP, "Stand the board on its right edge (left edge up)."),
            new ProcedureStep(FRONT_EDGE_UP, "Stand the board on its back edge (front edge up)."),
            new ProcedureStep(BACK_EDGE_UP, "Stand the board on its front edge (back edge up)."));
    private final double[] values = new double[6];
    private final List<double[]> accelMeans = new ArrayList<>();
    private final double[] biasSum = new double[3];
    private double gyroStdSum;
    private ImuProfile result;

    /**
     * @param deviceId    the IMU's device id
     * @param stillness   when the board counts as still
     * @param maxAttempts moving windows tolerated before waiting for the person again
     * @param clock       the calibration's date
     */
    public ImuCalibrationProcedure(String deviceId, ImuStillness stillness, int maxAttempts,
                                   Supplier<Instant> clock) {
        super(STEPS, new ChannelWindow(6, stillness.windowS()), maxAttempts);
        this.deviceId = deviceId;
        this.stillness = stillness;
        this.clock = clock;
    }

    /** Feeds one raw sample; ignored unless collecting. */
    public void onImuSample(ImuSample s) {
        if (state != ProcedureState.COLLECTING) {
            return;
        }
        values[0] = s.accelX;
        values[1] = s.accelY;
        values[2] = s.accelZ;
        values[3] = s.gyroX;
        values[4] = s.gyroY;
        values[5] = s.gyroZ;
        if (window.add(s.timeNanos, values, 0)) {
            finishWindow();
        }
    }

    private void finishWindow() {
        try {
            double[] bias = ImuCalibration.gyroBias(window, stillness);
            for (int i = 0; i < 3; i++) {
                biasSum[i] += bias[i];
            }
            gyroStdSum += (window.standardDeviation(3) + window.standardDeviation(4) + window.standardDeviation(5)) / 3;
            accelMeans.add(new double[] {window.mean(0), window.mean(1), window.mean(2)});
            advance("still: measured");
            if (stepIndex == STEPS.size()) {
                fit();
            }
        } catch (CalibrationRefusedException refusal) {
            refused(refusal);
        }
        window.reset();
    }

    private void fit() {
        try {
            ImuCalibration.AccelFit accel = ImuCalibration.accel(accelMeans);
            double[] level = accelMeans.get(0);
            double[] levelCalibrated = new double[3];
            for (int i = 0; i < 3; i++) {
                levelCalibrated[i] = accel.scale()[i] * (level[i] - accel.offsetMps2()[i]);
            }
            double[] q = ImuCalibration.mounting(levelCalibrated);
            int n = accelMeans.size();
            double[] bias = {biasSum[0] / n, biasSum[1] / n, biasSum[2] / n};
            result = new ImuProfile(deviceId, clock.get(), bias, accel.offsetMps2(), accel.scale(), q,
                    gyroStdSum / n, accel.residualMps2());
            state = ProcedureState.DONE;
            message = "fitted: |g| residual " + accel.residualMps2() + " m/s²";
        } catch (CalibrationRefusedException refusal) {
            failed(refusal);
        }
    }

    /** The new profile once {@link ProcedureState#DONE}. */
    public ImuProfile result() {
        if (state != ProcedureState.DONE) {
            throw new IllegalStateException("the calibration is not done: " + state);
        }
        return result;
    }
}
