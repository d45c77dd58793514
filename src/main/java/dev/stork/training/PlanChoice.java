package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A plan written as a person or physiotherapist chooses it: exercise ids, each with an optional level, separated
 * by commas, e.g. {@code single-leg-stance:2,single-leg-rdl,hip-hinge-rear-foot-block}. An exercise without a level
 * starts at level 1; each gets the catalogue's dose for its level. The assessment (the single-leg stance test) is run
 * on its own and is not part of a plan.
 */
public final class PlanChoice {
    private PlanChoice() {
    }

    /**
     * Reads a chosen plan.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown exercise (listing the known ones), a level the
     *                                  exercise does not have (listing its levels), an exercise named twice
     */
    public static Plan parse(String text, ExerciseCatalogue catalogue) {
        List<PlanEntry> entries = new ArrayList<>();
        for (String item : text.split(",")) {
            String part = item.strip().toLowerCase(Locale.ROOT);
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            String id = colon < 0 ? part : part.substring(0, colon).strip();
            Exercise exercise = catalogue.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "no exercise '" + id + "'; the exercises are: " + trainable(catalogue)));
            if (exercise.assessment()) {
                throw new IllegalArgumentException("'" + id + "' is the assessment, run on its own (stork "
                        + "stance-test), not part of a plan");
            }
            int level = colon < 0 ? 1 : level(exercise, part.substring(colon + 1).strip());
            if (entries.stream().anyMatch(e -> e.exerciseId().equals(id))) {
                throw new IllegalArgumentException("'" + id + "' is named twice");
            }
            entries.add(PlanEntry.of(exercise, level));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a plan needs at least one exercise; the exercises are: "
                    + trainable(catalogue));
        }
        return new Plan(entries);
    }

    private static int level(Exercise exercise, String text) {
        int level;
        try {
            level = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            level = -1;
        }
        if (level < 1 || level > exercise.topLevel()) {
            throw new IllegalArgumentException("'" + exercise.id() + "' has no level '" + text + "'; its levels are "
                    + levelList(exercise));
        }
        return level;
    }

    /** The levels of an exercise as "1 (holding on), 2 (hands free), ...". */
    public static String levelList(Exercise exercise) {
        return exercise.levels().stream().map(l -> l.level() + " (" + l.name() + ")")
                .collect(Collectors.joining(", "));
    }

    /** The ids of the exercises a plan may hold, in catalogue order. */
    public static String trainable(ExerciseCatalogue catalogue) {
        return catalogue.exercises().stream().filter(e -> !e.assessment()).map(Exercise::id)
                .collect(Collectors.joining(", "));
    }
}
