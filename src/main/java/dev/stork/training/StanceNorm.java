package dev.stork.training;

/**
 * A published single-leg stance time for an age group.
 *
 * @param seconds   the norm, seconds
 * @param status    how well it was checked
 * @param statistic what the number is, e.g. "mean" or "best of 3"
 * @param group     the group it describes, e.g. "women 18-39"
 * @param source    short citation
 */
public record StanceNorm(double seconds, NormStatus status, String statistic, String group, String source) {
    /** Whether the user must be told the value is approximate. */
    public boolean approximate() {
        return status != NormStatus.VERIFIED;
    }

    /** e.g. "27.0 s (mean, ages 60-69; Bohannon 2006 [V])" or "about 13.1 s (...; approximate) ". */
    public String words() {
        return (approximate() ? "about " : "") + String.format(java.util.Locale.ROOT, "%.1f s", seconds) + " ("
                + statistic + ", " + group + "; " + source + " " + status.tag()
                + (approximate() ? ", approximate: secondary source" : "") + ")";
    }
}
