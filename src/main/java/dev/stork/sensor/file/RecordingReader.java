package dev.stork.sensor.file;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a recording file of any {@link RecordingFormat}, detecting the format from the file's first lines unless
 * one is forced.
 */
public final class RecordingReader {
    private RecordingReader() {
    }

    /**
     * Reads {@code file}, detecting its format.
     *
     * @throws RecordingFormatException when the file cannot be read, its format is not recognised, or a line is
     *                                  malformed; the message names the file, the line and the problem
     */
    public static Recording read(Path file) throws RecordingFormatException {
        return read(file, null);
    }

    /**
     * Reads {@code file} as {@code format}, or detects the format when {@code format} is null.
     *
     * @throws RecordingFormatException as {@link #read(Path)}
     */
    public static Recording read(Path file, RecordingFormat format) throws RecordingFormatException {
        List<String> lines = lines(file);
        int first = firstContentLine(lines);
        if (first < 0) {
            throw new RecordingFormatException(file, 0, "the file is empty");
        }
        RecordingFormat chosen = format != null ? format : detect(file, lines, first);
        switch (chosen) {
            case BDS:
                return LabTableFormat.read(file, lines, first, chosen, "COPx[cm]", "COPy[cm]", "Fz[N]");
            case PDS:
                return LabTableFormat.read(file, lines, first, chosen, "COPNET_X", "COPNET_Z", "GRFNET_Y");
            case AMTI:
                return AmtiFormat.read(file, lines);
            case PHONE_IMU:
                return PhoneImuFormat.read(file, lines, first);
            case STORK_PLATE:
            case STORK_IMU:
                return StorkCsvFormat.read(file, lines, format);
            default:
                throw new IllegalStateException("no reader for " + chosen);
        }
    }

    /** Mean rate of increasing timestamps, (n - 1) / (last - first), or a format error when it has none. */
    static double meanRateHz(Path file, double[] timeS) throws RecordingFormatException {
        int n = timeS.length;
        double span = n > 1 ? timeS[n - 1] - timeS[0] : 0;
        if (!(span > 0)) {
            throw new RecordingFormatException(file, 0,
                    "cannot tell the sample rate: need at least two samples with increasing time");
        }
        return (n - 1) / span;
    }

    private static RecordingFormat detect(Path file, List<String> lines, int first) throws RecordingFormatException {
        String line = lines.get(first);
        if (LabTableFormat.looksLikeBds(line)) {
            return RecordingFormat.BDS;
        }
        if (LabTableFormat.looksLikePds(line)) {
            return RecordingFormat.PDS;
        }
        if (AmtiFormat.looksLikeAmti(line)) {
            return RecordingFormat.AMTI;
        }
        if (PhoneImuFormat.looksLikePhoneImu(line)) {
            return RecordingFormat.PHONE_IMU;
        }
        if (line.strip().startsWith("#") || StorkCsvFormat.looksLikePlate(line) || StorkCsvFormat.looksLikeImu(line)) {
            return StorkCsvFormat.looksLikeImu(firstNonComment(lines)) ? RecordingFormat.STORK_IMU
                    : RecordingFormat.STORK_PLATE;
        }
        String shown = line.length() > 80 ? line.substring(0, 80) + "..." : line;
        throw new RecordingFormatException(file, first + 1, "unrecognised recording format (first line '" + shown
                + "'); name it with --input (bds, pds, amti, phone-imu, stork-plate, stork-imu)");
    }

    private static String firstNonComment(List<String> lines) {
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                return stripped;
            }
        }
        return "";
    }

    private static int firstContentLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> lines(Path file) throws RecordingFormatException {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (NoSuchFileException e) {
            throw new RecordingFormatException(file, 0, "no such file");
        } catch (MalformedInputException e) {
            throw new RecordingFormatException(file, 0, "not a text file (invalid UTF-8)");
        } catch (IOException e) {
            throw new RecordingFormatException(file, 0, "cannot be read: " + e.getMessage());
        }
    }
}
