/**
 * One calibration flow for every front end and every board: {@link dev.stork.calibration.flow.CalibrationRun} runs
 * a guided procedure over a feed of raw samples on its own acquisition thread, takes the person's "go on" and
 * "cancel" from any thread and publishes immutable {@link dev.stork.calibration.flow.CalibrationSnapshot}s for the
 * terminal ({@code stork calibrate}) and the dashboard's wizard. {@link dev.stork.calibration.flow.CalibrationFeeds}
 * is the seam from a {@code --source} spec to a feed: a simulated uncalibrated board whose simulated helper does
 * what each step asks, or a real board (serial plate, NAU7802 plate, Wii Balance Board, MPU-6050 or LSM6DSOX) on
 * which the person does it.
 *
 * <p>Depends on {@code dev.stork.calibration}, its simulations and {@code dev.stork.sensor}.
 */
package dev.stork.calibration.flow;
