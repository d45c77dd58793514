package dev.stork.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.board.support.PlatePerson;
import dev.stork.board.support.RunningView;
import dev.stork.calibration.PlateFitQuality;
import dev.stork.calibration.PlateProfile;
import dev.stork.calibration.ProfileDirectory;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.serial.EmulatedSerialPlate;
import dev.stork.sensor.serial.support.SocatPtyPair;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.support.Await;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live board on a serial plate through a socat pseudo-terminal: the calibration is the one of the board id the
 * plate reports in its info frame, never one named after the port; and another plate answering on the same port
 * after an outage is not mistaken for the calibrated one. Real time, waits with deadlines.
 */
class LiveTrialBoardSerialTest {
    private static final int RATE_HZ = 250;
    private static final long FIRST_ID = 0x5702_0001L;
    private static final long OTHER_ID = 0x5702_0002L;
    private static final UncalibratedCells CELLS = UncalibratedCells.typicalCountsPlate();

    @TempDir
    Path dir;
    private SocatPtyPair pty;
    private EmulatedSerialPlate plate;

    @BeforeEach
    void startPty() throws Exception {
        pty = new SocatPtyPair();
        pty.start();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (plate != null) {
            plate.close();
        }
        pty.close();
    }

    private void save(String deviceId) throws Exception {
        new ProfileDirectory(dir.resolve("calibration")).save(new PlateProfile(deviceId, Instant.now(),
                SourceDescription.CellUnit.COUNTS, 433, 238, CELLS.gainNPerUnit(), CELLS.offsetUnits(),
                PlateFitQuality.NOT_MEASURED));
    }

    private EmulatedSerialPlate plate(long boardId) {
        EmulatedSerialPlate p = new EmulatedSerialPlate(pty.plate(), RATE_HZ).boardId(boardId)
                .cellSignal(new PlatePerson(PersonModel.typicalAdult(), RATE_HZ, CELLS, 0.433, 0.238));
        p.start();
        return p;
    }

    @Test
    void theCalibrationIsLookedUpByTheBoardIdFromTheInfoFrameNotByThePort() throws Exception {
        // A profile named after the port would have been used before the plate said who it is; now it is not.
        save(pty.host().toString());
        plate = plate(FIRST_ID);
        BoardSetupException e = assertThrows(BoardSetupException.class,
                () -> LiveTrialBoard.open("serial:" + pty.host(), dir));
        assertTrue(e.getMessage().startsWith("no calibration for the plate '57020001' in "), e.getMessage());
        assertTrue(e.getMessage().contains("run 'stork calibrate plate --source serial:" + pty.host() + "' first"),
                e.getMessage());

        save("57020001");
        try (LiveTrialBoard board = LiveTrialBoard.open("serial:" + pty.host(), dir)) {
            assertTrue(board.calibrationId().startsWith("57020001@"), board.calibrationId());
            assertEquals(RATE_HZ, board.rateHz(), "the rate from the info frame");
            assertEquals("serial plate 57020001 on " + pty.host(), board.sourceName());
        }
    }

    @Test
    void anotherPlateOnThePortAfterAnOutageIsHeldBackUntilTheCalibratedOneIsBack() throws Exception {
        save("57020001");
        plate = plate(FIRST_ID);
        try (LiveTrialBoard board = LiveTrialBoard.open("serial:" + pty.host(), dir)) {
            Recorder trial = new Recorder();
            RunningView running = RunningView.start(board.open(null, 1), trial);
            await(() -> trial.samples >= 100, "samples from the calibrated plate");

            // Unplug, and plug in another plate on the same port.
            pty.kill();
            await(() -> !board.health().connected(), "the loss noticed: " + board.health());
            plate.close();
            plate = plate(OTHER_ID);
            pty.start();
            await(() -> board.health().reconnections() == 1, "the other plate answers");
            await(() -> trial.saw("another board answers"), "a warning naming the other board: " + trial.events);
            long heldBack = trial.samples;
            long boardSamples = board.health().samples();
            await(() -> board.health().samples() >= boardSamples + 2 * RATE_HZ, "the other plate streams");
            assertEquals(heldBack, trial.samples, "its samples are not given to the trial");
            String warning = trial.events.stream().filter(ev -> ev.kind() == HealthEvent.Kind.WARNING)
                    .map(HealthEvent::message).findFirst().orElseThrow();
            assertTrue(warning.contains("'57020002'") && warning.contains("'57020001'"), warning);

            // The calibrated plate back: its samples flow to the trial again.
            pty.kill();
            await(() -> !board.health().connected(), "the loss noticed again");
            plate.close();
            plate = plate(FIRST_ID);
            pty.start();
            await(() -> board.health().reconnections() == 2, "the calibrated plate answers again");
            await(() -> trial.samples >= heldBack + 100, "samples flow to the trial again");
            assertTrue(running.stop(), "the trial's view stopped");
            BoardHealth health = board.health();
            assertEquals(2, health.reconnections(), health.toString());
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Await.until(condition, 15, () -> what);
    }

    /** What a trial's view delivers. */
    private static final class Recorder implements SampleListener {
        final List<HealthEvent> events = new CopyOnWriteArrayList<>();
        volatile long samples;

        @Override
        public void onPlateSample(dev.stork.sensor.PlateSample sample) {
            samples = samples + 1;
        }

        @Override
        public void onHealth(HealthEvent event) {
            events.add(event);
        }

        boolean saw(String text) {
            return events.stream().anyMatch(e -> e.message().contains(text));
        }
    }
}
