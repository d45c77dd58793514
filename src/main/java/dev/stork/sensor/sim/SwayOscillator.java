package dev.stork.sensor.sim;

import java.util.Random;

/**
 * Postural sway along one axis as a damped oscillator driven by white noise, the linearised inverted pendulum
 * under feedback control: {@code x'' = -w^2 x - 2 zeta w x' + noise}. Its stationary standard deviation is set
 * directly; the noise intensity that gives it is {@code q = 4 zeta w^3 sigma^2}. Stepped once per sample.
 */
final class SwayOscillator {
    private static final double DAMPING_RATIO = 0.35;
    private final Random random;
    private double x;
    private double v;

    SwayOscillator(Random random) {
        this.random = random;
    }

    /** Advances by {@code dtS} with natural frequency {@code frequencyHz} and stationary sd {@code sigma}. */
    double step(double dtS, double frequencyHz, double sigma) {
        double w = 2 * Math.PI * frequencyHz;
        double q = 4 * DAMPING_RATIO * w * w * w * sigma * sigma;
        v += (-w * w * x - 2 * DAMPING_RATIO * w * v) * dtS + Math.sqrt(q * dtS) * random.nextGaussian();
        x += v * dtS;
        return x;
    }

    double value() {
        return x;
    }
}
