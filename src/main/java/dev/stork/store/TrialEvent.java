package dev.stork.store;

/**
 * Something that happened during a trial, kept with it (e.g. "touchdown", "foot lifted", "sensor lost").
 *
 * @param timeS  seconds since the trial started
 * @param kind   short machine-readable kind, e.g. {@code touchdown}
 * @param detail free text, may be empty
 */
public record TrialEvent(double timeS, String kind, String detail) {
    public TrialEvent {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("trial event: kind is missing");
        }
        detail = detail == null ? "" : detail;
    }
}
