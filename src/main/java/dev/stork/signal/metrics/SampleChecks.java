package dev.stork.signal.metrics;

/** Argument checks shared by the metrics: a bad buffer or rate is a programming mistake, reported clearly. */
final class SampleChecks {
    private SampleChecks() {
    }

    static void requirePair(double[] first, double[] second, int count, int minimum) {
        if (count < minimum) {
            throw new IllegalArgumentException("need at least " + minimum + " samples, got " + count);
        }
        if (first.length < count || second.length < count) {
            throw new IllegalArgumentException("count " + count + " exceeds the buffers (" + first.length + ", "
                    + second.length + " samples)");
        }
    }

    static void requireRate(double rateHz) {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("sample rate must be finite and > 0 Hz, got " + rateHz);
        }
    }
}
