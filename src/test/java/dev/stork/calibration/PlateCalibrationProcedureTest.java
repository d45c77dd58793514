package dev.stork.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.sim.PlacedMassPlate;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.calibration.sim.UncalibratedPlateSource;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guided plate calibration on simulated boards with known true gains, offsets and noise (0.2 N per cell at
 * 80 Hz, a 20 kg mass, 2 s windows).
 */
class PlateCalibrationProcedureTest {
    private static final Instant NOW = Instant.parse("2026-11-22T05:00:00Z");
    private static final double MASS_KG = 20;

    static PlateProfile nominal(SourceDescription d) {
        double g = 2.4e-4;
        return new PlateProfile(d.deviceId(), Instant.EPOCH, d.cellUnit(), 433, 238, new double[] {g, g, g, g},
                new double[4], PlateFitQuality.NOT_MEASURED);
    }

    static PlateCalibrationProcedure run(PlacedMassPlate board, PlateProfile prior) {
        PlateCalibrationProcedure p = new PlateCalibrationProcedure(board.description(), prior, MASS_KG,
                Steadiness.PLATE, 8, () -> NOW);
        PlateSample s = new PlateSample();
        int guard = 0;
        while (p.state() == ProcedureState.WAITING && guard++ < 50) {
            board.perform(p.step().id(), MASS_KG);
            p.confirm();
            while (p.state() == ProcedureState.COLLECTING) {
                board.next(s);
                p.onPlateSample(s);
            }
        }
        return p;
    }

    @Test
    void fittedGainsAreWithinATenthOfAPercentAndTheCheckCopWithinOneMillimetre() {
        UncalibratedCells truth = UncalibratedCells.typicalCountsPlate();
        PlacedMassPlate board = new PlacedMassPlate(truth, 80, 0.433, 0.238, 0.2, 0, 7, "plate-1");
        PlateCalibrationProcedure p = run(board, nominal(board.description()));
        assertEquals(ProcedureState.DONE, p.state(), p.message());
        PlateProfile r = p.result();
        for (int i = 0; i < 4; i++) {
            // Required accuracy 0.1 %. Noise: a 2 s mean of 0.2 N white noise is ±0.016 N on loads of ~150 N.
            double relative = Math.abs(r.gain(i) / truth.gainNPerUnit()[i] - 1);
            assertTrue(relative < 0.001, "cell " + i + " gain off by " + relative * 100 + " %");
            // Offset within 0.05 N expressed in counts: the tare's mean is ±0.016 N.
            double offsetN = Math.abs(r.offset(i) - truth.offsetUnits()[i]) * truth.gainNPerUnit()[i];
            assertTrue(offsetN < 0.05, "cell " + i + " offset off by " + offsetN + " N");
        }
        assertTrue(r.quality().checkCopErrorMm() < 1, "check COP error " + r.quality().checkCopErrorMm() + " mm");
        // Weight at the check within 0.1 %, as the gains.
        assertTrue(Math.abs(r.quality().checkWeightErrorPercent()) < 0.1, r.quality().toString());
        assertTrue(r.quality().conditionNumber() < GainFit.MAX_CONDITION_NUMBER);
        assertEquals(NOW, r.calibratedAt());
    }

    @Test
    void aimingByEyeStillGivesTheWeightAndTheCentreCop() {
        // With 3 mm of aiming error per axis (by eye) the moment rows are off by ~1.4 % of the weight; measured for
        // this seed: weight 0.31 %, centre COP 6.3 mm (including the check's own aiming error); worst of 20 seeds
        // 1 % and 7.4 mm. Bounds 0.5 % and 10 mm (this seed) document that aiming, not noise, limits a home
        // calibration: use a jig or marks for sub-millimetre COP.
        UncalibratedCells truth = UncalibratedCells.typicalCountsPlate();
        PlacedMassPlate board = new PlacedMassPlate(truth, 80, 0.433, 0.238, 0.2, 0.003, 11, "plate-1");
        PlateCalibrationProcedure p = run(board, nominal(board.description()));
        assertEquals(ProcedureState.DONE, p.state(), p.message());
        PlateFitQuality q = p.result().quality();
        assertTrue(Math.abs(q.checkWeightErrorPercent()) < 0.5, q.toString());
        assertTrue(q.checkCopErrorMm() < 10, q.toString());
    }

