package dev.stork.calibration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;

/**
 * A person's calibration profiles on disk: one current file per board ({@code <device>.plate.json},
 * {@code <device>.imu.json}) and every calibration ever saved under {@code history/} with its date in the name.
 * A new profile is written to a temporary file and atomically moved over the current one, so a crash or a failed
 * calibration never leaves a half-written or replaced current profile. Loading checks the file and that it
 * belongs to the connected board.
 *
 * <p>Default location: {@code --data DIR}/calibration, else {@code $STORK_DATA/calibration}, else
 * {@code ~/.local/share/stork/calibration}. Not thread-safe; one writer at a time.
 */
public final class ProfileDirectory {
    /** Environment variable naming Stork's data directory. */
    public static final String DATA_ENV = "STORK_DATA";
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final ProfileCodec codec = new ProfileCodec();

    /** Profiles in {@code directory} (created on the first save). */
    public ProfileDirectory(Path directory) {
        this.directory = directory;
    }

    /** The calibration directory: {@code dataOverride}/calibration, $STORK_DATA/calibration or the default. */
    public static Path defaultDirectory(Path dataOverride, Map<String, String> environment, Path home) {
        if (dataOverride != null) {
            return dataOverride.resolve("calibration");
        }
        String data = environment.get(DATA_ENV);
        if (data != null && !data.isBlank()) {
            return Path.of(data).resolve("calibration");
        }
        return home.resolve(".local").resolve("share").resolve("stork").resolve("calibration");
    }

    /** Where profiles live. */
    public Path directory() {
        return directory;
    }

    /** The current plate profile file of a device. */
    public Path plateFile(String deviceId) {
        return directory.resolve(safe(deviceId) + ".plate.json");
    }

    /** The current IMU profile file of a device. */
    public Path imuFile(String deviceId) {
        return directory.resolve(safe(deviceId) + ".imu.json");
    }

    /** Saves a plate profile as the device's current one and in the history; returns the current file. */
    public Path save(PlateProfile profile) throws IOException {
        String stamp = STAMP.format(profile.calibratedAt());
        return write(plateFile(profile.deviceId()), safe(profile.deviceId()) + ".plate." + stamp + ".json",
                codec.plateJson(profile));
    }

    /** Saves an IMU profile as the device's current one and in the history; returns the current file. */
    public Path save(ImuProfile profile) throws IOException {
        String stamp = STAMP.format(profile.calibratedAt());
        return write(imuFile(profile.deviceId()), safe(profile.deviceId()) + ".imu." + stamp + ".json",
                codec.imuJson(profile));
    }

    private Path write(Path current, String historyName, String json) throws IOException {
        Path history = directory.resolve("history");
        Files.createDirectories(history);
        atomicWrite(history.resolve(historyName), json);
        atomicWrite(current, json);
        return current;
    }

    private static void atomicWrite(Path target, String json) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The current plate profile of a device, if one was saved.
     *
     * @throws ProfileFormatException when the file is damaged or belongs to another device
     */
    public Optional<PlateProfile> loadPlate(String deviceId) throws ProfileFormatException {
        Path file = plateFile(deviceId);
        return Files.exists(file) ? Optional.of(loadPlate(file, deviceId)) : Optional.empty();
    }

    /** Reads a plate profile and checks it belongs to {@code deviceId}. */
    public PlateProfile loadPlate(Path file, String deviceId) throws ProfileFormatException {
        PlateProfile p = codec.readPlate(file);
        checkDevice(file, p.deviceId(), deviceId);
        return p;
    }

    /** The current IMU profile of a device, if one was saved. */
    public Optional<ImuProfile> loadImu(String deviceId) throws ProfileFormatException {
        Path file = imuFile(deviceId);
        return Files.exists(file) ? Optional.of(loadImu(file, deviceId)) : Optional.empty();
    }

    /** Reads an IMU profile and checks it belongs to {@code deviceId}. */
    public ImuProfile loadImu(Path file, String deviceId) throws ProfileFormatException {
        ImuProfile p = codec.readImu(file);
        checkDevice(file, p.deviceId(), deviceId);
        return p;
    }

    private static void checkDevice(Path file, String inFile, String connected) throws ProfileFormatException {
        if (!inFile.equals(connected)) {
            throw new ProfileFormatException(file, "device_id", "belongs to '" + inFile
                    + "', but the connected board is '" + connected + "'");
        }
    }

    private static String safe(String deviceId) {
        return deviceId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
