package dev.stork.store;

import java.time.Instant;

/**
 * A session as kept in the store.
 *
 * @param id        session id
 * @param personId  whose it is
 * @param startedAt when it started
 * @param endedAt   when it ended, or null while open (or when the app stopped mid-session)
 */
public record SessionRecord(long id, long personId, Instant startedAt, Instant endedAt) {
}
