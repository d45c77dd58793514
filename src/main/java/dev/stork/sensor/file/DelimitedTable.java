package dev.stork.sensor.file;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the numeric body of a delimited text table (a header line, then one row per line) into columns,
 * reporting the first malformed cell with its line and column.
 */
final class DelimitedTable {
    private final List<String> names;
    private final double[][] values;
    private final int rows;

    private DelimitedTable(List<String> names, double[][] values, int rows) {
        this.names = names;
        this.values = values;
        this.rows = rows;
    }

    /** Splits a header line into trimmed names; empty trailing fields (a trailing delimiter) are dropped. */
    static List<String> headerNames(String line, Pattern delimiter) {
        List<String> names = new ArrayList<>();
        for (String field : delimiter.split(line.strip(), -1)) {
            names.add(field.strip());
        }
        while (!names.isEmpty() && names.get(names.size() - 1).isEmpty()) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    /** Refuses a header that lacks any of {@code required}, naming the first missing column. */
    static void requireColumns(Path file, int headerLine, List<String> header, String... required)
            throws RecordingFormatException {
        for (String name : required) {
            if (!header.contains(name)) {
                throw new RecordingFormatException(file, headerLine,
                        "missing column '" + name + "'; the header has " + header);
            }
        }
    }

    /**
     * Parses every non-blank line after the header.
     *
     * @param file        the file, for messages
     * @param lines       all lines of the file
     * @param headerIndex 0-based index of the header line
     * @param delimiter   field separator
     * @param cell        parser of one cell; column 0 may be parsed differently (timestamps)
     */
    static DelimitedTable parse(Path file, List<String> lines, int headerIndex, Pattern delimiter, CellParser cell)
            throws RecordingFormatException {
        List<String> names = headerNames(lines.get(headerIndex), delimiter);
        int width = names.size();
        int capacity = Math.max(16, lines.size() - headerIndex);
        double[][] values = new double[width][capacity];
        int rows = 0;
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = delimiter.split(line, -1);
            int count = fields.length;
            while (count > width && fields[count - 1].isBlank()) {
                count--;
            }
            if (count != width) {
                throw new RecordingFormatException(file, i + 1,
                        "expected " + width + " values (" + String.join(", ", names) + "), found " + count);
            }
            for (int c = 0; c < width; c++) {
                values[c][rows] = cell.parse(file, i + 1, c, names.get(c), fields[c].strip());
            }
            rows++;
        }
        if (rows == 0) {
            throw new RecordingFormatException(file, headerIndex + 1, "the header is not followed by any data row");
        }
        for (int c = 0; c < width; c++) {
            values[c] = Arrays.copyOf(values[c], rows);
        }
        return new DelimitedTable(names, values, rows);
    }

    /** Parses a plain decimal number; NaN and infinities are refused. */
    static double number(Path file, int line, String column, String text) throws RecordingFormatException {
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the file, line and column
        }
        throw new RecordingFormatException(file, line, "column '" + column + "': '" + text + "' is not a number");
    }

    int rows() {
        return rows;
    }

    List<String> names() {
        return names;
    }

    /** The column named {@code name}, or a format error naming what the header has instead. */
    double[] column(Path file, int headerLine, String name) throws RecordingFormatException {
        requireColumns(file, headerLine, names, name);
        return values[names.indexOf(name)];
    }

    /** All columns but the first (time), by name, in file order. */
    Map<String, double[]> columnsAfterFirst() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 1; c < names.size(); c++) {
            columns.put(names.get(c), values[c]);
        }
        return columns;
    }

    /** All columns by name, in file order. */
    Map<String, double[]> allColumns() {
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            columns.put(names.get(c), values[c]);
        }
        return columns;
    }

    /** Parses one cell. */
    @FunctionalInterface
    interface CellParser {
        double parse(Path file, int line, int columnIndex, String columnName, String text)
                throws RecordingFormatException;
    }
}
