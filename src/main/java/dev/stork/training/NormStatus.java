package dev.stork.training;

/**
 * How well a published norm was checked (the tags of {@code reference-data/norms.md}). Values from memory ([M])
 * have no status here because Stork never uses them.
 */
public enum NormStatus {
    /** [V]: read in a primary or authoritative text. */
    VERIFIED("[V]"),
    /** [S]: from a secondary source quoting the paper; shown to the user as approximate. */
    SECONDARY("[S]");

    private final String tag;

    NormStatus(String tag) {
        this.tag = tag;
    }

    /** "[V]" or "[S]". */
    public String tag() {
        return tag;
    }
}
