/**
 * Live sessions that follow a person's plan: for each prescribed trial the instructions, a countdown once the person
 * stands on both legs, the automatically started hold, the pain question and the rest; each finished trial is scored
 * and committed through the store's writer before the next starts, and at the end the per-leg comparison and the
 * progression decision are stored. The terminal and the dashboard read an immutable {@link dev.stork.session.SessionState}
 * and send {@link dev.stork.session.SessionCommand}s; they never touch the board. A session runs on a simulated
 * person ({@link dev.stork.session.SimulatedTrialBoard}) or on a real plate kept open for the whole session
 * ({@link dev.stork.board.LiveTrialBoard}).
 */
package dev.stork.session;
