/**
 * Whole-trial sway metrics that run once at the end of a trial on its buffered centre-of-pressure or IMU signal:
 * the three metrics published with the BDS and PDS balance data sets (95 % prediction ellipse area, mean COP
 * velocity, mean frequency) and the IMU static stability of the Gait&amp;Balance app.
 *
 * <p>Inputs are primitive arrays the caller owns and keeps; nothing here holds on to them. Lengths are in metres and
 * results in SI units (m², m/s, Hz); the formulas are homogeneous, so centimetre input gives cm² and cm/s.
 */
package dev.stork.signal.metrics;
