package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.ImuCalibration;
import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.ProfileCodec;
import dev.stork.cli.support.TerminalSession;
import dev.stork.sensor.i2c.I2cException;
import dev.stork.sensor.i2c.emulation.EmulatedChip;
import dev.stork.sensor.i2c.emulation.EmulatedI2cBus;
import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.Lsm6dsoxEmulation;
import dev.stork.sensor.i2c.emulation.Mpu6050Emulation;
import dev.stork.sensor.i2c.support.ScaledClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code stork calibrate imu --source i2c:...} through the register-level MPU-6050 and LSM6DSOX emulations, read by
 * the real drivers and {@code I2cImuSource}. The emulated chip sits on a board with known gyroscope bias,
 * accelerometer offset and scale and noise; the test plays the person, turning the board onto the face each prompt
 * names before pressing Enter. Emulated time runs five times faster than real time.
 */
class CalibrateI2cImuTest {
    private static final double[] TRUE_BIAS_RAD_PER_S = {0.021, -0.034, 0.012};
    private static final double[] TRUE_OFFSET_MPS2 = {0.25, -0.18, 0.4};
    private static final double[] TRUE_SCALE = {1.02, 0.985, 1.03};
    private static final double ACCEL_NOISE_MPS2 = 0.03;
    private static final double GYRO_NOISE_RAD_PER_S = 0.005;
    private static final Pattern STEP = Pattern.compile("^Step \\d+/\\d+: (.*) \\[Enter]$");
    private static final Pattern SAVED = Pattern.compile("^Saved ");

    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource({"mpu6050, 0x68, i2c-1-0x68-mpu-6050", "lsm6dsox, 0x6a, i2c-1-0x6A-lsm6dsox"})
    void recoversBiasOffsetAndScaleFromSixFaces(String chip, String address, String deviceId) throws Exception {
        ScaledClock clock = new ScaledClock(5);
        TurnableBoard board = new TurnableBoard(11);
        int at = Integer.decode(address);
        EmulatedChip emulation = chip.equals("mpu6050") ? new Mpu6050Emulation(1, at, clock, board)
                : new Lsm6dsoxEmulation(1, at, clock, board);
        EmulatedI2cBus bus = new EmulatedI2cBus(1).attach(emulation);
        String spec = "i2c:" + chip + "@1:" + address;
        try (TerminalSession terminal = new TerminalSession((in, out) -> new CalibrateCommand(in, out, Map.of(), data,
                () -> Instant.parse("2026-11-22T05:00:00Z"), parsed -> {
                    try {
                        return parsed.i2c().open(bus, clock);
                    } catch (I2cException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }, 1), "imu", "--source", spec, "--data", data.toString())) {
            int prompts = 0;
            while (terminal.awaitAny(Duration.ofSeconds(30), STEP, SAVED) == 0) {
                prompts++;
                assertTrue(prompts <= 10, "asked too often:\n" + terminal.transcript());
                String[] lines = terminal.transcript().split("\n");
                String prompt = lines[lines.length - 1];
                board.turnFor(prompt);
                long produced = board.samples();
                while (board.samples() < produced + 40) {
                    // A person lets the board come to rest before pressing Enter: 40 samples on the new face.
                    LockSupport.parkNanos(1_000_000L);
                }
                terminal.type("");
            }
            assertEquals(0, terminal.exitCode(Duration.ofSeconds(10)), terminal.transcript());
            assertEquals(6, prompts, "six faces, none refused too often:\n" + terminal.transcript());
        }
        ImuProfile p = new ProfileCodec().readImu(data.resolve("calibration").resolve(deviceId + ".imu.json"));
        assertEquals(deviceId, p.deviceId());
        double worstBias = 0;
        double worstOffset = 0;
        double worstScale = 0;
        for (int i = 0; i < 3; i++) {
            // Same bounds as the simulated procedure test (8 sigma and more at 600 samples per face).
            assertEquals(TRUE_BIAS_RAD_PER_S[i], p.gyroBiasRadPs()[i], 0.001, "gyro bias " + i);
            assertEquals(TRUE_OFFSET_MPS2[i], p.accelOffsetMps2()[i], 0.01, "accel offset " + i);
            assertEquals(TRUE_SCALE[i], p.accelScale()[i], 0.001, "accel scale " + i);
            worstBias = Math.max(worstBias, Math.abs(p.gyroBiasRadPs()[i] - TRUE_BIAS_RAD_PER_S[i]));
            worstOffset = Math.max(worstOffset, Math.abs(p.accelOffsetMps2()[i] - TRUE_OFFSET_MPS2[i]));
            worstScale = Math.max(worstScale, Math.abs(p.accelScale()[i] / TRUE_SCALE[i] - 1));
        }
        // Mounted square: the level board's gravity, corrected, points straight up within 0.1°.
        double[] up = new double[3];
        ImuCalibration.rotate(p.mountingQuaternionWxyz(), 0, 0, 1, up);
        assertTrue(Math.toDegrees(Math.acos(Math.min(1, up[2]))) < 0.1, "mounting tilt");
        System.out.printf(Locale.ROOT, "%s calibration over I2C: worst gyro bias error %.5f rad/s, accel offset "
                + "error %.4f m/s², scale error %.4f %%%n", chip, worstBias, worstOffset, 100 * worstScale);
    }

    /**
     * What the chip feels on a wobble board resting on one face, mounted square: gravity along the face's up axis,
     * seen through the true scale and offset, and the gyroscope's true bias, each with white noise. The test thread
     * turns the board; the chip (on the acquisition thread) samples it.
     */
    private static final class TurnableBoard implements ImuMotion {
        private final Random random;
        private final AtomicLong samples = new AtomicLong();
        private volatile double upX;
        private volatile double upY;
        private volatile double upZ = 1;

        TurnableBoard(long seed) {
            random = new Random(seed);
        }

        /** Turns the board onto the face a prompt names. */
        void turnFor(String prompt) {
            String p = prompt.toLowerCase(Locale.ROOT);
            if (p.contains("flat")) {
                turn(0, 0, 1);
            } else if (p.contains("upside down")) {
                turn(0, 0, -1);
            } else if (p.contains("right edge up")) {
                turn(1, 0, 0);
            } else if (p.contains("left edge up")) {
                turn(-1, 0, 0);
            } else if (p.contains("front edge up")) {
                turn(0, 1, 0);
            } else if (p.contains("back edge up")) {
                turn(0, -1, 0);
            } else {
                throw new AssertionError("which face? " + prompt);
            }
        }

        private void turn(double x, double y, double z) {
            upX = x;
            upY = y;
            upZ = z;
            samples.set(0);
        }

        long samples() {
            return samples.get();
        }

        @Override
        public void valuesAt(long timeNanos, double[] out) {
            double g = ImuMotion.STANDARD_GRAVITY;
            double[] up = {upX, upY, upZ};
            for (int i = 0; i < 3; i++) {
                out[i] = g * up[i] / TRUE_SCALE[i] + TRUE_OFFSET_MPS2[i] + ACCEL_NOISE_MPS2 * random.nextGaussian();
                out[3 + i] = TRUE_BIAS_RAD_PER_S[i] + GYRO_NOISE_RAD_PER_S * random.nextGaussian();
            }
            samples.incrementAndGet();
        }
    }
}
