package dev.stork.calibration.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.ImuProfile;
import dev.stork.calibration.PlateCalibrationProcedure;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.flow.CalibrationSnapshot.Phase;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.sensor.ForwardingSource;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration engine on simulated boards running 50 times faster than real time, driven from the test thread
 * as a front end would: confirm at each prompt, cancel, watch the snapshots. Waits poll the snapshot with a
 * deadline, since the engine runs on its own thread.
 */
class CalibrationRunTest {
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path data;

    private ProfileDirectory directory() {
        return new ProfileDirectory(data.resolve("calibration"));
    }

    private static CalibrationFeed sim(String spec, CalibrationKind kind) {
        return sim(spec, kind, 50);
    }

    private static CalibrationFeed sim(String spec, CalibrationKind kind, double speed) {
        return new CalibrationFeeds(spec, parsed -> {
            throw new AssertionError("no real board in this test: " + parsed);
        }, speed, 3).open(kind);
    }

    private static CalibrationSnapshot await(CalibrationRun run, Predicate<CalibrationSnapshot> condition,
                                             String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        CalibrationSnapshot s;
        while (!condition.test(s = run.snapshot())) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what + "; last snapshot " + s);
            LockSupport.parkNanos(1_000_000L);
        }
        return s;
    }

    /** Confirms every prompt until the run is over; returns the last snapshot. */
    private static CalibrationSnapshot confirmEveryStep(CalibrationRun run) {
        int answered = 0;
        while (true) {
            int last = answered;
            CalibrationSnapshot s = await(run, x -> x.finished() || (x.phase() == Phase.WAITING
                    && x.promptNumber() > last), "a prompt");
            if (s.finished()) {
                return s;
            }
            answered = s.promptNumber();
            run.confirm();
        }
    }

    @Test
    void aSimulatedPlateIsCalibratedAndSaved() throws Exception {
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20), sim("sim", CalibrationKind.PLATE),
                directory(), () -> NOW);
        assertEquals(Phase.CONNECTING, run.snapshot().phase());
        run.start();
        CalibrationSnapshot first = await(run, s -> s.phase() == Phase.WAITING, "the first prompt");
        assertEquals(CalibrationFeeds.SIM_PLATE_ID, first.deviceId());
        assertEquals(7, first.stepCount());
        assertEquals(PlateCalibrationProcedure.EMPTY, first.stepId());
        assertTrue(first.message().startsWith("no profile for simulated-plate-counts yet"), first.message());
        assertTrue(Double.isNaN(first.loadN()), "no load before the first tare of a new board");

        CalibrationSnapshot end = confirmEveryStep(run);
        assertTrue(run.awaitEnd(TIMEOUT));
        assertEquals(Phase.DONE, end.phase(), end.message());
        assertEquals(7, end.promptNumber(), "seven prompts, none repeated");
        assertEquals(end.stepCount(), end.stepIndex());
        PlateProfile p = end.plateResult();
        assertEquals(directory().plateFile(CalibrationFeeds.SIM_PLATE_ID), end.savedFile());
        assertEquals(p.calibrationId(), directory().loadPlate(CalibrationFeeds.SIM_PLATE_ID).orElseThrow()
                .calibrationId(), "the saved file is the result");
        UncalibratedCells truth = UncalibratedCells.typicalCountsPlate();
        for (int i = 0; i < 4; i++) {
            // 1 mm of aiming error per axis: gains within 1.2 % in 20 simulated calibrations (calibration/README).
            assertEquals(truth.gainNPerUnit()[i], p.gain(i), 0.02 * truth.gainNPerUnit()[i], "gain " + i);
        }
        assertTrue(p.quality().checkCopErrorMm() < 10, "check COP error " + p.quality().checkCopErrorMm());
        assertTrue(end.message().startsWith("check at the centre: COP error"), end.message());
        // The live load uses the starting profile's nominal gains, which are within 4 % of the truth here.
        assertEquals(20 * PlateProfile.GRAVITY_MPS2, end.loadN(), 0.05 * 20 * PlateProfile.GRAVITY_MPS2, "live load");
    }

    @Test
    void cancellingMidStepSavesNothingAndKeepsTheCurrentProfile() throws Exception {
        double g = 2.4e-4;
        PlateProfile current = new PlateProfile(CalibrationFeeds.SIM_PLATE_ID, Instant.parse("2026-01-01T00:00:00Z"),
                SourceDescription.CellUnit.COUNTS, 433, 238, new double[] {g, g, g, g},
                UncalibratedCells.typicalCountsPlate().offsetUnits(), PlateFitQuality.NOT_MEASURED);
        Path file = directory().save(current);
        byte[] before = Files.readAllBytes(file);
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20), sim("sim", CalibrationKind.PLATE),
                directory(), () -> NOW);
        run.start();
        await(run, s -> s.phase() == Phase.WAITING, "the first prompt");
        assertFalse(Double.isNaN(run.snapshot().loadN()), "a board with a profile shows its load at once");
        run.confirm();
        await(run, s -> s.phase() == Phase.WAITING && s.stepIndex() == 1, "the second prompt");
        run.confirm();
        await(run, s -> s.phase() == Phase.COLLECTING && s.stepIndex() == 1, "collecting the second step");
        run.cancel();
        assertTrue(run.awaitEnd(TIMEOUT));
        CalibrationSnapshot end = run.snapshot();
        assertEquals(Phase.CANCELLED, end.phase());
        assertEquals("cancelled; the current calibration is unchanged", end.message());
        assertNull(end.plateResult());
        assertNull(end.savedFile());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var history = Files.list(directory().directory().resolve("history"))) {
            assertEquals(1, history.count(), "only the earlier calibration in the history");
        }
    }

    @Test
    void aSimulatedImuIsCalibrated() throws Exception {
        CalibrationRun run = new CalibrationRun(CalibrationRequest.imu(), sim("sim:imu", CalibrationKind.IMU),
                directory(), () -> NOW);
        run.start();
        CalibrationSnapshot end = confirmEveryStep(run);
        assertEquals(Phase.DONE, end.phase(), end.message());
        ImuProfile p = end.imuResult();
        double[] trueBias = {0.021, -0.034, 0.012};
        for (int i = 0; i < 3; i++) {
            assertEquals(trueBias[i], p.gyroBiasRadPs()[i], 0.001, "gyro bias " + i);
        }
        assertTrue(Files.exists(directory().imuFile(CalibrationFeeds.SIM_IMU_ID)));
        assertTrue(Double.isNaN(end.loadN()));
        assertFalse(Double.isNaN(end.accelZMps2()), "an IMU shows its acceleration");
    }

    @Test
    void aKilogramBoardIsTaredAndCheckedOnly() throws Exception {
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20), sim("sim-wii", CalibrationKind.PLATE),
                directory(), () -> NOW);
        run.start();
        CalibrationSnapshot end = confirmEveryStep(run);
        assertEquals(Phase.DONE, end.phase(), end.message());
        assertEquals(2, end.stepCount(), "tare and check");
        PlateProfile p = end.plateResult();
        for (int i = 0; i < 4; i++) {
            assertEquals(PlateProfile.GRAVITY_MPS2, p.gain(i), 0, "factory kilograms stay");
            assertEquals(UncalibratedCells.typicalWiiBoard().offsetUnits()[i], p.offset(i), 0.01, "zero of cell " + i);
        }
        assertTrue(Double.isNaN(p.quality().residualN()), "no gain fit");
    }

    @Test
    void aBoardLostDuringAStepSendsItBackToItsPrompt() throws Exception {
        // Ten times real time: 80 samples of a 2 s window take 0.1 s, plenty for the test thread to arm the loss.
        CalibrationFeed sim = sim("sim", CalibrationKind.PLATE, 10);
        Unplugging flaky = new Unplugging(sim.source());
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20),
                new CalibrationFeed(flaky, sim.helper(), "sim"), directory(), () -> NOW);
        run.start();
        await(run, s -> s.phase() == Phase.WAITING, "the first prompt");
        run.confirm();
        CalibrationSnapshot second = await(run, s -> s.phase() == Phase.WAITING && s.stepIndex() == 1,
                "the second prompt");
        // Lost 40 samples (0.5 s) into the step, for 40 samples.
        flaky.unplugAfter(40, 40);
        run.confirm();
        assertTrue(flaky.replugged.await(TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS));
        CalibrationSnapshot again = await(run, s -> s.phase() == Phase.WAITING
                && s.promptNumber() == second.promptNumber() + 1, "the step's prompt again");
        assertEquals(1, again.stepIndex(), "the same step, asked again");
        assertTrue(again.message().startsWith("the board is back (plate back on /dev/ttyTEST)"), again.message());
        CalibrationSnapshot end = confirmEveryStep(run);
        assertEquals(Phase.DONE, end.phase(), end.message());
        assertEquals(8, end.promptNumber(), "seven steps and the lost one again");
    }

    @Test
    void aBoardReportingItselfUnpluggedFailsWithItsReason() throws Exception {
        Silent board = new Silent(new HealthEvent(0, HealthEvent.Kind.DISCONNECTED,
                "cannot open /dev/ttyACM7 (plate unplugged)"));
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20),
                new CalibrationFeed(board, StepHelper.PERSON, "serial:/dev/ttyACM7"), directory(), () -> NOW);
        run.start();
        assertTrue(run.awaitEnd(TIMEOUT));
        CalibrationSnapshot end = run.snapshot();
        assertEquals(Phase.FAILED, end.phase());
        assertFalse(end.started());
        assertEquals("cannot calibrate silent plate on /dev/ttyACM7: cannot open /dev/ttyACM7 (plate unplugged)",
                end.message());
        assertTrue(board.closed, "the board is released");
        assertTrue(Files.notExists(directory().directory()), "nothing written");
    }

    @Test
    void aSilentBoardFailsAfterTheConnectTimeout() throws Exception {
        Silent board = new Silent(null);
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20),
                new CalibrationFeed(board, StepHelper.PERSON, "serial:/dev/ttyACM7"), directory(), () -> NOW,
                Duration.ofMillis(200));
        run.start();
        assertTrue(run.awaitEnd(TIMEOUT));
        assertEquals("no samples from silent plate on /dev/ttyACM7 within 0.2 s: is it plugged in and switched on?",
                run.snapshot().message());
        assertEquals(Phase.FAILED, run.snapshot().phase());
    }

    @Test
    void cancellingWhileConnectingEndsAtOnce() throws Exception {
        Silent board = new Silent(null);
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20),
                new CalibrationFeed(board, StepHelper.PERSON, "serial:/dev/ttyACM7"), directory(), () -> NOW);
        run.start();
        run.cancel();
        assertTrue(run.awaitEnd(TIMEOUT));
        assertEquals(Phase.CANCELLED, run.snapshot().phase());
        assertEquals("cancelled before the board answered; nothing saved", run.snapshot().message());
    }

    @Test
    void theWrongKindOfBoardIsRefused() throws Exception {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> sim("sim:imu", CalibrationKind.PLATE));
        assertTrue(refused.getMessage().startsWith("--source sim:imu is a simulated IMU; a plate calibration needs a "
                + "plate"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim("scale:/dev/x", CalibrationKind.PLATE));
        // The engine checks too: an IMU feed under a plate request.
        CalibrationRun run = new CalibrationRun(CalibrationRequest.plate(20), sim("sim", CalibrationKind.IMU),
                directory(), () -> NOW);
        run.start();
        assertTrue(run.awaitEnd(TIMEOUT));
        assertEquals(Phase.FAILED, run.snapshot().phase());
        assertTrue(run.snapshot().message().endsWith("is not a plate"), run.snapshot().message());
    }

    @Test
    void requestsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> CalibrationRequest.plate(0.5));
        assertThrows(IllegalArgumentException.class, () -> CalibrationRequest.plate(20).withCellSpacingMm(433,
                Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> CalibrationRequest.plate(20).withCellSpacingMm(10, 10));
        assertEquals(CalibrationKind.IMU, CalibrationKind.parse(" IMU "));
        assertThrows(IllegalArgumentException.class, () -> CalibrationKind.parse("scale"));
    }

    /** A board that says only what it is told to (or nothing) until stopped. */
    private static final class Silent extends ScriptedPlate {
        private final HealthEvent event;

        Silent(HealthEvent event) {
            super("silent plate on /dev/ttyACM7");
            this.event = event;
        }

        @Override
        void play(SampleListener listener) {
            if (event != null) {
                listener.onHealth(event);
            }
        }
    }

    /** Passes a source through, but on request reports it unplugged, drops some samples and reports it back. */
    private static final class Unplugging extends ForwardingSource {
        private final AtomicInteger untilLoss = new AtomicInteger(-1);
        private volatile int lossSamples;
        final CountDownLatch replugged = new CountDownLatch(1);

        Unplugging(SampleSource inner) {
            super(inner);
        }

        /** After {@code after} more samples, the next {@code samples} are lost. */
        void unplugAfter(int after, int samples) {
            lossSamples = samples;
            untilLoss.set(after);
        }

        @Override
        public void run(SampleListener listener) throws InterruptedException {
            source.run(new SampleListener() {
                private int dropping;

                @Override
                public void onPlateSample(PlateSample sample) {
                    if (untilLoss.get() > 0 && untilLoss.decrementAndGet() == 0) {
                        dropping = lossSamples;
                        listener.onHealth(new HealthEvent(sample.timeNanos, HealthEvent.Kind.DISCONNECTED,
                                "plate unplugged from /dev/ttyTEST"));
                    }
                    if (dropping > 0) {
                        if (--dropping == 0) {
                            listener.onHealth(new HealthEvent(sample.timeNanos, HealthEvent.Kind.CONNECTED,
                                    "plate back on /dev/ttyTEST"));
                            replugged.countDown();
                        }
                        return;
                    }
                    listener.onPlateSample(sample);
                }

                @Override
                public void onHealth(HealthEvent event) {
                    listener.onHealth(event);
                }

                @Override
                public void onEnd() {
                    listener.onEnd();
                }
            });
        }
    }
}
