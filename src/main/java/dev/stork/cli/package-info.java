/**
 * The terminal commands ({@code analyze}, {@code simulate}, {@code demo}, {@code calibrate}, ...); they read published
 * state only, or, like {@code calibrate}, render the snapshots of a lower layer's engine
 * ({@link dev.stork.calibration.flow.CalibrationRun}) and send it the person's answers.
 */
package dev.stork.cli;
