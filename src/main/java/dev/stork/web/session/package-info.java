/**
 * The dashboard's side of a live session: {@link dev.stork.web.session.RunnerSession} runs the shared
 * {@link dev.stork.session.SessionRunner} (the engine of {@code stork demo}) on a session thread of its own, turns
 * the dashboard's commands into {@link dev.stork.session.SessionCommand}s and its state into
 * {@link dev.stork.web.SessionView}s; the board's samples are counted on their way for the sensor screen.
 */
package dev.stork.web.session;
