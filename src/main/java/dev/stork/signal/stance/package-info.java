/**
 * Streaming stance and hold detection: {@link dev.stork.signal.stance.PlateStanceDetector} follows a person on a
 * force plate from an empty board to two-leg and single-leg stance, {@link dev.stork.signal.stance.WobbleHoldDetector}
 * follows a wobble board between its edge contacts. Both take one sample at a time, allocate nothing per sample and
 * report to a {@link dev.stork.signal.stance.StanceListener} with primitive arguments, so the same detector object
 * runs live and on a replayed recording.
 */
package dev.stork.signal.stance;
