package dev.stork.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.calibration.sim.PlacedMassPlate;
import dev.stork.calibration.sim.UncalibratedCells;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SourceDescription.CellUnit;
import dev.stork.support.AllocationMeter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live stage: conversion, swapping, auto-zero, drift warning, rejected files, no allocation. */
class PlateCalibrationStageTest {
    private static final UncalibratedCells TRUTH = UncalibratedCells.typicalCountsPlate();
    @TempDir
    Path dir;

    private static PlateProfile trueProfile(Instant when) {
        return new PlateProfile("plate-1", when, CellUnit.COUNTS, 433, 238, TRUTH.gainNPerUnit(),
                TRUTH.offsetUnits(), PlateFitQuality.NOT_MEASURED);
    }

    private static final class Collector implements SampleListener {
        final PlateSample last = new PlateSample();
        final List<HealthEvent> health = new ArrayList<>();

        @Override
        public void onPlateSample(PlateSample sample) {
            last.copyFrom(sample);
        }

        @Override
        public void onHealth(HealthEvent event) {
            health.add(event);
        }
    }

    @Test
    void convertsCountsToNewtonsAndSwapsProfilesBetweenSamples() {
        Collector out = new Collector();
        PlateProfile p = trueProfile(Instant.parse("2026-11-01T00:00:00Z"));
        PlateCalibrationStage stage = new PlateCalibrationStage(p, EmptyBoardSettings.DEFAULT,
                new ProfileDirectory(dir), out);
        PlateSample raw = new PlateSample().set(5, 1, TRUTH.offsetUnits()[0] + 100 / TRUTH.gainNPerUnit()[0],
                TRUTH.offsetUnits()[1], TRUTH.offsetUnits()[2], TRUTH.offsetUnits()[3], 0);
        stage.onPlateSample(raw);
        assertEquals(100, out.last.topLeft, 1e-9, "exact arithmetic");
        assertEquals(0, out.last.topRight, 1e-9);
        double[] doubled = p.gainNPerUnit();
        doubled[0] *= 2;
        stage.use(new PlateProfile("plate-1", p.calibratedAt(), CellUnit.COUNTS, 433, 238, doubled,
                p.offsetUnits(), p.quality()));
        stage.onPlateSample(raw);
        assertEquals(200, out.last.topLeft, 1e-9, "the new profile applies from the next sample");
    }

    @Test
    void damagedOrForeignFilesAreRejectedAndThePreviousProfileStays() throws IOException {
        Collector out = new Collector();
        ProfileDirectory directory = new ProfileDirectory(dir);
        PlateProfile p = trueProfile(Instant.parse("2026-11-01T00:00:00Z"));
        PlateCalibrationStage stage = new PlateCalibrationStage(p, EmptyBoardSettings.DEFAULT, directory, out);
        PlateProfile foreign = new PlateProfile("plate-2", p.calibratedAt(), CellUnit.COUNTS, 433, 238,
                p.gainNPerUnit(), p.offsetUnits(), p.quality());
        Path foreignFile = directory.save(foreign);
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> stage.load(foreignFile));
        assertEquals("device_id", e.field());
        assertTrue(e.getMessage().contains(foreignFile.toString()) && e.getMessage().contains("plate-2"));
        Path truncated = dir.resolve("truncated.json");
        String json = new ProfileCodec().plateJson(p);
        Files.writeString(truncated, json.substring(0, json.length() / 2));
        e = assertThrows(ProfileFormatException.class, () -> stage.load(truncated));
        assertTrue(e.getMessage().startsWith(truncated.toString()) && e.getMessage().contains("not valid JSON"));
        assertSame(p, stage.profile(), "the previous profile stays active");
    }

    @Test
    void autoZeroFollowsSlowDriftAndWarnsOnceItExceedsTheThreshold() {
        // Each cell drifts by 0.005 N/s (0.2 N over a 10 s window, inside the 1 N steadiness spread): after 200 s the
        // empty board reads 4 N (no warning), after 300 s 6 N > 5 N (the warning threshold).
        UncalibratedCells drifting = TRUTH.withDrift(new double[] {0.005, 0.005, 0.005, 0.005});
        PlacedMassPlate board = new PlacedMassPlate(drifting, 80, 0.433, 0.238, 0.2, 0, 9, "plate-1");
        Collector out = new Collector();
        PlateCalibrationStage stage = new PlateCalibrationStage(trueProfile(Instant.parse("2026-11-01T00:00:00Z")),
                EmptyBoardSettings.DEFAULT, new ProfileDirectory(dir), out);
        PlateSample s = new PlateSample();
        for (int i = 0; i < 80 * 205; i++) {
            board.next(s);
            stage.onPlateSample(s);
        }
        assertEquals(20, stage.autoZeroCount(), "zeroed every 10 s of empty board");
        assertTrue(out.health.isEmpty(), "no warning below 5 N: " + out.health);
        // After auto-zero the output stays near 0 although the raw reading drifted by ~4 N: within the drift since the
        // last auto-zero (≤ 0.3 N) plus 5 sigma of the 4-cell noise (2 N).
        assertEquals(0, out.last.total(), 2.3);
        for (int i = 0; i < 80 * 100; i++) {
            board.next(s);
            stage.onPlateSample(s);
        }
        assertEquals(1, out.health.size(), "one warning, not one per auto-zero: " + out.health);
        assertEquals(HealthEvent.Kind.WARNING, out.health.get(0).kind());
        assertTrue(out.health.get(0).message().contains("recalibrate"), out.health.get(0).message());
    }

    @Test
    void aLoadedBoardIsNotZeroed() {
        PlacedMassPlate board = new PlacedMassPlate(TRUTH, 80, 0.433, 0.238, 0.2, 0, 9, "plate-1");
        board.place(20, 0, 0);
        Collector out = new Collector();
        PlateCalibrationStage stage = new PlateCalibrationStage(trueProfile(Instant.EPOCH), EmptyBoardSettings.DEFAULT,
                new ProfileDirectory(dir), out);
        PlateSample s = new PlateSample();
        for (int i = 0; i < 80 * 30; i++) {
            board.next(s);
            stage.onPlateSample(s);
        }
        assertEquals(0, stage.autoZeroCount());
        assertEquals(20 * 9.80665, out.last.total(), 2, "noise of 4 cells at 0.2 N: ±2 N is 5 sigma");
    }

    @Test
    void processingAllocatesNothingPerSample() {
        PlacedMassPlate board = new PlacedMassPlate(TRUTH, 80, 0.433, 0.238, 0.2, 0, 9, "plate-1");
        PlateCalibrationStage stage = new PlateCalibrationStage(trueProfile(Instant.EPOCH), EmptyBoardSettings.DEFAULT,
                new ProfileDirectory(dir), new SampleListener() { });
        int n = 10_000;
        PlateSample[] samples = new PlateSample[n];
        for (int i = 0; i < n; i++) {
            samples[i] = new PlateSample();
            board.next(samples[i]);
        }
        for (PlateSample s : samples) {
            stage.onPlateSample(s);
        }
        long bytes = AllocationMeter.bytesAllocatedBy(() -> {
            for (PlateSample s : samples) {
                stage.onPlateSample(s);
            }
        });
        // ≈ 0 bytes per 10,000 samples (STYLE rule 5); the meter itself may account a few hundred bytes.
        assertTrue(bytes < 1024, bytes + " bytes for " + n + " samples");
    }
}
