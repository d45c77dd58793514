package dev.stork.trial;

import dev.stork.sensor.file.RecordingFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link RecordingAnalysis} found in a recording.
 *
 * @param file      the recording
 * @param format    its format
 * @param samples   samples analysed, dropout rows included
 * @param rateHz    sample rate, Hz
 * @param durationS samples / rate, s
 * @param dropouts  rows the plate lost (skipped)
 * @param dataGaps  pauses of more than 100 ms between two consecutive samples' times ({@link DataGaps}): data the
 *                  recording does not have, never bridged (a hold running into one ends there)
 * @param dataGapS  time without data over those pauses, s
 * @param metrics   metric name to value, in the units of the reference tables (cm, cm², cm/s, Hz)
 * @param holds     single-leg holds, in time order; times on the recording's own clock
 * @param notes     metric families that could not be computed and why, and other remarks
 */
public record RecordingReport(Path file, RecordingFormat format, int samples, double rateHz, double durationS,
                              int dropouts, long dataGaps, double dataGapS, Map<String, Double> metrics,
                              List<TrialResult> holds, List<String> notes) {
}
