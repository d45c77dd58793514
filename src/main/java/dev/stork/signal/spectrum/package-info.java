/**
 * Power spectral density estimation with scipy's semantics: Welch's averaged periodogram ({@link
 * dev.stork.signal.spectrum.Welch}), Hann windows and the discrete Fourier transform of a
 * zero-padded segment ({@link dev.stork.signal.spectrum.SegmentDft}: JTransforms' mixed radix where N factors into 2, 3 and 5, a
 * chirp-z transform of just the needed bins otherwise). Designs at construction; estimates write into caller arrays.
 */
package dev.stork.signal.spectrum;
