/**
 * Sway metrics updated one sample at a time while a person stands on the board, without re-scanning the signal:
 * {@link dev.stork.signal.live.LiveSwayMetrics}. Whole-trial metrics that need the full signal live elsewhere and
 * run once at trial end.
 */
package dev.stork.signal.live;
