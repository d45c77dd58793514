/**
 * A live board kept running for as long as it is used. {@link dev.stork.board.BoardFeed} opens the board named by a
 * {@code --source} spec once, waits for it to identify itself, calibrates it with its own profile, puts an
 * irregular board on a regular rate and keeps its {@link dev.stork.board.BoardHealth} for a status display;
 * {@code stork run} reads it directly. {@link dev.stork.board.TrialBoard} is the board a session runs its trials on,
 * and {@link dev.stork.board.LiveTrialBoard} a real plate held open for a whole session, handing each trial, or a
 * calibration between trials, a view of the running board.
 */
package dev.stork.board;
