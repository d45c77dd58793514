/**
 * Resampling of irregularly timed samples onto a uniform grid: {@link dev.stork.signal.resample.Swarii}, the
 * sliding-window weighted-average interpolation of Saini et al. (2014).
 */
package dev.stork.signal.resample;
