/**
 * A minimal session driver for the dashboard: today's plan, trial by trial, through the live
 * {@link dev.stork.trial.PlatePipeline}, scored and saved in the {@link dev.stork.store.Store}. It stands in until a
 * shared live session runner exists and is built to be replaced: the dashboard sees only
 * {@link dev.stork.web.DashboardSession}. Where samples come from is a {@link dev.stork.web.session.TrialSourceFactory}
 * (simulation here; a real board behind the same seam).
 */
package dev.stork.web.session;
