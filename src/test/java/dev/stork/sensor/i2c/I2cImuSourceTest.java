package dev.stork.sensor.i2c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.ImuSample;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.i2c.emulation.ImuMotion;
import dev.stork.sensor.i2c.emulation.Lsm6dsoxEmulation;
import dev.stork.sensor.i2c.emulation.Mpu6050Emulation;
import dev.stork.sensor.i2c.support.ClockOnX;
import dev.stork.sensor.i2c.support.RecordingListener;
import dev.stork.sensor.i2c.support.ReplugClock;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The IMU source on an emulated MPU-6050, in emulated time. */
class I2cImuSourceTest {

    private static final double RATE_HZ = 200;
    private static final long PERIOD_NANOS = 5_000_000L;
    /** Half an LSB at ±4 g, the quantisation of the time ramp on x. */
    private static final double HALF_LSB = 9.80665 / 8192 / 2 + 1e-12;

    private final ReplugClock clock = new ReplugClock(7_000_000_000L);
    private final long startNanos = clock.nanoTime();
    private Mpu6050Emulation chip;
    private I2cImuSource source;

    @BeforeEach
    void wobbleBoard() {
        // x acceleration = seconds since start (below 4 g for the 30 s tests run), z = 1 g, y rate = 0.25 rad/s.
        chip = new Mpu6050Emulation(1, 0x68, clock, ClockOnX.since(startNanos, 0.25));
        source = new I2cImuSource(Mpu6050Driver.forWobbleBoard(chip, clock), clock);
    }

    @Test
    void describesItself() {
        SourceDescription d = source.description();
        assertEquals(SourceDescription.BoardKind.IMU_WOBBLE_BOARD, d.kind());
        assertEquals(RATE_HZ, d.nominalRateHz());
        assertEquals("MPU-6050 IMU at 0x68 on bus 1", d.name());
        assertEquals("i2c-1-0x68-mpu-6050", d.deviceId());
    }

    @Test
    void samplesAreTimedByCountAndRateAndMatchWhenTheChipTookThem() throws Exception {
        RecordingListener listener = new RecordingListener(2000).stopping(source);
        source.run(listener);

        assertEquals(List.of(HealthEvent.Kind.CONNECTED), listener.healthKinds());
        assertTrue(listener.ended());
        List<ImuSample> samples = listener.imuSamples;
        assertEquals(2000, samples.size());
        long origin = samples.get(0).timeNanos;
        for (int n = 0; n < samples.size(); n++) {
            ImuSample s = samples.get(n);
            assertEquals(n, s.sequence, "no gaps");
            assertEquals(origin + n * PERIOD_NANOS, s.timeNanos, "t = t0 + n / rate, exact to the nanosecond");
            // The chip wrote its own sample time into x: the time stamp names the moment the chip sampled.
            assertEquals((s.timeNanos - startNanos) * 1e-9, s.accelX, HALF_LSB, "sample " + n);
            assertEquals(0.25, s.gyroY, Math.toRadians(1) / 65.5 / 2 + 1e-12);
        }
        assertEquals(0, chip.fifoBytes() % 12, "the FIFO was read in whole frames");
    }

    @Test
    void anUnpluggedImuIsReportedRetriedWithBackoffAndRecovered() throws Exception {
        RecordingListener listener = new RecordingListener(400).stopping(source).beforeEachSample(n -> {
            if (n == 100) {
                clock.unplug(chip, 2_000_000_000L);
            }
        });
        source.run(listener);

        assertEquals(List.of(HealthEvent.Kind.CONNECTED, HealthEvent.Kind.DISCONNECTED, HealthEvent.Kind.CONNECTED),
                listener.healthKinds());
        assertEquals("IMU not answering at 0x68 on bus 1", listener.health.get(1).message());
        // Back-off 1, 2, 4 ... 1000 ms over a 2 s outage: about a dozen attempts, not one per 10 ms poll.
        long tries = clock.attemptsWhileGone();
        assertTrue(tries > 0 && tries <= 16, "attempts during the outage: " + tries);

        List<ImuSample> samples = listener.imuSamples;
        long origin = samples.get(0).timeNanos;
        int gapAt = -1;
        for (int n = 1; n < samples.size(); n++) {
            ImuSample s = samples.get(n);
            assertEquals(origin + s.sequence * PERIOD_NANOS, s.timeNanos, "one time grid throughout");
            // Within one sample period of the chip's own time, also after the re-initialisation.
            assertEquals((s.timeNanos - startNanos) * 1e-9, s.accelX, PERIOD_NANOS * 1e-9 + HALF_LSB, "sample " + n);
            if (s.sequence != samples.get(n - 1).sequence + 1) {
                assertEquals(-1, gapAt, "one gap only");
                gapAt = n;
            }
        }
        long missing = samples.get(gapAt).sequence - samples.get(gapAt - 1).sequence - 1;
        // 2 s outage (400 samples) + at most one 1 s back-off step (200) + the 100 ms reset wait (20).
        assertTrue(missing >= 400 && missing <= 400 + 200 + 20 + 2, "samples missing across the outage: " + missing);
    }

