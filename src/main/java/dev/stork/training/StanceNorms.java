package dev.stork.training;

import java.util.Optional;

/**
 * Age norms for single-leg stance time, from {@code reference-data/norms.md}. Only [V] values, and [S] values
 * flagged as approximate, are here; the [M] table of Springer et al. (2007) eyes-open times is deliberately absent.
 *
 * <ul>
 *   <li>Eyes open, 60 and over: Bohannon RW (2006) Top Geriatr Rehabil 22:70-77, meta-analysis of 22 studies
 *       [V]: mean 27.0 s (60-69), 17.2 s (70-79), 8.5 s (80-99). Studies used various caps and stop rules.</li>
 *   <li>Eyes closed, 18 and over: Springer BA et al. (2007) J Geriatr Phys Ther 30:8-15, best of 3, women / men
 *       [S]: 18-39 13.1/16.9, 40-49 13.5/12.0, 50-59 7.9/8.6, 60-69 3.6/5.1, 70-79 3.7/2.6, 80+ 2.1/1.8 s. When
 *       sex is unknown the mean of the two is given, also approximate.</li>
 * </ul>
 * No eyes-open norm is given under 60: no [V] value exists in the reference notes.
 */
public final class StanceNorms {
    private static final int[] EO_FROM = {60, 70, 80};
    private static final double[] EO_MEAN_S = {27.0, 17.2, 8.5};
    private static final String[] EO_GROUP = {"ages 60-69", "ages 70-79", "ages 80-99"};

    private static final int[] EC_FROM = {18, 40, 50, 60, 70, 80};
    private static final double[] EC_WOMEN_S = {13.1, 13.5, 7.9, 3.6, 3.7, 2.1};
    private static final double[] EC_MEN_S = {16.9, 12.0, 8.6, 5.1, 2.6, 1.8};
    private static final String[] EC_GROUP = {"18-39", "40-49", "50-59", "60-69", "70-79", "80+"};

    private StanceNorms() {
    }

    /** The eyes-open norm for this age, if a [V] one exists. */
    public static Optional<StanceNorm> eyesOpen(int ageYears) {
        int band = band(EO_FROM, ageYears);
        if (band < 0 || ageYears > 99) {
            return Optional.empty();
        }
        return Optional.of(new StanceNorm(EO_MEAN_S[band], NormStatus.VERIFIED, "mean of pooled studies",
                EO_GROUP[band], "Bohannon 2006"));
    }

    /** The eyes-closed norm for this age and sex (null = unknown), always [S] and approximate. */
    public static Optional<StanceNorm> eyesClosed(int ageYears, Sex sex) {
        int band = band(EC_FROM, ageYears);
        if (band < 0) {
            return Optional.empty();
        }
        double seconds;
        String group;
        if (sex == Sex.FEMALE) {
            seconds = EC_WOMEN_S[band];
            group = "women " + EC_GROUP[band];
        } else if (sex == Sex.MALE) {
            seconds = EC_MEN_S[band];
            group = "men " + EC_GROUP[band];
        } else {
            seconds = (EC_WOMEN_S[band] + EC_MEN_S[band]) / 2;
            group = "mean of women and men " + EC_GROUP[band];
        }
        return Optional.of(new StanceNorm(seconds, NormStatus.SECONDARY, "best of 3", group, "Springer 2007"));
    }

    private static int band(int[] from, int ageYears) {
        int band = -1;
        for (int i = 0; i < from.length; i++) {
            if (ageYears >= from[i]) {
                band = i;
            }
        }
        return band;
    }
}
