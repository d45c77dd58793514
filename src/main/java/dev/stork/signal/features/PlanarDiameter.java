package dev.stork.signal.features;

/**
 * The largest distance between any two points of a planar path (its diameter). The farthest pair are vertices of
 * the convex hull. Points strictly inside the octagon spanned by the extreme points in x, y, x + y and x - y cannot
 * be hull vertices and are dropped first (Akl and Toussaint); the hull of the rest is found by gift wrapping, and
 * the pairs among its vertices are compared directly. Degenerate input (all points on a line or coincident) falls
 * back to comparing all pairs.
 */
final class PlanarDiameter {
    private PlanarDiameter() {
    }

    static double of(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return 0.0;
        }
        int[] candidates = outsideOctagon(x, y);
        double[] cx = new double[candidates.length];
        double[] cy = new double[candidates.length];
        for (int i = 0; i < candidates.length; i++) {
            cx[i] = x[candidates[i]];
            cy[i] = y[candidates[i]];
        }
        if (candidates.length < 3) {
            return bruteForce(x, y);
        }
        return hullDiameter(cx, cy, x, y);
    }

    private static double hullDiameter(double[] x, double[] y, double[] allX, double[] allY) {
        int n = x.length;
        int[] hull = new int[n];
        int h = wrap(x, y, hull);
        if (h < 3) {
            return bruteForce(allX, allY);
        }
        double best = 0.0;
        for (int i = 0; i < h; i++) {
            for (int j = i + 1; j < h; j++) {
                best = Math.max(best, distance(x, y, hull[i], hull[j]));
            }
        }
        return best;
    }

    /** @return the number of hull vertices written to {@code hull}, or -1 if wrapping did not close */
    private static int wrap(double[] x, double[] y, int[] hull) {
        int n = x.length;
        int start = 0;
        for (int i = 1; i < n; i++) {
            if (x[i] < x[start] || (x[i] == x[start] && y[i] < y[start])) {
                start = i;
            }
        }
        int h = 0;
        int p = start;
        do {
            if (h == n) {
                return -1;
            }
            hull[h++] = p;
            int q = p == 0 ? 1 : 0;
            for (int r = 0; r < n; r++) {
                if (r == p) {
                    continue;
                }
                double cross = (x[q] - x[p]) * (y[r] - y[p]) - (y[q] - y[p]) * (x[r] - x[p]);
                if (cross < 0.0 || (cross == 0.0 && squared(x, y, p, r) > squared(x, y, p, q))) {
                    q = r;
                }
            }
            p = q;
        } while (p != start);
        return h;
    }

    /** Indices of the points not strictly inside the octagon of extreme points, in their original order. */
    private static int[] outsideOctagon(double[] x, double[] y) {
        int n = x.length;
        // extremes in the order they appear around the boundary: min x, min x+y... counter-clockwise
        int minX = 0;
        int maxX = 0;
        int minY = 0;
        int maxY = 0;
        int minSum = 0;
        int maxSum = 0;
        int minDiff = 0;
        int maxDiff = 0;
        for (int i = 1; i < n; i++) {
            if (x[i] < x[minX]) {
                minX = i;
            }
            if (x[i] > x[maxX]) {
                maxX = i;
            }
            if (y[i] < y[minY]) {
                minY = i;
            }
            if (y[i] > y[maxY]) {
                maxY = i;
            }
            if (x[i] + y[i] < x[minSum] + y[minSum]) {
                minSum = i;
            }
            if (x[i] + y[i] > x[maxSum] + y[maxSum]) {
                maxSum = i;
            }
            if (x[i] - y[i] < x[minDiff] - y[minDiff]) {
                minDiff = i;
            }
            if (x[i] - y[i] > x[maxDiff] - y[maxDiff]) {
                maxDiff = i;
            }
        }
        // counter-clockwise: leftmost, lowest-left, lowest, lowest-right, rightmost, upper-right, top, upper-left
        int[] polygon = {minX, minSum, minY, maxDiff, maxX, maxSum, maxY, minDiff};
        int[] kept = new int[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (!strictlyInside(x, y, polygon, i)) {
                kept[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(kept, count);
    }

    private static boolean strictlyInside(double[] x, double[] y, int[] polygon, int p) {
        for (int e = 0; e < polygon.length; e++) {
            int a = polygon[e];
            int b = polygon[(e + 1) % polygon.length];
            if (a == b) {
                continue;
            }
            double cross = (x[b] - x[a]) * (y[p] - y[a]) - (y[b] - y[a]) * (x[p] - x[a]);
            if (!(cross > 0.0)) {
                return false;
            }
        }
        return true;
    }

    private static double bruteForce(double[] x, double[] y) {
        double best = 0.0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                best = Math.max(best, distance(x, y, i, j));
            }
        }
        return best;
    }

    private static double squared(double[] x, double[] y, int i, int j) {
        double dx = x[i] - x[j];
        double dy = y[i] - y[j];
        return dx * dx + dy * dy;
    }

    private static double distance(double[] x, double[] y, int i, int j) {
        return Math.sqrt(squared(x, y, i, j));
    }
}
