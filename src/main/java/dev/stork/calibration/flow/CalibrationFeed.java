package dev.stork.calibration.flow;

import dev.stork.sensor.SampleSource;

/**
 * Where a calibration's raw samples come from, who does what each step asks, and who takes up the new profile.
 *
 * @param source    the board, not yet running; the calibration runs and closes it
 * @param helper    a simulated helper, or {@link StepHelper#PERSON} on a real board
 * @param spec      the {@code --source} spec it was opened from, for messages
 * @param afterSave run on the calibration's acquisition thread once the new profile is saved, before the
 *                  calibration reports it done: a board held open elsewhere (the dashboard's) reloads its profile
 *                  here. An exception it throws (with the reason) fails the calibration, the profile staying saved.
 */
public record CalibrationFeed(SampleSource source, StepHelper helper, String spec, Runnable afterSave) {
    private static final Runnable NOTHING = () -> {
        // A board the calibration opened itself is closed after it: nobody else holds it.
    };

    /** A feed whose board nobody else holds: nothing to tell after the save. */
    public CalibrationFeed(SampleSource source, StepHelper helper, String spec) {
        this(source, helper, spec, NOTHING);
    }

    /** Whether the steps are done by a simulated helper rather than by a person. */
    public boolean simulated() {
        return helper != StepHelper.PERSON;
    }
}
