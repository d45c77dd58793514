package dev.stork.sensor.file;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes a recording in {@link StorkCsvFormat}. Rows go to {@code FILE.part}; {@link #close()} moves it to
 * {@code FILE} atomically, so a reader never sees a half-written recording under the final name.
 *
 * <p>Not thread-safe: one writer thread per file.
 */
public final class StorkCsvWriter implements Closeable {
    private static final double[] POWERS = {1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private final Path target;
    private final Path partial;
    private final BufferedWriter out;
    private final StringBuilder row = new StringBuilder(96);
    private final int columns;
    private boolean closed;
    private boolean anyRow;
    private double lastTimeS;
    private long lastMicros;

    private StorkCsvWriter(Path target, Map<String, String> metadata, String header, int columns) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        this.columns = columns;
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> entry : metadata.entrySet()) {
            String key = entry.getKey();
            String value = entry.getValue();
            if (key.isEmpty() || key.contains("=") || key.contains("\n") || value.contains("\n")) {
                throw new IllegalArgumentException("metadata entry '" + key + "=" + value + "' cannot be written as "
                        + "one '# key=value' line");
            }
            out.write("# " + key + "=" + value);
            out.newLine();
        }
        out.write(header);
        out.newLine();
    }

    /** Starts a plate recording: time and four cell forces in newtons. */
    public static StorkCsvWriter plate(Path file, Map<String, String> metadata) throws IOException {
        return new StorkCsvWriter(file, metadata, StorkCsvFormat.PLATE_HEADER, 5);
    }

    /** Starts an IMU recording: time, acceleration in m/s² and angular rate in rad/s. */
    public static StorkCsvWriter imu(Path file, Map<String, String> metadata) throws IOException {
        return new StorkCsvWriter(file, metadata, StorkCsvFormat.IMU_HEADER, 7);
    }

    /**
     * Appends one plate row; time to the microsecond, forces to 0.1 mN. Times must increase; a time less than a
     * microsecond after the previous one (a burst of samples that a device clock mapping kept in order by
     * nanoseconds) is written 1 µs after it, so that the file reads back.
     *
     * @throws IllegalArgumentException when {@code timeS} is not after the previous row's time
     */
    public void plateRow(double timeS, double topLeftN, double topRightN, double bottomLeftN, double bottomRightN)
            throws IOException {
        requireColumns(5);
        row.setLength(0);
        appendTime(timeS);
        appendFixed(row.append(','), topLeftN, 4);
        appendFixed(row.append(','), topRightN, 4);
        appendFixed(row.append(','), bottomLeftN, 4);
        appendFixed(row.append(','), bottomRightN, 4);
        out.append(row).append('\n');
    }

    /**
     * Appends one IMU row; time to the microsecond (increasing as for {@link #plateRow}), acceleration to
     * 1e-6 m/s², rate to 1e-7 rad/s.
     */
    public void imuRow(double timeS, double accelX, double accelY, double accelZ, double gyroX, double gyroY,
                       double gyroZ) throws IOException {
        requireColumns(7);
        row.setLength(0);
        appendTime(timeS);
        appendFixed(row.append(','), accelX, 6);
        appendFixed(row.append(','), accelY, 6);
        appendFixed(row.append(','), accelZ, 6);
        appendFixed(row.append(','), gyroX, 7);
        appendFixed(row.append(','), gyroY, 7);
        appendFixed(row.append(','), gyroZ, 7);
        out.append(row).append('\n');
    }

    /** Flushes and moves the finished file into place. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        out.close();
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private void requireColumns(int wanted) {
        if (columns != wanted) {
            throw new IllegalStateException("this writer was opened for " + (columns == 5 ? "plate" : "IMU")
                    + " rows");
        }
        if (closed) {
            throw new UncheckedIOException(new IOException("writer for " + target + " is closed"));
        }
    }

    private void appendTime(double timeS) {
        long micros = Math.round(timeS * 1e6);
        if (anyRow) {
            if (!(timeS > lastTimeS)) {
                throw new IllegalArgumentException("time must increase in " + target + ": " + timeS + " s after "
                        + lastTimeS + " s");
            }
            micros = Math.max(micros, lastMicros + 1);
        }
        anyRow = true;
        lastTimeS = timeS;
        lastMicros = micros;
        appendFixed(row, micros / 1e6, 6);
    }

    /** Appends {@code value} rounded to {@code decimals} places without the garbage of String.format. */
    static void appendFixed(StringBuilder to, double value, int decimals) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e12) {
            throw new IllegalArgumentException("cannot write " + value + " to a recording");
        }
        long scaled = Math.round(Math.abs(value) * POWERS[decimals]);
        if (value < 0 && scaled != 0) {
            to.append('-');
        }
        long whole = scaled / (long) POWERS[decimals];
        long fraction = scaled % (long) POWERS[decimals];
        to.append(whole);
        if (decimals > 0) {
            to.append('.');
            for (long p = (long) POWERS[decimals] / 10; p > fraction && p > 1; p /= 10) {
                to.append('0');
            }
            to.append(fraction);
        }
    }
}
