/**
 * Uncalibrated boards for calibrating against a known truth without hardware: load cells with true gains, offsets,
 * noise and drift ({@link dev.stork.calibration.sim.UncalibratedCells}, usable as a decorator of any simulated
 * plate in newtons), a known mass placed on a plate ({@link dev.stork.calibration.sim.PlacedMassPlate}) and an
 * IMU with true bias, offset, scale and mounting ({@link dev.stork.calibration.sim.UncalibratedImu}).
 * {@code stork calibrate --source sim} runs on these.
 */
package dev.stork.calibration.sim;
