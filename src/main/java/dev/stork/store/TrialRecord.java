package dev.stork.store;

import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import java.nio.file.Path;
import java.util.List;

/**
 * A finished trial to save.
 *
 * @param sessionId     the session it belongs to
 * @param outcome       its result
 * @param score         its score
 * @param events        what happened during it, in time order
 * @param rawRecording  the trial's raw recording, a finished Stork CSV file (plate or IMU) written by
 *                      {@code StorkCsvWriter}, or null when there is none (off-board exercises). The store reads it
 *                      on its writer thread and keeps it gzip-compressed; the caller may delete it once the save
 *                      has completed.
 */
public record TrialRecord(long sessionId, TrialOutcome outcome, TrialScore score, List<TrialEvent> events,
                          Path rawRecording) {
    public TrialRecord {
        if (outcome == null || score == null) {
            throw new IllegalArgumentException("a trial record needs its outcome and score");
        }
        events = events == null ? List.of() : List.copyOf(events);
    }
}
