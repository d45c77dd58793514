package dev.stork.sensor.file;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Stork's own recording CSV (documented in {@code docs/formats.md}): optional {@code # key=value} lines, then
 * either the plate header {@code t_s,tl_N,tr_N,bl_N,br_N} (four load cells in newtons; top-left, top-right,
 * bottom-left, bottom-right seen from above, top = the person's front) or the IMU header
 * {@code t_s,ax,ay,az,gx,gy,gz} (m/s², rad/s, sensor frame), then one row per sample.
 */
public final class StorkCsvFormat {
    /** Header of a plate recording. */
    public static final String PLATE_HEADER = "t_s,tl_N,tr_N,bl_N,br_N";
    /** Header of an IMU recording. */
    public static final String IMU_HEADER = "t_s,ax,ay,az,gx,gy,gz";
    /** Metadata key: nominal sample rate in Hz. */
    public static final String KEY_RATE_HZ = "rate_hz";
    /** Metadata key: distance between the left and right cell columns, metres. */
    public static final String KEY_CELL_SPACING_ML_M = "cell_spacing_ml_m";
    /** Metadata key: distance between the front and back cell rows, metres. */
    public static final String KEY_CELL_SPACING_AP_M = "cell_spacing_ap_m";
    /** The Wii Balance Board's cell spacing, left to right: 433 mm. */
    public static final double WII_CELL_SPACING_ML_M = 0.433;
    /** The Wii Balance Board's cell spacing, front to back: 238 mm. */
    public static final double WII_CELL_SPACING_AP_M = 0.238;

    private static final Pattern COMMA = Pattern.compile(",");

    private StorkCsvFormat() {
    }

    static boolean looksLikePlate(String headerLine) {
        return headerLine.strip().replace(" ", "").equals(PLATE_HEADER);
    }

    static boolean looksLikeImu(String headerLine) {
        return headerLine.strip().replace(" ", "").equals(IMU_HEADER);
    }

    /**
     * A metadata value in metres (or any positive number), or {@code defaultValue} when the key is absent.
     *
     * @throws RecordingFormatException naming the file and key when the value is not a positive number
     */
    public static double positiveMetadata(Recording recording, String key, double defaultValue)
            throws RecordingFormatException {
        String text = recording.metadata().get(key);
        if (text == null) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(recording.file(), 0,
                String.format(Locale.ROOT, "'# %s=%s' is not a positive number", key, text));
    }

    static Recording read(Path file, List<String> lines, RecordingFormat forced) throws RecordingFormatException {
        Map<String, String> metadata = new LinkedHashMap<>();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("#")) {
                header = i;
                break;
            }
            String entry = line.substring(1).strip();
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new RecordingFormatException(file, i + 1,
                        "metadata lines are '# key=value'; '" + line + "' has no key=value");
            }
            metadata.put(entry.substring(0, equals).strip(), entry.substring(equals + 1).strip());
        }
        if (header < 0) {
            throw new RecordingFormatException(file, 0, "no header line: expected '" + PLATE_HEADER + "' or '"
                    + IMU_HEADER + "'");
        }
        String headerLine = lines.get(header);
        RecordingFormat format;
        if (looksLikePlate(headerLine)) {
            format = RecordingFormat.STORK_PLATE;
        } else if (looksLikeImu(headerLine)) {
            format = RecordingFormat.STORK_IMU;
        } else {
            throw new RecordingFormatException(file, header + 1, "header '" + headerLine.strip()
                    + "' is neither '" + PLATE_HEADER + "' nor '" + IMU_HEADER + "'");
        }
        if (forced != null && forced != format) {
            throw new RecordingFormatException(file, header + 1, "the header says " + format.cliName()
                    + " but --input asked for " + forced.cliName());
        }
        DelimitedTable table = DelimitedTable.parse(file, lines, header, COMMA,
                (f, line, index, column, text) -> DelimitedTable.number(f, line, column, text));
        double[] time = table.column(file, header + 1, "t_s");
        for (int i = 1; i < time.length; i++) {
            if (!(time[i] > time[i - 1])) {
                throw new RecordingFormatException(file, 0, String.format(Locale.ROOT,
                        "time must increase: sample %d at %.6f s follows %.6f s", i, time[i], time[i - 1]));
            }
        }
        Recording draft = new Recording(file, format, 1.0, time, Map.of(), metadata, 0);
        double rateHz = metadata.containsKey(KEY_RATE_HZ)
                ? positiveMetadata(draft, KEY_RATE_HZ, 0)
                : RecordingReader.meanRateHz(file, time);
        return new Recording(file, format, rateHz, time, table.columnsAfterFirst(), metadata, 0);
    }
}
