package dev.stork.calibration.flow;

import dev.stork.sensor.SampleSource;

/**
 * Where a calibration's raw samples come from, and who does what each step asks.
 *
 * @param source    the board, not yet running; the calibration runs and closes it
 * @param helper    a simulated helper, or {@link StepHelper#PERSON} on a real board
 * @param spec      the {@code --source} spec it was opened from, for messages
 */
public record CalibrationFeed(SampleSource source, StepHelper helper, String spec) {

    /** Whether the steps are done by a simulated helper rather than by a person. */
    public boolean simulated() {
        return helper != StepHelper.PERSON;
    }
}
