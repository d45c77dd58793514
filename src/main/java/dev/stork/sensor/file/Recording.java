package dev.stork.sensor.file;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole recording read from a file: one array per column, in the file's own units, with the time of each row.
 *
 * <p>Arrays returned by this class are the recording's own; callers must not modify them.
 */
public final class Recording {
    private final Path file;
    private final RecordingFormat format;
    private final double rateHz;
    private final double[] timeS;
    private final Map<String, double[]> columns;
    private final Map<String, String> metadata;
    private final int dropoutRows;

    Recording(Path file, RecordingFormat format, double rateHz, double[] timeS, Map<String, double[]> columns,
              Map<String, String> metadata, int dropoutRows) {
        this.file = file;
        this.format = format;
        this.rateHz = rateHz;
        this.timeS = timeS;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.dropoutRows = dropoutRows;
    }

    /** The file this recording was read from. */
    public Path file() {
        return file;
    }

    /** The format the file was read as. */
    public RecordingFormat format() {
        return format;
    }

    /** Number of data rows, dropout rows included. */
    public int size() {
        return timeS.length;
    }

    /**
     * Sample rate in Hz: the rate the format or the file's metadata states, otherwise the mean rate of the
     * timestamps, (n - 1) / (last - first).
     */
    public double rateHz() {
        return rateHz;
    }

    /** Duration in seconds, taken as {@code size() / rateHz()}: the time the samples cover. */
    public double durationS() {
        return timeS.length / rateHz;
    }

    /** Time of each row in seconds, as the file gives it (phone IMU: from its timestamps, the first row at 0). */
    public double[] timeS() {
        return timeS;
    }

    /** Column names, in file order, without the time column. */
    public List<String> columns() {
        return List.copyOf(columns.keySet());
    }

    /** Whether a column of this exact name exists. */
    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /**
     * The values of one column, by its header name exactly as in the file, surrounding spaces trimmed.
     *
     * @throws IllegalArgumentException naming the file's columns when there is no such column
     */
    public double[] channel(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException(file + " has no column '" + name + "'; its columns are " + columns());
        }
        return values;
    }

    /** {@code # key=value} lines of a Stork recording, or the metadata block of an AMTI export. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /**
     * Rows a force plate marked as lost (an AMTI export writes them as all zeros, Fz = 0); they are kept in the
     * columns, and readers of COP skip them.
     */
    public int dropoutRows() {
        return dropoutRows;
    }

    /** A copy of rows {@code [fromRow, toRow)} with the same format, rate and metadata. */
    public Recording slice(int fromRow, int toRow) {
        if (fromRow < 0 || toRow > size() || fromRow >= toRow) {
            throw new IllegalArgumentException("sample range [" + fromRow + ", " + toRow + ") is outside the "
                    + size() + " samples of " + file);
        }
        Map<String, double[]> sliced = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> column : columns.entrySet()) {
            sliced.put(column.getKey(), Arrays.copyOfRange(column.getValue(), fromRow, toRow));
        }
        int dropouts = 0;
        if (dropoutRows > 0 && columns.containsKey(AmtiFormat.FZ)) {
            double[] fz = columns.get(AmtiFormat.FZ);
            for (int i = fromRow; i < toRow; i++) {
                if (fz[i] == 0.0) {
                    dropouts++;
                }
            }
        }
        return new Recording(file, format, rateHz, Arrays.copyOfRange(timeS, fromRow, toRow), sliced, metadata,
                dropouts);
    }
}
