/**
 * Digital filter design and whole-array filtering: Butterworth coefficients identical to scipy's {@code butter},
 * zero-phase forward-backward filtering with scipy- or MATLAB-style edge handling, and Savitzky-Golay smoothing
 * and differentiation. Everything designs at construction; filtering writes into arrays the caller owns.
 */
package dev.stork.signal.filter;
