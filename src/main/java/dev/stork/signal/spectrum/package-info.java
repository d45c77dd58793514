/**
 * Power spectral density estimation with scipy's semantics: Welch's averaged periodogram ({@link
 * dev.stork.signal.spectrum.Welch}), Hann windows and a discrete Fourier transform for any length
 * ({@link dev.stork.signal.spectrum.BluesteinDft}). Designs at construction; estimates write into caller arrays.
 */
package dev.stork.signal.spectrum;
