package dev.stork.signal.stance;

/**
 * Time to stabilisation of a hold: the time from the hold's start until the smoothed speed of the balance signal
 * (COP speed in m/s, or tilt rate in rad/s) first falls below a threshold and then stays below it for a given
 * time. The speed is smoothed with a first-order exponential average so single noisy samples do not count.
 * Allocation-free; single-threaded.
 */
final class StabilisationTimer {
    private static final long NONE = Long.MIN_VALUE;
    private final double thresholdPerS;
    private final long stableForNanos;
    private final double smoothingTauS;

    private long holdStartNanos = NONE;
    private long belowSinceNanos = NONE;
    private long stableAtNanos = NONE;
    private double smoothedSpeed;
    private boolean primed;

    StabilisationTimer(double thresholdPerS, double stableForS, double smoothingTauS) {
        this.thresholdPerS = thresholdPerS;
        this.stableForNanos = Math.round(stableForS * 1e9);
        this.smoothingTauS = smoothingTauS;
    }

    /** Starts timing a hold that began at {@code startNanos}. */
    void start(long startNanos) {
        holdStartNanos = startNanos;
        belowSinceNanos = NONE;
        stableAtNanos = NONE;
        primed = false;
    }

    /** Feeds the speed of one sample taken {@code dtS} after the previous one. */
    void update(long timeNanos, double speedPerS, double dtS) {
        if (holdStartNanos == NONE || stableAtNanos != NONE) {
            return;
        }
        if (!primed) {
            smoothedSpeed = speedPerS;
            primed = true;
        } else {
            double alpha = dtS / (smoothingTauS + dtS);
            smoothedSpeed += alpha * (speedPerS - smoothedSpeed);
        }
        if (smoothedSpeed < thresholdPerS) {
            if (belowSinceNanos == NONE) {
                belowSinceNanos = timeNanos;
            }
            if (timeNanos - belowSinceNanos >= stableForNanos) {
                stableAtNanos = belowSinceNanos;
            }
        } else {
            belowSinceNanos = NONE;
        }
    }

    /** Seconds from the hold's start to stabilisation, NaN while not (yet) stable. */
    double timeToStabilisationS() {
        if (stableAtNanos == NONE) {
            return Double.NaN;
        }
        return Math.max(0, stableAtNanos - holdStartNanos) * 1e-9;
    }

    void reset() {
        holdStartNanos = NONE;
        belowSinceNanos = NONE;
        stableAtNanos = NONE;
        primed = false;
    }
}
