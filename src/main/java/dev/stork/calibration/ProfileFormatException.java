package dev.stork.calibration;

import java.nio.file.Path;

/** A calibration file that cannot be used: damaged, of another version, out of range or of another board. */
public final class ProfileFormatException extends Exception {
    private final transient Path file;
    private final String field;

    /**
     * @param file   the file read
     * @param field  the JSON field at fault (e.g. {@code gain_N_per_count[2]}), or empty for the whole file
     * @param reason what is wrong, for the person fixing it
     */
    public ProfileFormatException(Path file, String field, String reason) {
        super(file + (field.isEmpty() ? "" : ": field '" + field + "'") + ": " + reason);
        this.file = file;
        this.field = field;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** The JSON field at fault, empty when the file as a whole is unreadable. */
    public String field() {
        return field;
    }
}
