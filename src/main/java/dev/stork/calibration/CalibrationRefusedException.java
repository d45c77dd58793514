package dev.stork.calibration;

/** A calibration step refused its data, with the reason written for the person calibrating. */
public final class CalibrationRefusedException extends Exception {
    /** @param reason what is wrong and, where possible, what to do about it */
    public CalibrationRefusedException(String reason) {
        super(reason);
    }
}
