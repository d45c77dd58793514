package dev.stork.sensor.file;

import java.nio.file.Path;

/** A recording file that cannot be read as its format says; the message names the file, the line and the problem. */
public final class RecordingFormatException extends Exception {
    private final Path file;
    private final int line;

    /**
     * @param file    the file being read
     * @param line    1-based line number of the problem, or 0 when it concerns the whole file
     * @param problem what is wrong, in words a user can act on
     */
    public RecordingFormatException(Path file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    /** The file that could not be read. */
    public Path file() {
        return file;
    }

    /** 1-based line number of the problem, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
