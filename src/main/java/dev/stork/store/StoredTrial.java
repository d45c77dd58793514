package dev.stork.store;

import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import java.util.List;

/**
 * A trial as read back from the store.
 *
 * @param id           trial id
 * @param sessionId    its session
 * @param personId     whose it is
 * @param outcome      its result
 * @param score        its score
 * @param events       what happened during it
 * @param hasRecording whether its raw recording is kept
 */
public record StoredTrial(long id, long sessionId, long personId, TrialOutcome outcome, TrialScore score,
                          List<TrialEvent> events, boolean hasRecording) {
}
