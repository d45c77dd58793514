package dev.stork.sensor.file;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a smartphone IMU CSV: {@code Timestamp,AccelX,AccelY,AccelZ,GyroX,GyroY,GyroZ,QuatW,QuatX,QuatY,QuatZ},
 * timestamps {@code yyyy-MM-dd HH:mm:ss.SSS}, acceleration in g (gravity included), angular rate in rad/s and the
 * phone's orientation quaternion. Values stay in the file's units.
 */
final class PhoneImuFormat {
    static final String TIMESTAMP = "Timestamp";
    private static final Pattern COMMA = Pattern.compile(",");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final String[] REQUIRED = {"AccelX", "AccelY", "AccelZ", "GyroX", "GyroY", "GyroZ"};

    private PhoneImuFormat() {
    }

    static boolean looksLikePhoneImu(String firstLine) {
        return firstLine.startsWith(TIMESTAMP + ",AccelX");
    }

    static Recording read(Path file, List<String> lines, int headerIndex) throws RecordingFormatException {
        List<String> header = DelimitedTable.headerNames(lines.get(headerIndex), COMMA);
        if (header.isEmpty() || !header.get(0).equals(TIMESTAMP)) {
            throw new RecordingFormatException(file, headerIndex + 1, "the first column must be '" + TIMESTAMP + "'");
        }
        DelimitedTable.requireColumns(file, headerIndex + 1, header, REQUIRED);
        LocalDateTime[] first = new LocalDateTime[1];
        DelimitedTable table = DelimitedTable.parse(file, lines, headerIndex, COMMA,
                (f, line, index, column, text) -> index == 0
                        ? secondsSinceFirst(f, line, text, first)
                        : DelimitedTable.number(f, line, column, text));
        double[] time = table.column(file, headerIndex + 1, TIMESTAMP);
        return new Recording(file, RecordingFormat.PHONE_IMU, RecordingReader.meanRateHz(file, time), time,
                table.columnsAfterFirst(), Map.of(), 0);
    }

    private static double secondsSinceFirst(Path file, int line, String text, LocalDateTime[] first)
            throws RecordingFormatException {
        LocalDateTime stamp;
        try {
            stamp = LocalDateTime.parse(text, STAMP);
        } catch (DateTimeParseException e) {
            throw new RecordingFormatException(file, line,
                    "timestamp '" + text + "' is not of the form yyyy-MM-dd HH:mm:ss.SSS");
        }
        if (first[0] == null) {
            first[0] = stamp;
        }
        return first[0].until(stamp, ChronoUnit.MICROS) / 1e6;
    }
}
