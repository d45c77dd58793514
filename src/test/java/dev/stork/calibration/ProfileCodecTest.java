package dev.stork.calibration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.SourceDescription.CellUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Profile files: round trip, history, atomic replacement, and every kind of damage named by file and field. */
class ProfileCodecTest {
    private static final PlateProfile PLATE = new PlateProfile("plate-1", Instant.parse("2026-11-22T05:00:00Z"),
            CellUnit.COUNTS, 433, 238, new double[] {2.4e-4, 2.5e-4, 2.3e-4, 2.45e-4},
            new double[] {1000, -2000, 3000, 4000}, new PlateFitQuality(20, 0.1, 5.8, 0.4, 0.02));
    private final ProfileCodec codec = new ProfileCodec();
    @TempDir
    Path dir;

    @Test
    void aPlateProfileSurvivesARoundTrip() throws Exception {
        Path file = new ProfileDirectory(dir).save(PLATE);
        PlateProfile back = codec.readPlate(file);
        assertArrayEquals(PLATE.gainNPerUnit(), back.gainNPerUnit(), 0);
        assertArrayEquals(PLATE.offsetUnits(), back.offsetUnits(), 0);
        assertEquals(PLATE.quality(), back.quality());
        assertEquals(PLATE.calibrationId(), back.calibrationId(), "the id depends on content only");
        assertTrue(PLATE.calibrationId().startsWith("plate-1@2026-11-22T05:00:00Z#"));
    }

    @Test
    void savingKeepsEarlierCalibrationsAsHistory() throws Exception {
        ProfileDirectory d = new ProfileDirectory(dir);
        d.save(PLATE);
        PlateProfile later = PLATE.withOffsets(new double[] {1, 2, 3, 4}, Instant.parse("2026-11-23T05:00:00Z"));
        d.save(later);
        assertEquals(later.calibrationId(), d.loadPlate("plate-1").orElseThrow().calibrationId());
        try (var files = Files.list(dir.resolve("history"))) {
            assertEquals(2, files.filter(f -> f.toString().endsWith(".json")).count());
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".tmp")), "no temp file left behind");
        }
        assertNotEquals(PLATE.calibrationId(), later.calibrationId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "wrong schema version | \"schema_version\" : 1 | \"schema_version\" : 2 | schema_version",
        "gain as a string | \"gain_N_per_count\" : [ 2.4E-4 | \"gain_N_per_count\" : [ \"x\" | gain_N_per_count[0]",
        "negative gain | \"gain_N_per_count\" : [ 2.4E-4 | \"gain_N_per_count\" : [ -2.4E-4 | gain_N_per_count[0]",
        "offset beyond the ADC | \"offset_counts\" : [ 1000.0 | \"offset_counts\" : [ 1.0E9 | offset_counts[0]",
        "spacing of 5 mm | \"cell_spacing_ml_mm\" : 433.0 | \"cell_spacing_ml_mm\" : 5 | cell_spacing_ml_mm",
        "unknown unit | \"cell_unit\" : \"counts\" | \"cell_unit\" : \"volts\" | cell_unit",
        "bad date | \"calibrated_at\" : \"2026-11-22T05:00:00Z\" | \"calibrated_at\" : \"yesterday\" | calibrated_at",
        "negative residual | \"residual_N\" : 0.1 | \"residual_N\" : -1 | fit.residual_N"})
    void damagedFieldsAreNamed(String name, String from, String to, String field) throws IOException {
        String json = codec.plateJson(PLATE);
        assertTrue(json.contains(from), "the test's anchor '" + from + "' is in the JSON:\n" + json);
        Path file = dir.resolve("damaged.json");
        Files.writeString(file, json.replace(from, to));
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> codec.readPlate(file));
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("'" + field + "'"),
                e.getMessage());
    }

    @Test
    void truncatedFilesAreNamed() throws IOException {
        Path file = dir.resolve("truncated.json");
        String json = codec.plateJson(PLATE);
        Files.writeString(file, json.substring(0, json.indexOf("offset_counts")));
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> codec.readPlate(file));
        assertEquals("", e.field());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }

    @Test
    void theWiiExampleFileIsTheBuiltInProfile() throws Exception {
        Path file = Path.of("calibration", "wii-balance-board.plate.json");
        PlateProfile fromFile = codec.readPlate(file);
        PlateProfile builtIn = PlateProfile.wiiBalanceBoard();
        assertEquals(builtIn.calibrationId(), fromFile.calibrationId());
        assertEquals(433, fromFile.cellSpacingMlMm(), 0);
        assertEquals(238, fromFile.cellSpacingApMm(), 0);
    }

    @Test
    void theExampleImuProfileReads() throws Exception {
        ImuProfile p = codec.readImu(Path.of("calibration", "example-imu.imu.json"));
        assertEquals(3, p.accelScale().length);
    }

    @Test
    void theDefaultDirectoryFollowsDataEnvironmentAndHome() {
        Path home = Path.of("/home/a");
        assertEquals(Path.of("/d/calibration"), ProfileDirectory.defaultDirectory(Path.of("/d"), Map.of(), home));
        assertEquals(Path.of("/e/calibration"),
                ProfileDirectory.defaultDirectory(null, Map.of("STORK_DATA", "/e"), home));
        assertEquals(Path.of("/home/a/.local/share/stork/calibration"),
                ProfileDirectory.defaultDirectory(null, Map.of(), home));
    }
}
