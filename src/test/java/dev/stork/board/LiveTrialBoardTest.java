package dev.stork.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.board.support.RunningView;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.ProfileFormatException;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.calibration.sim.UncalibratedPlateSource;
import dev.stork.sensor.ForwardingSource;
import dev.stork.sensor.LinkStats;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.sensor.sim.SimulatedWobbleBoardSource;
import dev.stork.sensor.sim.WobbleSessionModel;
import dev.stork.sensor.spec.SourceOpener;
import dev.stork.sensor.spec.SourceSpec;
import dev.stork.support.Await;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live board built on a simulated plate in raw counts, paced in real time at 100 Hz: calibrated by its device id,
 * samples to a trial only while it runs, its raw view for a calibration (never at once with a trial), a profile
 * reloaded live, a plate awaiting its first calibration, and the refusals a person can act on. The serial plate is in
 * {@link LiveTrialBoardSerialTest} and {@link LiveTrialBoardOutageTest}.
 */
class LiveTrialBoardTest {
    private static final String DEVICE = "test-plate";
    private static final UncalibratedCells CELLS = UncalibratedCells.typicalCountsPlate();

    @TempDir
    Path dir;

    /** A person on both legs for a minute, as raw counts of the plate {@value #DEVICE}. */
    private static SampleSource countsPlate() {
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse("on 1; both 60; off"),
                PersonModel.typicalAdult(), 100, 0.433, 0.238, 3);
        return new UncalibratedPlateSource(new SimulatedPlateSource(model, Pacing.REAL_TIME, System::nanoTime), CELLS,
                DEVICE);
    }

    private ProfileDirectory profiles() {
        return new ProfileDirectory(dir.resolve("calibration"));
    }

    private void saveProfile() throws Exception {
        profiles().save(new PlateProfile(DEVICE, Instant.parse("2026-01-02T03:04:05Z"),
                SourceDescription.CellUnit.COUNTS, 420, 250, CELLS.gainNPerUnit(), CELLS.offsetUnits(),
                PlateFitQuality.NOT_MEASURED));
    }

    private static PrescribedTrial firstTrial() {
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        return SessionPrescription.of(new Plan(java.util.List.of(new PlanEntry("single-leg-stance", 1, 1, 1, 0))),
                catalogue).get(0);
    }

    @Test
    void trialsGetCalibratedSamplesOnlyWhileTheyRun() throws Exception {
        saveProfile();
        try (LiveTrialBoard board = LiveTrialBoard.open(countsPlate(), "sim-counts", profiles(),
                Duration.ofSeconds(5))) {
            assertTrue(board.calibrationId().startsWith(DEVICE + "@2026-01-02T03:04:05Z#"), board.calibrationId());
            assertEquals(0.420, board.geometry().cellSpacingMlM(), 1e-12, "geometry from the profile");
            assertEquals(0.250, board.geometry().cellSpacingApM(), 1e-12);
            assertEquals(100, board.rateHz());
            await(() -> board.health().samples() >= 150, "samples before any trial");

            Counting first = new Counting();
            SampleSource view = board.open(firstTrial(), 1);
            assertEquals(SourceDescription.CellUnit.NEWTONS, view.description().cellUnit());
            RunningView trial = RunningView.start(view, first);
            await(() -> first.samples >= 100, "samples in the trial");
            assertTrue(trial.stop() && first.ends == 1 && trial.failure() == null, "the view ended once");
            // The person stands on both legs: the calibrated total is their weight in newtons (1 % for sway and
            // noise).
            double weightN = PersonModel.typicalAdult().bodyWeightN();
            assertEquals(weightN, first.lastTotalN, 0.01 * weightN, "calibrated load");
            long seenByFirst = first.samples;
            long before = board.health().samples();
            await(() -> board.health().samples() >= before + 30, "the board runs on between trials");
            assertEquals(seenByFirst, first.samples, "nothing delivered after the view stopped");

            Counting second = new Counting();
            RunningView next = RunningView.start(board.open(firstTrial(), 2), second);
            await(() -> second.samples >= 20, "samples in the next trial");
            board.close();
            assertTrue(next.join(), "closing the board ends the running trial");
            assertEquals(1, second.ends, "its listener hears the end once");
            assertEquals(BoardHealth.Connection.ENDED, board.health().connection());
            assertEquals(BoardHealth.Connection.ENDED, board.liveHealth().orElseThrow().connection(),
                    "a session's status shows the board's health");
            assertTrue(first.samples + second.samples < board.health().samples(),
                    "samples between trials were dropped");
        }
    }

    @Test
    void aLinksLossesReachTheHealthThroughAnyWrapperAndABoardWithoutOneCountsItsOwnGaps() throws Exception {
        saveProfile();
        LinkStats link = new LinkStats(1, true, 100, 500, 7, 2, 3, 1, 0);
        // The plate behind a wrapper that adds nothing of its own, as a source with a resource to release is.
        SampleSource linked = new ForwardingSource(new ForwardingSource(countsPlate()) {
            @Override
            public Optional<LinkStats> linkStats() {
                return Optional.of(link);
            }
        }) {
        };
        try (LiveTrialBoard board = LiveTrialBoard.open(linked, "sim-counts", profiles(), Duration.ofSeconds(5))) {
            BoardHealth health = board.health();
            assertEquals(7, health.lostSamples(), "lost samples from the link");
            assertEquals(2, health.duplicates(), "duplicates from the link");
            assertEquals(3, health.corruptFrames(), "corrupt frames from the link");
            SampleSource view = board.open(firstTrial(), 1);
            assertEquals(Optional.of(link), view.linkStats(), "a trial's view reports the board's link");
            view.close();
        }
        try (LiveTrialBoard board = LiveTrialBoard.open(countsPlate(), "sim-counts", profiles(),
                Duration.ofSeconds(5))) {
            await(() -> board.health().samples() >= 50, "samples of the plate without a link");
            BoardHealth health = board.health();
            assertEquals(0, health.lostSamples(), "no sequence gaps in the simulation");
            assertEquals(0, health.duplicates(), "no link to tell duplicates");
            assertEquals(0, health.corruptFrames(), "no link, no frames");
            SampleSource view = board.open(firstTrial(), 1);
            assertEquals(Optional.empty(), view.linkStats(), "no link behind the view");
            view.close();
        }
    }

    @Test
    void aCountsPlateWithoutItsCalibrationIsRefusedWithTheCommandThatMakesOne() {
        BoardSetupException e = assertThrows(BoardSetupException.class,
                () -> LiveTrialBoard.open(countsPlate(), "sim-counts", profiles(), Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("no calibration for the plate '" + DEVICE + "'"), e.getMessage());
        assertTrue(e.getMessage().contains("run 'stork calibrate plate --source sim-counts' first"), e.getMessage());
    }

    @Test
    void aWobbleBoardIsRefusedForSessions() {
        WobbleSessionModel model = new WobbleSessionModel(SessionScript.parse("on 1; both 5; off"),
                PersonModel.typicalAdult(), 200, 1);
        BoardSetupException e = assertThrows(BoardSetupException.class, () -> LiveTrialBoard.open(
                new SimulatedWobbleBoardSource(model, Pacing.REAL_TIME, System::nanoTime), "sim:imu", profiles(),
                Duration.ofSeconds(5)));
        assertTrue(e.getMessage().contains("sessions need a force plate"), e.getMessage());
    }

    @Test
    void aBoardThatNeverAnswersIsRefusedAfterTheWait() {
        String spec = "serial:" + dir.resolve("no-such-port");
        long start = System.nanoTime();
        BoardSetupException e = assertThrows(BoardSetupException.class, () -> LiveTrialBoard.open(
                SourceOpener.open(SourceSpec.parse(spec), 1), spec, profiles(), Duration.ofSeconds(1)));
        assertTrue(e.getMessage().startsWith("no answer from " + spec + " within 1 s (last: "), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-port"), "the last health message names the port: "
                + e.getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(8), "gave up after the wait");
    }

    @Test
    void aRawViewDeliversTheBoardsOwnCountsAndNeverRunsWithATrial() throws Exception {
        saveProfile();
        try (LiveTrialBoard board = LiveTrialBoard.open(countsPlate(), "sim-counts", profiles(),
                Duration.ofSeconds(5))) {
            SampleSource raw = board.rawView();
            assertEquals(new SourceDescription(board.sourceName(), SourceDescription.BoardKind.FORCE_PLATE, 100,
                    SourceDescription.CellUnit.COUNTS, DEVICE), raw.description(), "the board as it describes itself");
            IllegalStateException trialRefused = assertThrows(IllegalStateException.class,
                    () -> board.open(firstTrial(), 1));
            assertEquals(board.sourceName() + " is being calibrated: finish or cancel the calibration before training",
                    trialRefused.getMessage());
            IllegalStateException second = assertThrows(IllegalStateException.class, board::rawView);
            assertEquals(board.sourceName() + " is already being calibrated", second.getMessage());

            Counting counts = new Counting();
            RunningView calibration = RunningView.start(raw, counts);
            await(() -> counts.samples >= 50 && board.health().samples() >= 300, "raw samples of the person");
            // Raw counts: with the cells' true gains and offsets they give the person's weight (1 % for sway).
            double weightN = PersonModel.typicalAdult().bodyWeightN();
            assertEquals(weightN, counts.lastTrueN, 0.01 * weightN, "the cells' counts");
            assertTrue(counts.lastTotalN > 1e5, "counts, not newtons: " + counts.lastTotalN);
            // Stopped, the view is waited for: a trial asked for at that moment is not refused.
            raw.stop();
            SampleSource trialView = board.open(firstTrial(), 1);
            assertTrue(calibration.join() && counts.ends == 1 && calibration.failure() == null,
                    "the raw view ended once");

            Counting trial = new Counting();
            RunningView running = RunningView.start(trialView, trial);
            await(() -> trial.samples >= 20, "the trial after the calibration");
            IllegalStateException rawRefused = assertThrows(IllegalStateException.class, board::rawView);
            assertEquals("a trial is running on " + board.sourceName() + ": calibrate it between trials",
                    rawRefused.getMessage());
            assertTrue(running.stop());
            // A raw view closed without being run gives the board back too.
            board.rawView().close();
            board.rawView().close();
        }
    }

    @Test
    void aReloadedProfileCalibratesTheNextTrialAndABadOneChangesNothing() throws Exception {
        double[] tooHigh = CELLS.gainNPerUnit().clone();
        for (int i = 0; i < 4; i++) {
            tooHigh[i] *= 1.1;
        }
        PlateProfile old = new PlateProfile(DEVICE, Instant.parse("2026-01-02T03:04:05Z"),
                SourceDescription.CellUnit.COUNTS, 433, 238, tooHigh, CELLS.offsetUnits(),
                PlateFitQuality.NOT_MEASURED);
        profiles().save(old);
        double weightN = PersonModel.typicalAdult().bodyWeightN();
        try (LiveTrialBoard board = LiveTrialBoard.open(countsPlate(), "sim-counts", profiles(),
                Duration.ofSeconds(5))) {
            assertEquals(1.1 * weightN, trialTotalN(board), 0.01 * weightN, "10 % too high with the old gains");

            PlateProfile fixed = new PlateProfile(DEVICE, Instant.parse("2026-03-04T05:06:07Z"),
                    SourceDescription.CellUnit.COUNTS, 500, 300, CELLS.gainNPerUnit(), CELLS.offsetUnits(),
                    PlateFitQuality.NOT_MEASURED);
            profiles().save(fixed);
            assertEquals(fixed.calibrationId(), board.reloadCalibration().calibrationId());
            assertEquals(fixed.calibrationId(), board.calibrationId(), "the trials record the new calibration");
            assertEquals(0.5, board.geometry().cellSpacingMlM(), 1e-12, "the new profile's geometry");
            assertEquals(weightN, trialTotalN(board), 0.01 * weightN, "right with the new gains");

            // A profile in another unit is refused; the calibration in use stays.
            profiles().save(new PlateProfile(DEVICE, Instant.parse("2026-04-04T00:00:00Z"),
                    SourceDescription.CellUnit.KILOGRAMS, 433, 238, new double[] {9.8, 9.8, 9.8, 9.8},
                    new double[4], PlateFitQuality.NOT_MEASURED));
            ProfileFormatException e = assertThrows(ProfileFormatException.class, board::reloadCalibration);
            assertTrue(e.getMessage().contains("'cell_unit': is kilograms, but " + board.sourceName()
                    + " delivers counts"), e.getMessage());
            assertEquals(fixed.calibrationId(), board.calibrationId());
            assertEquals(weightN, trialTotalN(board), 0.01 * weightN);
        }
    }

    @Test
    void aPlateOpenedToAwaitItsCalibrationRefusesTrialsUntilItHasOne() throws Exception {
        try (LiveTrialBoard board = LiveTrialBoard.open(countsPlate(), "sim-counts", profiles(),
                Duration.ofSeconds(5), BoardFeed.MissingCalibration.AWAIT)) {
            assertTrue(board.uncalibrated());
            assertEquals(null, board.calibrationId());
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> board.open(firstTrial(), 1));
            assertEquals(board.sourceName() + " is not calibrated yet: calibrate it before training",
                    refused.getMessage());
            IllegalStateException nothingSaved = assertThrows(IllegalStateException.class,
                    board::reloadCalibration);
            assertTrue(nothingSaved.getMessage().startsWith("no calibration for the plate '" + DEVICE + "' in "),
                    nothingSaved.getMessage());

            Counting counts = new Counting();
            RunningView calibration = RunningView.start(board.rawView(), counts);
            await(() -> counts.samples >= 20, "raw samples from the uncalibrated plate");
            saveProfile();
            board.reloadCalibration();
            assertTrue(calibration.stop());
            assertTrue(!board.uncalibrated(), "calibrated now");
            assertTrue(board.calibrationId().startsWith(DEVICE + "@2026-01-02T03:04:05Z#"), board.calibrationId());
            double weightN = PersonModel.typicalAdult().bodyWeightN();
            assertEquals(weightN, trialTotalN(board), 0.01 * weightN, "calibrated samples in the trial");
        }
    }

    /** Once the person stands on the plate, runs a trial's view for 30 samples; the calibrated total of the last, N. */
    private static double trialTotalN(LiveTrialBoard board) throws InterruptedException {
        await(() -> board.health().samples() >= 300, "the person on the plate (stepping on at 1 s)");
        Counting trial = new Counting();
        RunningView running = RunningView.start(board.open(firstTrial(), 1), trial);
        await(() -> trial.samples >= 150, "samples in the trial (1.5 s: the mean of a few sways)");
        assertTrue(running.stop() && running.failure() == null, "the trial's view ended");
        return trial.meanTotalN;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Await.until(condition, 10, () -> what);
    }

    /** Counts what a view delivers; fields read by the test thread. */
    private static final class Counting implements SampleListener {
        volatile long samples;
        volatile double lastTotalN;
        /** Mean total over the samples so far: the body sways and its vertical force wavers by about 1 %. */
        volatile double meanTotalN;
        /** The sample's cells as raw counts, turned into newtons with the cells' true gains and offsets. */
        volatile double lastTrueN;
        volatile int ends;

        @Override
        public void onPlateSample(PlateSample sample) {
            lastTotalN = sample.total();
            meanTotalN = (meanTotalN * samples + lastTotalN) / (samples + 1);
            double[] g = CELLS.gainNPerUnit();
            double[] o = CELLS.offsetUnits();
            lastTrueN = g[0] * (sample.topLeft - o[0]) + g[1] * (sample.topRight - o[1])
                    + g[2] * (sample.bottomLeft - o[2]) + g[3] * (sample.bottomRight - o[3]);
            samples = samples + 1;
        }

        @Override
        public void onEnd() {
            ends = ends + 1;
        }
    }
}
