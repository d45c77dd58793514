package dev.stork.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of expected values read from a tab-separated file of the reference data, such as
 * {@code bds/expected_area_velocity_meanfreq.tsv}: a header row whose first cell names the row key (a trial or file)
 * and whose other cells name the values, then one row per trial. Rows and columns keep their file order.
 */
public final class ExpectedValues {
    private final Path file;
    private final List<String> columns;
    private final Map<String, double[]> rows;

    private ExpectedValues(Path file, List<String> columns, Map<String, double[]> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads a table below the reference-data folder, such as {@code "bds/expected_area_velocity_meanfreq.tsv"}. */
    public static ExpectedValues reference(String relative) {
        return read(ReferenceData.file(relative));
    }

    /** Reads a table; a malformed file fails with a message naming the file, line and cell. */
    public static ExpectedValues read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read expected values " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw new AssertionError(file + ": empty, expected a header row");
        }
        String[] header = lines.get(0).split("\t", -1);
        List<String> columns = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            columns.add(header[c].trim());
        }
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != header.length) {
                throw new AssertionError(file + " line " + (i + 1) + ": " + cells.length + " cells, header has "
                        + header.length);
            }
            double[] values = new double[columns.size()];
            for (int c = 1; c < cells.length; c++) {
                try {
                    values[c - 1] = Double.parseDouble(cells[c].trim());
                } catch (NumberFormatException e) {
                    throw new AssertionError(file + " line " + (i + 1) + " column " + header[c] + ": '" + cells[c]
                            + "' is not a number", e);
                }
            }
            if (rows.put(cells[0].trim(), values) != null) {
                throw new AssertionError(file + " line " + (i + 1) + ": row " + cells[0] + " appears twice");
            }
        }
        return new ExpectedValues(file, Collections.unmodifiableList(columns), Collections.unmodifiableMap(rows));
    }

    /** The file the table came from. */
    public Path file() {
        return file;
    }

    /** Row keys (first column) in file order. */
    public List<String> rowKeys() {
        return List.copyOf(rows.keySet());
    }

    /** Value column names in file order (the key column excluded). */
    public List<String> columns() {
        return columns;
    }

    /** The value in row {@code rowKey}, column {@code column}; fails naming the file when either is unknown. */
    public double value(String rowKey, String column) {
        double[] row = rows.get(rowKey);
        if (row == null) {
            throw new AssertionError(file + ": no row " + rowKey);
        }
        int c = columns.indexOf(column);
        if (c < 0) {
            throw new AssertionError(file + ": no column " + column + " (has " + columns + ")");
        }
        return row[c];
    }
}
