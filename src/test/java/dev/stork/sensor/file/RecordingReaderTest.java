package dev.stork.sensor.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.support.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads every kind of recording: the public reference files (values checked against their first rows as printed
 * in the files) and small malformed files whose errors must name the file and line.
 */
class RecordingReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsBdsTrial() throws Exception {
        Recording rec = RecordingReader.read(ReferenceData.file("bds/BDS00001.txt"));
        assertEquals(RecordingFormat.BDS, rec.format());
        assertEquals(6000, rec.size());
        assertEquals(100.0, rec.rateHz());
        assertEquals(60.0, rec.durationS(), 1e-12);
        // First data row of BDS00001.txt: 0.010 ... 539.066061 ... -7.988789 0.998673
        assertEquals(0.010, rec.timeS()[0], 0);
        assertEquals(539.066061, rec.channel("Fz[N]")[0], 0);
        assertEquals(-7.988789, rec.channel("COPx[cm]")[0], 0);
        assertEquals(0.998673, rec.channel("COPy[cm]")[0], 0);
    }

    @Test
    void readsPdsTrial() throws Exception {
        Recording rec = RecordingReader.read(ReferenceData.file("pds/PDS13CR1grf.txt"));
        assertEquals(RecordingFormat.PDS, rec.format());
        assertEquals(100.0, rec.rateHz());
        assertTrue(rec.hasColumn("COPNET_Z"));
        assertEquals(0.0, rec.timeS()[0], 0);
    }

    @Test
    void readsAmtiExportKeepingAndCountingDropouts() throws Exception {
        Recording rec = RecordingReader.read(ReferenceData.file("quijoux2021/test.csv"));
        assertEquals(RecordingFormat.AMTI, rec.format());
        // The reference-data README: 15605 rows at 100 Hz, seven of them all-zero dropouts.
        assertEquals(15605, rec.size());
        assertEquals(7, rec.dropoutRows());
        assertEquals(100.0, rec.rateHz());
        assertEquals(581.4375, rec.channel(AmtiFormat.FZ)[0], 0);
        assertEquals(0.0, rec.channel(AmtiFormat.FZ)[1], 0);
        assertEquals("AMTI 3265 3265", rec.metadata().get("Device Name"));
        assertEquals(2, rec.slice(0, 3).dropoutRows());
    }

    @Test
    void readsPhoneImuWithTimestampsFromZero() throws Exception {
        Recording rec = RecordingReader.read(ReferenceData.file("imu/firm_surface_eyes_closed_ios.csv"));
        assertEquals(RecordingFormat.PHONE_IMU, rec.format());
        assertEquals(0.0, rec.timeS()[0], 0);
        // Second row is stamped 13:56:00.024, the first 13:56:00.015.
        assertEquals(0.009, rec.timeS()[1], 1e-12);
        assertEquals(-1.0004425048828125, rec.channel("AccelY")[0], 0);
        assertEquals(0.7280336465572466, rec.channel("QuatW")[0], 0);
        // About 31 s at about 100 Hz (reference-data README).
        assertEquals(100, rec.rateHz(), 15);
    }

    @Test
    void writerAndReaderRoundTripAPlateRecording() throws Exception {
        Path file = dir.resolve("trial.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file,
                java.util.Map.of(StorkCsvFormat.KEY_RATE_HZ, "100", StorkCsvFormat.KEY_CELL_SPACING_ML_M, "0.5"))) {
            writer.plateRow(0.0, 100.25, 101.5, -0.00004, 99.0);
            writer.plateRow(0.01, 100.0, 101.0, 98.0, 99.123456);
        }
        assertTrue(Files.notExists(dir.resolve("trial.csv.part")));
        Recording rec = RecordingReader.read(file);
        assertEquals(RecordingFormat.STORK_PLATE, rec.format());
        assertEquals(100.0, rec.rateHz());
        assertEquals(0.5, StorkCsvFormat.positiveMetadata(rec, StorkCsvFormat.KEY_CELL_SPACING_ML_M, 0.433));
        assertEquals(StorkCsvFormat.WII_CELL_SPACING_AP_M,
                StorkCsvFormat.positiveMetadata(rec, StorkCsvFormat.KEY_CELL_SPACING_AP_M,
                        StorkCsvFormat.WII_CELL_SPACING_AP_M));
        assertEquals(100.25, rec.channel("tl_N")[0], 0);
        assertEquals(-0.0, rec.channel("bl_N")[0], 1e-4, "rounded to 0.1 mN");
        assertEquals(99.1235, rec.channel("br_N")[1], 1e-12, "rounded to 0.1 mN");
    }

    @Test
    void samplesLessThanAMicrosecondApartAreWrittenOneMicrosecondApartAndReadBack() throws Exception {
        // A burst of serial frames mapped 1 ns apart (the clock mapping keeps times strictly increasing): the file
        // keeps microseconds, so the later rows move to 1 µs after the earlier; the next row keeps its own time.
        Path file = dir.resolve("burst.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.plate(file, java.util.Map.of())) {
            writer.plateRow(3.690916, 1, 2, 3, 4);
            writer.plateRow(3.690916001, 1, 2, 3, 4);
            writer.plateRow(3.690916002, 1, 2, 3, 4);
            writer.plateRow(3.691916, 1, 2, 3, 4);
            assertThrows(IllegalArgumentException.class, () -> writer.plateRow(3.691916, 1, 2, 3, 4),
                    "a time that does not increase is a caller's mistake");
        }
        Recording rec = RecordingReader.read(file);
        assertArrayEquals(new double[] {3.690916, 3.690917, 3.690918, 3.691916}, rec.timeS(), 1e-12);
    }

    @Test
    void writerAndReaderRoundTripAnImuRecordingWithoutMetadata() throws Exception {
        Path file = dir.resolve("imu.csv");
        try (StorkCsvWriter writer = StorkCsvWriter.imu(file, java.util.Map.of())) {
            writer.imuRow(0.000, 0.1, -0.2, 9.81, 0.01, -0.02, 0.03);
            writer.imuRow(0.005, 0.1, -0.2, 9.81, 0.01, -0.02, 0.03);
            writer.imuRow(0.010, 0.1, -0.2, 9.81, 0.01, -0.02, 0.03);
        }
        Recording rec = RecordingReader.read(file);
        assertEquals(RecordingFormat.STORK_IMU, rec.format());
        assertEquals(200.0, rec.rateHz(), 1e-9, "mean rate from the timestamps");
        assertEquals(-0.02, rec.channel("gy")[2], 0);
    }

    @Test
    void fixedPointFormattingRoundsAndPads() {
        StringBuilder text = new StringBuilder();
        StorkCsvWriter.appendFixed(text, -1.00005, 4);
        text.append(' ');
        StorkCsvWriter.appendFixed(text, 0.0501, 3);
        text.append(' ');
        StorkCsvWriter.appendFixed(text, -0.00001, 3);
        assertEquals("-1.0001 0.050 0.000", text.toString());
    }

    @Test
    void malformedNumberNamesFileLineAndColumn() throws IOException {
        Path file = write("bad.csv", "# rate_hz=100", "t_s,tl_N,tr_N,bl_N,br_N", "0.00,1,2,3,4", "0.01,1,x2,3,4");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RecordingReader.read(file));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("bad.csv line 4"), e.getMessage());
        assertTrue(e.getMessage().contains("'tr_N'"), e.getMessage());
    }

    @Test
    void shortRowNamesTheExpectedColumns() throws IOException {
        Path file = write("short.csv", "t_s,ax,ay,az,gx,gy,gz", "0.0,1,2,3,4,5,6", "0.1,1,2,3");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RecordingReader.read(file));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("expected 7 values"), e.getMessage());
    }

    @Test
    void unknownHeaderSuggestsInputOption() throws IOException {
        Path file = write("what.csv", "a,b,c", "1,2,3");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RecordingReader.read(file));
        assertTrue(e.getMessage().contains("--input"), e.getMessage());
    }

    @Test
    void timeGoingBackwardsIsRefused() throws IOException {
        Path file = write("back.csv", "t_s,tl_N,tr_N,bl_N,br_N", "0.02,1,2,3,4", "0.01,1,2,3,4");
        RecordingFormatException e = assertThrows(RecordingFormatException.class, () -> RecordingReader.read(file));
        assertTrue(e.getMessage().contains("time must increase"), e.getMessage());
    }

    @Test
    void missingFileAndEmptyFileAreNamed() throws IOException {
        Path missing = dir.resolve("nope.csv");
        assertTrue(assertThrows(RecordingFormatException.class, () -> RecordingReader.read(missing))
                .getMessage().contains("no such file"));
        Path empty = write("empty.csv");
        assertTrue(assertThrows(RecordingFormatException.class, () -> RecordingReader.read(empty))
                .getMessage().contains("empty"));
    }

    @Test
    void forcedFormatThatDoesNotMatchNamesTheMissingColumn() throws IOException {
        Path file = write("plate.csv", "t_s,tl_N,tr_N,bl_N,br_N", "0.0,1,2,3,4", "0.01,1,2,3,4");
        RecordingFormatException e = assertThrows(RecordingFormatException.class,
                () -> RecordingReader.read(file, RecordingFormat.BDS));
        assertTrue(e.getMessage().contains("missing column 'Time[s]'"), e.getMessage());
    }

    @Test
    void formatNamesParseAndUnknownNamesListTheKnownOnes() {
        assertEquals(RecordingFormat.PHONE_IMU, RecordingFormat.fromCliName("Phone-IMU"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordingFormat.fromCliName("wav"));
        assertTrue(e.getMessage().contains("stork-plate"), e.getMessage());
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, java.util.List.of(lines));
        return file;
    }
}
