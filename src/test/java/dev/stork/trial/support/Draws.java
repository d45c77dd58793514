package dev.stork.trial.support;

import java.util.Locale;
import java.util.Random;

/** What the drawn scenarios share: a uniform draw and number formatting that does not depend on the locale. */
final class Draws {
    private Draws() {
    }

    static double uniform(Random random, double low, double high) {
        return low + (high - low) * random.nextDouble();
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
