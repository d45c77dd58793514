/**
 * Whole-trial centre-of-pressure features: the 72 descriptors of Quijoux et al. (2021), "A review of center of
 * pressure (COP) variables to quantify standing balance in elderly people: algorithms and open-access code",
 * Physiological Reports 9:e15067, computed as the authors' reference code does (public repository
 * Jythen/code_descriptors_postural_control, MIT). {@link dev.stork.signal.features.QuijouxFeatures} is the entry
 * point; {@link dev.stork.signal.features.StabilogramPreprocessor} prepares the signal (centre, SWARII to 25 Hz,
 * 10 Hz zero-phase low-pass) and one class per family computes positional, dynamic, sway-density, frequency and
 * diffusion features. Runs once on a finished trial's buffer, not per sample.
 */
package dev.stork.signal.features;
