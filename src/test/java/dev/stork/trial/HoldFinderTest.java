package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.sensor.sim.GroundTruth;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulationWriter;
import dev.stork.sensor.sim.WobbleSessionModel;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.Leg;
import dev.stork.support.ReferenceData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated session written to a file, read back and replayed finds the holds the simulation knows. */
class HoldFinderTest {
    private static final double TOLERANCE_S = 0.2;

    @Test
    void findsTheHoldsOfASimulatedPlateRecording(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("session.csv");
        PlateSessionModel model = new PlateSessionModel(
                SessionScript.parse("on 2; both 3; lift right 6; touchdown; both 2; lift left 18; off"),
                PersonModel.typicalAdult(), 100, 0.40, 0.25, 21);
        GroundTruth truth = SimulationWriter.writePlate(model, 0.40, 0.25, file);
        assertEquals(truth, GroundTruth.read(GroundTruth.fileFor(file)), "the truth file reads back equal");

        Recording recording = RecordingReader.read(file);
        List<TrialResult> holds = HoldFinder.find(recording);
        assertEquals(2, holds.size(), holds.toString());
        assertEquals(Leg.LEFT, holds.get(0).stanceLeg());
        assertEquals(HoldEndReason.TOUCHDOWN, holds.get(0).endReason());
        assertEquals(Leg.RIGHT, holds.get(1).stanceLeg());
        assertEquals(HoldEndReason.STEP_OFF, holds.get(1).endReason(), "no target: the 18 s hold runs to its end");
        for (int i = 0; i < 2; i++) {
            assertEquals(truth.holds().get(i).startS(), holds.get(i).startNanos() * 1e-9, TOLERANCE_S);
            assertEquals(truth.holds().get(i).endS(), holds.get(i).endNanos() * 1e-9, TOLERANCE_S);
        }

        List<TrialResult> withTarget = HoldFinder.find(recording, 15);
        assertEquals(HoldEndReason.TARGET, withTarget.get(1).endReason());
        assertEquals(15, withTarget.get(1).holdS(), 1e-9, "a target hold lasts exactly the target");
    }

    @Test
    void findsTheRunsOfASimulatedWobbleBoardRecording(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wobble.csv");
        WobbleSessionModel model = new WobbleSessionModel(
                SessionScript.parse("on 2; lift left 7; touchdown; both 4; off"), PersonModel.typicalAdult(), 200, 4);
        GroundTruth truth = SimulationWriter.writeWobbleBoard(model, PersonModel.typicalAdult().wobbleEdgeDeg(), file);

        List<TrialResult> holds = HoldFinder.find(RecordingReader.read(file));
        assertEquals(2, holds.size(), holds.toString());
        for (int i = 0; i < 2; i++) {
            assertEquals(HoldEndReason.EDGE_CONTACT, holds.get(i).endReason());
            assertEquals(truth.holds().get(i).startS(), holds.get(i).startNanos() * 1e-9, TOLERANCE_S);
            assertEquals(truth.holds().get(i).endS(), holds.get(i).endNanos() * 1e-9, TOLERANCE_S);
        }
    }

    @Test
    void refusesARecordingWithoutBoardSamples() throws Exception {
        Path reference = ReferenceData.file("bds/BDS00001.txt");
        Recording bds = RecordingReader.read(reference);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HoldFinder.find(bds));
        assertEquals(reference + " is a bds recording; only stork-plate and stork-imu recordings can be replayed as"
                + " board samples", e.getMessage());
    }
}
