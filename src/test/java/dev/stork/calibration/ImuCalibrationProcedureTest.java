package dev.stork.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.sim.UncalibratedImu;
import dev.stork.sensor.ImuSample;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IMU calibration on a simulated IMU with known bias, offset, scale and mounting (noise 0.03 m/s² and
 * 0.005 rad/s at 100 Hz, 3 s still windows, i.e. 300 samples per orientation).
 */
class ImuCalibrationProcedureTest {
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");

    private static ImuCalibrationProcedure run(UncalibratedImu imu) {
        ImuCalibrationProcedure p = new ImuCalibrationProcedure("imu-1", ImuStillness.DEFAULT, 5, () -> NOW);
        ImuSample s = new ImuSample();
        while (p.state() == ProcedureState.WAITING) {
            imu.perform(p.step().id());
            p.confirm();
            while (p.state() == ProcedureState.COLLECTING) {
                imu.next(s);
                p.onImuSample(s);
            }
        }
        return p;
    }

    @Test
    void recoversBiasOffsetScaleAndMounting() {
        UncalibratedImu imu = UncalibratedImu.typical(4, "imu-1");
        ImuCalibrationProcedure p = run(imu);
        assertEquals(ProcedureState.DONE, p.state(), p.message());
        ImuProfile r = p.result();
        double[] trueBias = {0.021, -0.034, 0.012};
        double[] trueOffset = {0.25, -0.18, 0.4};
        double[] trueScale = {1.02, 0.985, 1.03};
        for (int i = 0; i < 3; i++) {
            // Bias: mean of 6 × 300 samples of 0.005 rad/s noise is ±0.00012 rad/s; 0.001 rad/s (0.06°/s) is 8 sigma.
            assertEquals(trueBias[i], r.gyroBiasRadPs()[i], 0.001, "gyro bias " + i);
            // Offset and scale: each orientation's mean is ±0.0017 m/s²; an exactly determined fit of six such means
            // moves the offset by a few thousandths of m/s² and the scale by a few 1e-4. Bounds: 0.01 m/s², 0.1 %.
            assertEquals(trueOffset[i], r.accelOffsetMps2()[i], 0.01, "accel offset " + i);
            assertEquals(trueScale[i], r.accelScale()[i], 0.001, "accel scale " + i);
        }
        // Mounting: the true one is a tilt of 3° about x and 2° about y. Gravity of the level board rotated into the
        // board frame must point straight up within 0.1° (its mean direction is known to ±0.01°).
        double[] q = r.mountingQuaternionWxyz();
        double[] level = new double[3];
        double[] sensorUp = new double[3];
        double[] inverse = imu.sensorToBoard();
        ImuCalibration.rotate(new double[] {inverse[0], -inverse[1], -inverse[2], -inverse[3]}, 0, 0, 1, sensorUp);
        ImuCalibration.rotate(q, sensorUp[0], sensorUp[1], sensorUp[2], level);
        double tiltDeg = Math.toDegrees(Math.acos(Math.min(1, level[2])));
        assertTrue(tiltDeg < 0.1, "level after mounting correction tilted " + tiltDeg + "°");
        assertTrue(r.calibrationId().startsWith("imu-1@2026-11-22T05:00:00Z#"));
    }

    @Test
    void aMovingBoardIsRefusedWithTheReason() {
        UncalibratedImu imu = UncalibratedImu.typical(4, "imu-1");
        ImuCalibrationProcedure p = new ImuCalibrationProcedure("imu-1", ImuStillness.DEFAULT, 3, () -> NOW);
        imu.perform(ImuCalibrationProcedure.LEVEL);
        imu.moving(true);
        p.confirm();
        ImuSample s = new ImuSample();
        while (p.state() == ProcedureState.COLLECTING) {
            imu.next(s);
            p.onImuSample(s);
        }
        assertEquals(ProcedureState.WAITING, p.state(), "after 3 refused windows it waits for the person again");
        assertEquals(ImuCalibrationProcedure.LEVEL, p.step().id(), "no step was accepted");
        assertTrue(p.message().startsWith("the board is moving: gyroscope x varies by"), p.message());
    }

    @Test
    void orientationsThatNeverTurnAnAxisDownAreRefused() {
        double g = ImuCalibration.GRAVITY_MPS2;
        List<double[]> onlyUp = List.of(new double[] {0, 0, g}, new double[] {0, 0, g}, new double[] {g, 0, 0},
                new double[] {-g, 0, 0}, new double[] {0, g, 0}, new double[] {0, -g, 0});
        CalibrationRefusedException e = assertThrows(CalibrationRefusedException.class,
                () -> ImuCalibration.accel(onlyUp));
        assertTrue(e.getMessage().startsWith("axis z never pointed up and down"), e.getMessage());
    }
}
