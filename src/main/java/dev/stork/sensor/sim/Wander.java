package dev.stork.sensor.sim;

import java.util.Random;

/**
 * A slow random wander of unit standard deviation: an Ornstein-Uhlenbeck process with a time constant, stepped
 * exactly ({@code x = a x + sqrt(1 - a^2) n}, {@code a = exp(-dt / tau)}) so its statistics do not depend on the
 * sample rate. Used for the wavering of a hand on a chair. Single-threaded; allocates nothing after construction.
 */
final class Wander {
    private final Random random;
    private final double keep;
    private final double kick;
    private double x;

    /**
     * @param random          the session's random source
     * @param timeConstantS   how long the wander remembers, s
     * @param dtS             time between steps, s
     */
    Wander(Random random, double timeConstantS, double dtS) {
        this.random = random;
        this.keep = Math.exp(-dtS / timeConstantS);
        this.kick = Math.sqrt(1 - keep * keep);
    }

    /** Advances one step; returns the new value (standard deviation 1). */
    double step() {
        x = keep * x + kick * random.nextGaussian();
        return x;
    }
}