    @Test
    void theWiiBoardGetsTareAndCheckButKeepsItsFactoryGains() {
        UncalibratedCells truth = UncalibratedCells.typicalWiiBoard();
        PlacedMassPlate board = new PlacedMassPlate(truth, 60, 0.433, 0.238, 0.2, 0, 3, "wii");
        PlateProfile builtIn = PlateProfile.wiiBalanceBoard();
        PlateProfile prior = new PlateProfile("wii", builtIn.calibratedAt(), builtIn.cellUnit(), 433, 238,
                builtIn.gainNPerUnit(), builtIn.offsetUnits(), builtIn.quality());
        PlateCalibrationProcedure p = run(board, prior);
        assertEquals(List.of(PlateCalibrationProcedure.EMPTY, PlateCalibrationProcedure.CHECK_CENTRE),
                p.steps().stream().map(ProcedureStep::id).toList());
        assertEquals(ProcedureState.DONE, p.state(), p.message());
        PlateProfile r = p.result();
        for (int i = 0; i < 4; i++) {
            assertEquals(PlateProfile.GRAVITY_MPS2, r.gain(i), 0, "factory gains are kept");
            // Tare within 0.005 kg (0.05 N): a 2 s mean at 60 Hz of 0.2 N noise is ±0.018 N.
            assertEquals(truth.offsetUnits()[i], r.offset(i), 0.005, "cell " + i + " zero, kg");
        }
        assertTrue(r.quality().checkCopErrorMm() < 1, r.quality().toString());
    }

    @Test
    void tareIsRefusedWhileAPersonMovesOnTheBoard() throws InterruptedException {
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse("on 1; both 6; off 1"),
                PersonModel.typicalAdult(), 80, 0.433, 0.238, 5);
        UncalibratedPlateSource source = new UncalibratedPlateSource(
                new SimulatedPlateSource(model, Pacing.FAST, () -> 0L), UncalibratedCells.typicalCountsPlate(),
                "plate-1");
        PlateCalibrationProcedure p = new PlateCalibrationProcedure(source.description(),
                nominal(source.description()), MASS_KG, Steadiness.PLATE, 100, () -> NOW);
        p.confirm();
        source.run(new SampleListener() {
            @Override
            public void onPlateSample(PlateSample sample) {
                p.onPlateSample(sample);
            }
        });
        assertEquals(PlateCalibrationProcedure.EMPTY, p.step().id(), "still at the tare step");
        assertEquals(ProcedureState.COLLECTING, p.state());
        assertTrue(p.message().startsWith("readings not steady: "), p.message());
        assertTrue(p.message().contains("need < 1.0 N"), p.message());
    }

    @Test
    void aMissingMassIsRefusedWithTheReason() {
        PlacedMassPlate board = new PlacedMassPlate(UncalibratedCells.typicalCountsPlate(), 80, 0.433, 0.238, 0.2,
                0, 7, "plate-1");
        PlateCalibrationProcedure p = new PlateCalibrationProcedure(board.description(),
                nominal(board.description()), MASS_KG, Steadiness.PLATE, 2, () -> NOW);
        PlateSample s = new PlateSample();
        board.perform(PlateCalibrationProcedure.EMPTY, MASS_KG);
        p.confirm();
        while (p.state() == ProcedureState.COLLECTING) {
            board.next(s);
            p.onPlateSample(s);
        }
        p.confirm(); // the helper forgets to put the mass down
        while (p.state() == ProcedureState.COLLECTING) {
            board.next(s);
            p.onPlateSample(s);
        }
        assertEquals(ProcedureState.WAITING, p.state());
        assertEquals(PlateCalibrationProcedure.CENTRE, p.step().id());
        assertTrue(p.message().contains("is the mass on the board?"), p.message());
    }
}
