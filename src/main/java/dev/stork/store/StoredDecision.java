package dev.stork.store;

import dev.stork.training.Decision;
import java.time.Instant;

/**
 * A progression decision as kept in the store.
 *
 * @param id        decision id
 * @param personId  whose it is
 * @param sessionId the session after which it was made, or 0 when none
 * @param decision  the decision with its sentence
 * @param decidedAt when it was made
 */
public record StoredDecision(long id, long personId, long sessionId, Decision decision, Instant decidedAt) {
}
