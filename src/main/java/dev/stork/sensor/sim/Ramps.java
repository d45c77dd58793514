package dev.stork.sensor.sim;

/** Smooth transitions of the simulated body between postures. */
final class Ramps {
    private Ramps() {
    }

    /** 0 before 0, 1 after 1, a smooth S-curve in between. */
    static double smoothstep(double u) {
        if (u <= 0) {
            return 0;
        }
        if (u >= 1) {
            return 1;
        }
        return u * u * (3 - 2 * u);
    }

    /** {@code limit * tanh(x / limit)}: about x when small, never beyond the limit (a foot's edge, a board rim). */
    static double softLimit(double x, double limit) {
        return limit * Math.tanh(x / limit);
    }
}
