package dev.stork.board;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.board.support.RunningView;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.support.AllocationMeter;
import dev.stork.support.Await;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live board allocates nothing per sample on its acquisition thread, between trials (samples dropped at the gate),
 * during a trial (handed to the trial's listener), during a calibration's raw view, after a profile was reloaded,
 * and while a plate awaits its first calibration: health counting, live calibration and the gates together,
 * 10,000 samples of a person on both legs, best of 20 rounds after warm-up, measured on the board's own thread.
 */
class LiveTrialBoardAllocationTest {
    private static final int WINDOW = 10_000;
    private static final int ROUNDS = 20;
    private static final String DEVICE = "allocation-plate";

    @TempDir
    Path dir;

    private static PlateProfile profile(UncalibratedCells cells, Instant at, double gainFactor) {
        double[] gains = cells.gainNPerUnit().clone();
        for (int i = 0; i < 4; i++) {
            gains[i] *= gainFactor;
        }
        return new PlateProfile(DEVICE, at, SourceDescription.CellUnit.COUNTS, 433, 238, gains, cells.offsetUnits(),
                PlateFitQuality.NOT_MEASURED);
    }

    @Test
    void theBoardsThreadAllocatesNothingPerSampleBetweenAndDuringTrialsAndCalibrations() throws Exception {
        UncalibratedCells cells = UncalibratedCells.typicalCountsPlate();
        ProfileDirectory profiles = new ProfileDirectory(dir);
        profiles.save(profile(cells, Instant.parse("2026-01-01T00:00:00Z"), 1.02));
        MeasuringPlate plate = new MeasuringPlate(cells);
        try (LiveTrialBoard board = LiveTrialBoard.open(plate, "measuring", profiles, Duration.ofSeconds(5))) {
            long betweenTrials = plate.measure();
            long duringTrial = measureDuring(board.open(null, 1), plate);
            long duringCalibration = measureDuring(board.rawView(), plate);
            profiles.save(profile(cells, Instant.parse("2026-02-01T00:00:00Z"), 1));
            board.reloadCalibration();
            long afterReload = measureDuring(board.open(null, 2), plate);

            assertTrue(betweenTrials <= 0, "between trials: " + betweenTrials + " bytes per " + WINDOW + " samples");
            assertTrue(duringTrial <= 0, "during a trial: " + duringTrial + " bytes per " + WINDOW + " samples");
            assertTrue(duringCalibration <= 0, "during a raw view: " + duringCalibration + " bytes per " + WINDOW
                    + " samples");
            assertTrue(afterReload <= 0, "during a trial after a reload: " + afterReload + " bytes per " + WINDOW
                    + " samples");
        }
    }

    @Test
    void aPlateAwaitingItsCalibrationAllocatesNothingPerSample() throws Exception {
        MeasuringPlate plate = new MeasuringPlate(UncalibratedCells.typicalCountsPlate());
        try (LiveTrialBoard board = LiveTrialBoard.open(plate, "measuring", new ProfileDirectory(dir),
                Duration.ofSeconds(5), BoardFeed.MissingCalibration.AWAIT)) {
            assertTrue(board.uncalibrated());
            long awaiting = plate.measure();
            long duringCalibration = measureDuring(board.rawView(), plate);
            assertTrue(awaiting <= 0, "uncalibrated: " + awaiting + " bytes per " + WINDOW + " samples");
            assertTrue(duringCalibration <= 0, "during a raw view: " + duringCalibration + " bytes per " + WINDOW
                    + " samples");
        }
    }

    /** Runs {@code view} into a counting listener while the plate measures; the fewest bytes of a round. */
    private static long measureDuring(SampleSource view, MeasuringPlate plate) throws InterruptedException {
        Counting listener = new Counting();
        RunningView running = RunningView.start(view, listener);
        Await.until(() -> listener.samples > 0, 10, () -> "the view receives samples");
        long bytes = plate.measure();
        assertTrue(running.stop(), "the view stopped");
        assertTrue(listener.samples >= (long) ROUNDS * WINDOW, "the view saw the measured samples: "
                + listener.samples);
        return bytes;
    }

    /** Counts a view's samples without allocating. */
    private static final class Counting implements SampleListener {
        volatile long samples;

        @Override
        public void onPlateSample(PlateSample sample) {
            samples = samples + 1;
        }
    }

    /**
     * A plate in raw counts that trickles samples until asked to measure, then delivers rounds of
     * {@value #WINDOW} samples as fast as the listener takes them, measuring what its own thread allocates.
     */
    private static final class MeasuringPlate implements SampleSource {
        private final double[][] counts = new double[4][];
        private final PlateSample sample = new PlateSample();
        private volatile boolean stopped;
        private volatile boolean measureRequested;
        private volatile long measuredBytes = -1;
        private long sequence;
        private long timeNanos;

        MeasuringPlate(UncalibratedCells cells) {
            // Two seconds into a person standing on both legs, then 10 s of it.
            PlateSessionModel model = new PlateSessionModel(SessionScript.parse("on 1; both 20; off"),
                    PersonModel.typicalAdult(), 1000, 0.433, 0.238, 9);
            PlateSample newtons = new PlateSample();
            PlateSample raw = new PlateSample();
            for (int i = 0; i < 4; i++) {
                counts[i] = new double[WINDOW];
            }
            for (int i = 0; i < 2000 + WINDOW && model.next(newtons, 0); i++) {
                if (i >= 2000) {
                    cells.toRaw(newtons, 0, raw);
                    counts[0][i - 2000] = Math.round(raw.topLeft);
                    counts[1][i - 2000] = Math.round(raw.topRight);
                    counts[2][i - 2000] = Math.round(raw.bottomLeft);
                    counts[3][i - 2000] = Math.round(raw.bottomRight);
                }
            }
        }

        /** Asks the acquisition thread to measure; returns the fewest bytes of a round. */
        long measure() throws InterruptedException {
            measuredBytes = -1;
            measureRequested = true;
            Await.until(() -> measuredBytes >= 0, 60, () -> "the measurement");
            return measuredBytes;
        }

        @Override
        public SourceDescription description() {
            return new SourceDescription("measuring plate", SourceDescription.BoardKind.FORCE_PLATE, 1000,
                    SourceDescription.CellUnit.COUNTS, DEVICE);
        }

        @Override
        public void run(SampleListener listener) {
            deliver(listener, 1);
            while (!stopped) {
                if (measureRequested) {
                    deliver(listener, WINDOW);
                    long best = Long.MAX_VALUE;
                    for (int round = 0; round < ROUNDS; round++) {
                        best = Math.min(best, AllocationMeter.bytesAllocatedBy(() -> deliver(listener, WINDOW)));
                    }
                    measureRequested = false;
                    measuredBytes = best;
                } else {
                    deliver(listener, 10);
                    LockSupport.parkNanos(1_000_000);
                }
            }
            listener.onEnd();
        }

        private void deliver(SampleListener listener, int n) {
            for (int k = 0; k < n; k++) {
                int i = (int) (sequence % WINDOW);
                timeNanos += 1_000_000;
                listener.onPlateSample(sample.set(timeNanos, sequence++, counts[0][i], counts[1][i], counts[2][i],
                        counts[3][i], 0));
            }
        }

        @Override
        public void stop() {
            stopped = true;
        }

        @Override
        public void close() {
            stop();
        }
    }
}
