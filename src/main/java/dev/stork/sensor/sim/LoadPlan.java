package dev.stork.sensor.sim;

import java.util.Arrays;

/**
 * What each foot is meant to carry over a session, before sway, chair and noise: the left and right foot's share
 * of the body weight and each foot's forward offset (a toe touch), as a list of transitions in time order. Between
 * transitions the values stay where the last one left them; before the first they are 0.
 *
 * <p>Built once at construction ({@link Builder}); {@link #advance} is called once per sample with a time that never
 * decreases, and allocates nothing. Single-threaded.
 */
final class LoadPlan {
    /** {@code 0.5 (1 - cos(pi u))}: starts and ends with zero slope (a weight shift, a foot unloading). */
    static final int RAISED_COSINE = 0;
    /** {@code sin(pi u / 2)}: starts at once and ends with zero slope (a foot landing). */
    static final int SINE = 1;
    /**
     * {@code 1 - cos(pi u / 2)}: starts with zero slope and ends at speed (a foot leaving: its load goes gently at
     * first and is gone at a finite rate as the foot is lifted away, as the vertical force at toe-off in gait).
     */
    static final int LIFT_AWAY = 2;

    private final double[] startS;
    private final double[] endS;
    private final int[] shapeLeft;
    private final int[] shapeRight;
    /** Per transition: left from, left to, right from, right to, left AP from, to, right AP from, to. */
    private final double[] values;
    private final int count;
    private int cursor = -1;
    private double left;
    private double right;
    private double leftApM;
    private double rightApM;

    private LoadPlan(Builder b) {
        count = b.count;
        startS = Arrays.copyOf(b.startS, count);
        endS = Arrays.copyOf(b.endS, count);
        shapeLeft = Arrays.copyOf(b.shapeLeft, count);
        shapeRight = Arrays.copyOf(b.shapeRight, count);
        values = Arrays.copyOf(b.values, 8 * count);
    }

    /** Moves to time {@code tS} (never earlier than the last call) and updates the current values. */
    void advance(double tS) {
        while (cursor + 1 < count && startS[cursor + 1] <= tS) {
            cursor++;
        }
        if (cursor < 0) {
            left = 0;
            right = 0;
            leftApM = 0;
            rightApM = 0;
            return;
        }
        int k = cursor;
        int v = 8 * k;
        if (tS >= endS[k]) {
            left = values[v + 1];
            right = values[v + 3];
            leftApM = values[v + 5];
            rightApM = values[v + 7];
            return;
        }
        double u = (tS - startS[k]) / (endS[k] - startS[k]);
        double pl = progress(shapeLeft[k], u);
        double pr = progress(shapeRight[k], u);
        left = values[v] + (values[v + 1] - values[v]) * pl;
        right = values[v + 2] + (values[v + 3] - values[v + 2]) * pr;
        leftApM = values[v + 4] + (values[v + 5] - values[v + 4]) * pl;
        rightApM = values[v + 6] + (values[v + 7] - values[v + 6]) * pr;
    }

    private static double progress(int shape, double u) {
        return switch (shape) {
            case SINE -> Math.sin(0.5 * Math.PI * u);
            case LIFT_AWAY -> 1 - Math.cos(0.5 * Math.PI * u);
            default -> 0.5 * (1 - Math.cos(Math.PI * u));
        };
    }

    /** Planned share of the body weight on {@code side} at the last {@link #advance} (0 to 1). */
    double share(Side side) {
        return side == Side.LEFT ? left : right;
    }

    /** Planned forward offset of {@code side}'s centre of pressure from the foot's place, m (a toe touch). */
    double apOffsetM(Side side) {
        return side == Side.LEFT ? leftApM : rightApM;
    }

    /** Collects transitions in time order; each starts from where the previous one ended. */
    static final class Builder {
        private double[] startS = new double[16];
        private double[] endS = new double[16];
        private int[] shapeLeft = new int[16];
        private int[] shapeRight = new int[16];
        private double[] values = new double[8 * 16];
        private int count;
        private double cursorS;
        private double left;
        private double right;
        private double leftApM;
        private double rightApM;

        /** End of the last transition, s (0 before any). */
        double endS() {
            return cursorS;
        }

        double share(Side side) {
            return side == Side.LEFT ? left : right;
        }

        double apOffsetM(Side side) {
            return side == Side.LEFT ? leftApM : rightApM;
        }

        /** A transition over [{@code fromS}, {@code toS}] to these shares, both feet with one shape. */
        Builder to(double fromS, double toS, double leftShare, double rightShare, int shape) {
            return to(fromS, toS, leftShare, rightShare, leftApM, rightApM, shape, shape);
        }

        /**
         * A transition over [{@code fromS}, {@code toS}] (a jump when they are equal) to these shares and offsets.
         *
         * @throws IllegalStateException if it would start before the previous one ended (a bug in the caller)
         */
        Builder to(double fromS, double toS, double leftShare, double rightShare, double leftAp, double rightAp,
                   int leftShape, int rightShape) {
            if (fromS < cursorS || toS < fromS) {
                throw new IllegalStateException("transition " + fromS + ".." + toS + " s overlaps the one ending at "
                        + cursorS + " s");
            }
            if (count == startS.length) {
                int n = 2 * count;
                startS = Arrays.copyOf(startS, n);
                endS = Arrays.copyOf(endS, n);
                shapeLeft = Arrays.copyOf(shapeLeft, n);
                shapeRight = Arrays.copyOf(shapeRight, n);
                values = Arrays.copyOf(values, 8 * n);
            }
            startS[count] = fromS;
            endS[count] = toS;
            shapeLeft[count] = leftShape;
            shapeRight[count] = rightShape;
            int v = 8 * count;
            values[v] = left;
            values[v + 1] = leftShare;
            values[v + 2] = right;
            values[v + 3] = rightShare;
            values[v + 4] = leftApM;
            values[v + 5] = leftAp;
            values[v + 6] = rightApM;
            values[v + 7] = rightAp;
            count++;
            cursorS = toS;
            left = leftShare;
            right = rightShare;
            leftApM = leftAp;
            rightApM = rightAp;
            return this;
        }

        LoadPlan build() {
            return new LoadPlan(this);
        }
    }
}
