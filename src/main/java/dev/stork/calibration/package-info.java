/**
 * Plate and IMU calibration: what a person can do at home with a known mass and a level floor.
 *
 * <p>Plate: {@link dev.stork.calibration.Tare} zeroes an empty, steady board; {@link dev.stork.calibration.GainFit}
 * fits each cell's gain and offset by least squares from one known mass placed at the centre and near each corner;
 * {@link dev.stork.calibration.PlateCalibrationStage} applies the active {@link dev.stork.calibration.PlateProfile}
 * live (counts or kg to newtons), zeroes an empty board automatically and warns when the empty reading drifts.
 * IMU: {@link dev.stork.calibration.ImuCalibration} finds the gyroscope bias, the accelerometer offset and scale from
 * six orientations and the mounting rotation. Profiles are versioned JSON files ({@link dev.stork.calibration.ProfileCodec},
 * {@link dev.stork.calibration.ProfileDirectory}); the guided flows are step machines
 * ({@link dev.stork.calibration.PlateCalibrationProcedure}, {@link dev.stork.calibration.ImuCalibrationProcedure})
 * that {@code dev.stork.calibration.flow} runs over a board for the terminal and the dashboard.
 *
 * <p>Depends on {@code dev.stork.sensor} and Commons Math only.
 */
package dev.stork.calibration;
