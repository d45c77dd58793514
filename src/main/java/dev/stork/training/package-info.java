/**
 * The training half of Stork: the exercise catalogue, scoring of finished trials, left-versus-right comparison,
 * the single-leg stance test, progression rules and the plan a session follows.
 *
 * <p>This package sees only trial <em>results</em> ({@link dev.stork.training.TrialOutcome}), never the live
 * pipeline. Everything here is immutable and side-effect free, so any thread may call it; none of it runs on the
 * acquisition thread. Norms carry their evidence status from {@code reference-data/norms.md}: [V] verified in a
 * primary or authoritative text, [S] secondary source (shown to the user as approximate); [M] values are never
 * used. The formulas are documented in {@code docs/training.md}.
 */
package dev.stork.training;