    @Test
    void aSingleGlitchIsNotAnOutageButItsLossIsVisible() throws Exception {
        RecordingListener listener = new RecordingListener(600).stopping(source).beforeEachSample(n -> {
            if (n == 300) {
                chip.injectFaults(I2cException.Kind.TIMEOUT, 1);
            }
        });
        source.run(listener);
        assertEquals(List.of(HealthEvent.Kind.CONNECTED), listener.healthKinds());
        List<ImuSample> samples = listener.imuSamples;
        for (int n = 1; n < samples.size(); n++) {
            ImuSample s = samples.get(n);
            assertTrue(s.sequence > samples.get(n - 1).sequence, "sequence increases");
            assertEquals((s.timeNanos - startNanos) * 1e-9, s.accelX, PERIOD_NANOS * 1e-9 + HALF_LSB, "sample " + n);
        }
        long last = samples.get(samples.size() - 1).sequence;
        assertTrue(last > 599 && last < 599 + 10, "a few samples lost with the restarted FIFO, last seq " + last);
    }

    @Test
    void aStalledHostLosesSamplesToOverflowAndSaysSo() throws Exception {
        RecordingListener listener = new RecordingListener(300).stopping(source).beforeEachSample(n -> {
            if (n == 100) {
                clock.advanceNanos(1_000_000_000L); // the host stalls for 1 s: 200 frames > 85 fit
            }
        });
        source.run(listener);
        assertEquals(List.of(HealthEvent.Kind.CONNECTED, HealthEvent.Kind.DATA_LOSS), listener.healthKinds());
        List<ImuSample> samples = listener.imuSamples;
        long jump = 0;
        for (int n = 1; n < samples.size(); n++) {
            jump = Math.max(jump, samples.get(n).sequence - samples.get(n - 1).sequence);
            assertEquals((samples.get(n).timeNanos - startNanos) * 1e-9, samples.get(n).accelX,
                    PERIOD_NANOS * 1e-9 + HALF_LSB, "sample " + n);
        }
        assertTrue(jump > 100 && jump < 220, "the sequence jumps over the lost second: " + jump);
    }


    @Test
    void anLsm6dsoxBoardStreamsAt208HzWithoutGaps() throws Exception {
        Lsm6dsoxEmulation lsm = new Lsm6dsoxEmulation(1, 0x6A, clock, ClockOnX.since(startNanos, 0.25));
        I2cImuSource lsmSource = new I2cImuSource(Lsm6dsoxDriver.forWobbleBoard(lsm, clock), clock);
        assertEquals("LSM6DSOX IMU at 0x6A on bus 1", lsmSource.description().name());
        RecordingListener listener = new RecordingListener(2080).stopping(lsmSource);
        lsmSource.run(listener);
        List<ImuSample> samples = listener.imuSamples;
        long origin = samples.get(0).timeNanos;
        for (int n = 0; n < samples.size(); n++) {
            ImuSample s = samples.get(n);
            assertEquals(n, s.sequence, "no gaps");
            assertEquals(origin + Math.round(n * 1e9 / 208), s.timeNanos, "t = t0 + n / rate");
            // Half an LSB at ±4 g (0.122 mg), plus 1 ns of time rounding.
            assertEquals((s.timeNanos - startNanos) * 1e-9, s.accelX, 0.122e-3 * 9.80665 / 2 + 1e-9, "sample " + n);
        }
    }

    @Test
    void aDifferentChipAtTheAddressIsReportedAsSuch() throws Exception {
        // An LSM6DSOX answering where an MPU-6050 was expected: WHO_AM_I 0x75 reads 0 there.
        Lsm6dsoxEmulation wrong = new Lsm6dsoxEmulation(1, 0x68, clock, ImuMotion.levelAtRest());
        I2cImuSource wrongSource = new I2cImuSource(Mpu6050Driver.forWobbleBoard(wrong, clock), clock);
        RecordingListener listener = new RecordingListener(1).stopping(wrongSource);
        listener.onHealthDo(event -> wrongSource.stop());
        wrongSource.run(listener);
        assertEquals(List.of(HealthEvent.Kind.DISCONNECTED), listener.healthKinds());
        assertEquals("IMU at 0x68 on bus 1 is a different chip: WHO_AM_I reads 0x00, an MPU-6050 reads 0x68",
                listener.health.get(0).message());
    }
}
