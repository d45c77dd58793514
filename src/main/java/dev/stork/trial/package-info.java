/**
 * One exercise attempt live: the pipelines that run on the acquisition thread (COP or tilt, causal filter, live
 * sway, stance detector) without allocating per sample, the snapshots they publish for the terminal and the
 * dashboard about 30 times a second, the {@link dev.stork.trial.TrialResult} of every hold, and
 * {@link dev.stork.trial.HoldFinder}, which replays a recording through the same pipeline.
 */
package dev.stork.trial;
