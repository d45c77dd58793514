/**
 * The dashboard: a Javalin server in the acquisition process that serves a single-page app (live trial, session,
 * history, sensor health), pushes the live state by Server-Sent Events about 30 times a second and takes commands
 * (start, pause, skip, stop, pain report) as token-checked POSTs. It reads only immutable snapshots of a
 * {@link dev.stork.web.DashboardSession}; it never touches a driver or the pipeline's mutable state. The calibration
 * wizard ({@link dev.stork.web.CalibrationWizard}, routes in {@code CalibrationHandlers}) likewise reads the
 * snapshots of a {@link dev.stork.calibration.flow.CalibrationRun} and sends it "go on" and "cancel".
 */
package dev.stork.web;
