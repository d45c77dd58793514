package dev.stork.sensor.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.i2c.I2cSourceSpec;
import dev.stork.sensor.wii.WiiBoardFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every spec form the README and `stork run --help` promise, and clear refusals of the rest. */
class SourceSpecTest {

    @TempDir
    Path dir;

    @Test
    void parsesEveryForm() {
        assertEquals(SourceSpec.Kind.SIM_PLATE, SourceSpec.parse("sim").kind());
        assertEquals(SourceSpec.Kind.SIM_WOBBLE_BOARD, SourceSpec.parse(" sim:imu ").kind());
        SourceSpec serial = SourceSpec.parse("serial:/dev/ttyACM0");
        assertEquals(SourceSpec.Kind.SERIAL_PLATE, serial.kind());
        assertEquals(Path.of("/dev/ttyACM0"), serial.device());
        SourceSpec imu = SourceSpec.parse("i2c:mpu6050@1:0x68");
        assertEquals(I2cSourceSpec.Chip.MPU6050, imu.i2c().chip());
        assertEquals(1, imu.i2c().bus());
        assertEquals(0x68, imu.i2c().address());
        assertEquals(I2cSourceSpec.Chip.NAU7802X4, SourceSpec.parse("i2c:nau7802x4@1").i2c().chip());
        assertNull(SourceSpec.parse("wii").device());
        assertEquals(Path.of("/dev/input/event7"), SourceSpec.parse("wii:/dev/input/event7").device());
    }

    @Test
    void aRecordingIsASourceAtItsOwnPaceOrFast() {
        SourceSpec paced = SourceSpec.parse("file:/data/ana 3.csv");
        assertEquals(SourceSpec.Kind.FILE, paced.kind());
        assertEquals(Path.of("/data/ana 3.csv"), paced.device());
        assertEquals(false, paced.replayFast());
        assertEquals(false, SourceSpec.parse("file:rec.csv,speed=1").replayFast());
        SourceSpec fast = SourceSpec.parse("file:rec.csv, speed=FAST");
        assertEquals(Path.of("rec.csv"), fast.device());
        assertEquals(true, fast.replayFast());
        assertEquals(Path.of("a,b.csv"), SourceSpec.parse("file:a,b.csv").device(), "a comma in the name stays");
        assertEquals("source 'file:rec.csv,speed=2': speed is 1 (the recording's own pace) or fast, got '2'",
                assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("file:rec.csv,speed=2"))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("file:")).getMessage()
                .contains("names no recording"));
    }

    @Test
    void refusesUnknownAndIncompleteSpecs() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SourceSpec.parse("usb:plate"));
        assertTrue(unknown.getMessage().contains("unknown source 'usb:plate'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("serial:/dev/ttyACM0"), unknown.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("serial:"))
                .getMessage().contains("names no serial port"));
        assertThrows(IllegalArgumentException.class, () -> SourceSpec.parse("i2c:mpu6050@1:0x10"));
    }

    @Test
    void discoveryListsSimulationsAndFindsBusesAndBoards() throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Files.createFile(dev.resolve("i2c-20"));
        Files.createFile(dev.resolve("i2c-1"));
        Files.createFile(dev.resolve("tty0"));
        Path sys = dir.resolve("sys");
        Path name = Files.createDirectories(sys.resolve("event4").resolve("device")).resolve("name");
        Files.writeString(name, "Nintendo Wii Remote Balance Board\n");
        SourceDiscovery discovery = new SourceDiscovery(dev, new WiiBoardFinder(sys, Path.of("/dev/input")));
        assertEquals(List.of(1, 20), discovery.i2cBuses());
        List<SourceDiscovery.Found> found = discovery.find();
        assertEquals("sim", found.get(0).spec());
        assertTrue(found.stream().anyMatch(f -> "wii:/dev/input/event4".equals(f.spec())), found.toString());
        // These i2c-N files are plain files, not buses: each is reported, with the reason, instead of stopping the list.
        assertTrue(found.stream().anyMatch(f -> f.description().startsWith("/dev/i2c-1 cannot be scanned")
                || f.description().startsWith("/dev/i2c-1:")), found.toString());
    }
}
