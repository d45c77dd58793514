package dev.stork.sensor.file;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an AMTI force-plate CSV export: a block of {@code key,value,} metadata lines, blank lines, then the header
 * {@code MocapFrame, MocapTime, DeviceFrame, Fx, Fy, Fz, Mx, My, Mz, Cx, Cy, Cz} (N, N·m, m) and one row per frame.
 * Frames the plate lost are exported as all zeros; they are kept and counted as dropouts (Fz = 0).
 */
public final class AmtiFormat {
    /** Vertical force column, newtons. */
    public static final String FZ = "Fz";
    /** Moment about the plate's X axis, N·m. */
    public static final String MX = "Mx";
    /** Moment about the plate's Y axis, N·m. */
    public static final String MY = "My";

    static final String HEADER_MARK = "MocapFrame";
    private static final String TIME = "MocapTime";
    private static final String RATE_KEY = "Export Frame Rate";
    private static final Pattern COMMA = Pattern.compile(",");

    private AmtiFormat() {
    }

    static boolean looksLikeAmti(String firstLine) {
        return firstLine.startsWith("Format Version,") || firstLine.strip().startsWith(HEADER_MARK + ",");
    }

    static Recording read(Path file, List<String> lines) throws RecordingFormatException {
        Map<String, String> metadata = new LinkedHashMap<>();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(HEADER_MARK + ",")) {
                header = i;
                break;
            }
            if (!line.isEmpty()) {
                List<String> fields = DelimitedTable.headerNames(line, COMMA);
                metadata.put(fields.get(0), fields.size() > 1 ? String.join(",", fields.subList(1, fields.size())) : "");
            }
        }
        if (header < 0) {
            throw new RecordingFormatException(file, 0, "no frame header starting with '" + HEADER_MARK
                    + "' was found; is this an AMTI export?");
        }
        DelimitedTable table = DelimitedTable.parse(file, lines, header, COMMA,
                (f, line, index, column, text) -> DelimitedTable.number(f, line, column, text));
        double[] time = table.column(file, header + 1, TIME);
        double[] fz = table.column(file, header + 1, FZ);
        table.column(file, header + 1, MX);
        table.column(file, header + 1, MY);
        int dropouts = 0;
        for (double force : fz) {
            if (force == 0.0) {
                dropouts++;
            }
        }
        double rateHz = rate(file, metadata, time);
        Map<String, double[]> columns = table.allColumns();
        columns.remove(TIME);
        return new Recording(file, RecordingFormat.AMTI, rateHz, time, columns, metadata, dropouts);
    }

    private static double rate(Path file, Map<String, String> metadata, double[] time)
            throws RecordingFormatException {
        String stated = metadata.get(RATE_KEY);
        if (stated == null) {
            return RecordingReader.meanRateHz(file, time);
        }
        try {
            double rateHz = Double.parseDouble(stated.replace(",", "").trim());
            if (rateHz > 0 && Double.isFinite(rateHz)) {
                return rateHz;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RecordingFormatException(file, 0, String.format(Locale.ROOT,
                "metadata '%s' is '%s', not a positive rate in Hz", RATE_KEY, stated));
    }
}
