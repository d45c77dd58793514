/**
 * The signal core: centre of pressure and tilt, filters, resampling, orientation, sway metrics and stance/hold
 * detection. Depends on nothing of Stork but its own types, so it runs the same live and on recordings.
 */
package dev.stork.signal;
