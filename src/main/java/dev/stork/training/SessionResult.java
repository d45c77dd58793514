package dev.stork.training;

import java.time.Instant;
import java.util.List;

/**
 * The scored trials of one session, in the order done.
 *
 * @param startedAt when the session started
 * @param trials    its trials, any exercises
 */
public record SessionResult(Instant startedAt, List<ScoredTrial> trials) {
    public SessionResult {
        trials = List.copyOf(trials);
    }
}
