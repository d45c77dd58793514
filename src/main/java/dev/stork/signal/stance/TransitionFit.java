package dev.stork.signal.stance;

/**
 * Dates a transition between two levels of a stored series (the COP moving from the two-leg position to the stance
 * foot, the load falling at a step-off). The middle of a transition is clear in the data, its ends are not: the
 * last few percent of a weight shift are buried in sway. So a straight line is fitted by least squares to the
 * samples between two fractions of the way, and extended to the level where the transition begins ({@code onset})
 * or ends ({@code arrival}). Foot-off and touchdown are the ends of a load change, and the load of a foot starts
 * to change and stops changing at a finite rate, so the extended line meets the level at the instant itself
 * rather than where a threshold happened to be crossed. Allocation-free.
 */
final class TransitionFit {
    private TransitionFit() {
    }

    /**
     * The time at which a transition from level {@code from} to level {@code to} began or ended.
     *
     * @param ring     the samples
     * @param series   which series moves
     * @param firstSeq earliest sample the transition may involve
     * @param lastSeq  a sample at or after the transition's middle
     * @param from     level before the transition
     * @param to       level after it
     * @param lowQ     fraction of the way where the fitted part begins (0.2 to 0.4)
     * @param highQ    fraction of the way where it ends (0.6 to 0.9)
     * @param arrival  true for the instant the series reaches {@code to}, false for the instant it leaves {@code from}
     * @return the time of the nearest stored sample, ns
     */
    static long date(SampleRing ring, SampleRing.Series series, long firstSeq, long lastSeq, double from, double to,
                     double lowQ, double highQ, boolean arrival) {
        long first = Math.max(firstSeq, ring.oldest());
        long last = Math.min(lastSeq, ring.newest());
        double span = to - from;
        long low = first;
        for (long i = last; i >= first; i--) {
            if ((ring.value(series, i) - from) / span <= lowQ) {
                low = i;
                break;
            }
        }
        long high = last;
        for (long i = low; i <= last; i++) {
            if ((ring.value(series, i) - from) / span >= highQ) {
                high = i;
                break;
            }
        }
        long origin = ring.time(low);
        double n = 0;
        double sumT = 0;
        double sumV = 0;
        double sumTT = 0;
        double sumTV = 0;
        for (long i = low; i <= high; i++) {
            double t = (ring.time(i) - origin) * 1e-9;
            double v = ring.value(series, i);
            n++;
            sumT += t;
            sumV += v;
            sumTT += t * t;
            sumTV += t * v;
        }
        double denominator = n * sumTT - sumT * sumT;
        long fallback = arrival ? ring.time(high) : ring.time(low);
        if (n < 2 || denominator <= 0) {
            return fallback;
        }
        double slope = (n * sumTV - sumT * sumV) / denominator;
        if (!(slope * span > 0)) {
            return fallback;
        }
        double intercept = (sumV - slope * sumT) / n;
        double level = arrival ? to : from;
        long at = origin + Math.round((level - intercept) / slope * 1e9);
        long earliest = arrival ? ring.time(low) : ring.time(first);
        long latest = arrival ? ring.time(last) : ring.time(high);
        at = Math.max(earliest, Math.min(latest, at));
        return nearestSampleTime(ring, at);
    }

    private static long nearestSampleTime(SampleRing ring, long t) {
        long after = ring.firstAtOrAfter(t);
        if (after > ring.newest()) {
            return ring.time(ring.newest());
        }
        if (after == ring.oldest()) {
            return ring.time(after);
        }
        long before = ring.time(after - 1);
        long next = ring.time(after);
        return t - before <= next - t ? before : next;
    }
}
