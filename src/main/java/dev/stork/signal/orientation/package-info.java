/**
 * Orientation from an IMU: {@link dev.stork.signal.orientation.Quaternion} (with primitive helpers for per-sample
 * code), an {@link dev.stork.signal.orientation.OrientationFilter} fed one accelerometer and gyroscope sample at a
 * time, and the wobble board's tilt relative to its level mounting.
 *
 * <p>Frames: a quaternion q = (w, x, y, z) rotates a vector from the sensor frame into the earth frame, whose z axis
 * points up: v_earth = R(q) v_sensor, R's first row (1 - 2(y² + z²), 2(xy - wz), 2(xz + wy)). Roll and pitch are
 * the usual z-y-x (yaw, pitch, roll) angles of that rotation. Angles are in radians; degrees belong at the edges.
 */
package dev.stork.signal.orientation;
