/**
 * Stork's storage: one SQLite database ({@code stork.db}) in a data directory, with versioned migrations, holding
 * people, plans, sessions, trials with their scores, events and raw recordings, and progression decisions; and the
 * export of it all to CSV or JSON.
 *
 * <p>All writes go through one writer thread owned by {@link dev.stork.store.Store}; each finished trial is
 * committed at once in its own transaction (WAL journal, {@code synchronous=FULL}), so a crash loses at most the
 * trial being written. Callers on the acquisition thread use {@link dev.stork.store.Store#submitTrial} and never
 * block; other threads may call the blocking methods.
 */
package dev.stork.store;
