package dev.stork.sensor.wii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds Wii Balance Boards among Linux input devices by the name hid-wiimote gives them, reading
 * {@code /sys/class/input/eventN/device/name}.
 */
public final class WiiBoardFinder {
    private final Path sysClassInput;
    private final Path devInput;

    /** A finder over the real {@code /sys/class/input} and {@code /dev/input}. */
    public WiiBoardFinder() {
        this(Path.of("/sys/class/input"), Path.of("/dev/input"));
    }

    /** A finder over other folders laid out like sysfs and devfs (tests, containers). */
    public WiiBoardFinder(Path sysClassInput, Path devInput) {
        this.sysClassInput = sysClassInput;
        this.devInput = devInput;
    }

    /** Event device paths of every connected Balance Board, in name order; empty when there is none. */
    public List<Path> find() {
        List<Path> boards = new ArrayList<>();
        if (!Files.isDirectory(sysClassInput)) {
            return boards;
        }
        try (DirectoryStream<Path> events = Files.newDirectoryStream(sysClassInput, "event*")) {
            for (Path event : events) {
                Path name = event.resolve("device").resolve("name");
                if (Files.isReadable(name)
                        && Files.readString(name, StandardCharsets.UTF_8).strip().equals(BalanceBoardEvents.DEVICE_NAME)) {
                    boards.add(devInput.resolve(event.getFileName().toString()));
                }
            }
        } catch (IOException e) {
            // An unreadable sysfs means no board can be identified; the caller reports "not found" with advice.
            return boards;
        }
        boards.sort(null);
        return boards;
    }
}
