package dev.stork.web.session;

import dev.stork.sensor.SampleSource;
import dev.stork.training.PrescribedTrial;

/**
 * Where a trial's samples come from: the seam between the session driver and a board. The driver calls
 * {@link #forTrial} on a request thread, runs the returned source on its own acquisition thread and stops it when
 * the trial ends. A real board's factory would hand out a source on the open device; the simulation scripts a
 * person doing the prescribed trial.
 */
public interface TrialSourceFactory {

    /** The {@code --source} word, e.g. "sim". */
    String kind();

    /** Nominal sample rate of the sources handed out, Hz. */
    double rateHz();

    /**
     * A source for one attempt at {@code trial}, in newtons.
     *
     * @param attempt counts the attempts of this session from 0, so repeated trials differ
     */
    SampleSource forTrial(PrescribedTrial trial, int attempt);
}
