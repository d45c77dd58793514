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
     * One exercise as chosen: its id and, optionally, its level as written.
     *
     * @param id    exercise id, e.g. {@code single-leg-stance}
     * @param level the level as written, e.g. {@code "2"}; null for level 1
     */
    public record Item(String id, String level) {
    }

    /**
     * Reads a chosen plan.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown exercise (listing the known ones), a level the
     *                                  exercise does not have (listing its levels), an exercise named twice
     */
    public static Plan parse(String text, ExerciseCatalogue catalogue) {
        List<Item> items = new ArrayList<>();
        for (String item : text.split(",")) {
            String part = item.strip();
            if (part.isEmpty()) {
                continue;
            }
            int colon = part.indexOf(':');
            items.add(colon < 0 ? new Item(part, null)
                    : new Item(part.substring(0, colon), part.substring(colon + 1)));
        }
        return of(items, catalogue);
    }

    /**
     * The plan of the exercises chosen, in order, each with the catalogue's dose for its level; the same rules and
     * messages as {@link #parse}.
     *
     * @throws IllegalArgumentException naming what is wrong, as {@link #parse} does
     */
    public static Plan of(List<Item> items, ExerciseCatalogue catalogue) {
        List<PlanEntry> entries = new ArrayList<>();
        for (Item item : items) {
            String id = item.id().strip().toLowerCase(Locale.ROOT);
            Exercise exercise = catalogue.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "no exercise '" + id + "'; the exercises are: " + trainable(catalogue)));
            if (exercise.assessment()) {
                throw new IllegalArgumentException("'" + id + "' is the assessment, run on its own (stork "
                        + "stance-test), not part of a plan");
            }
            int level = item.level() == null ? 1 : level(exercise, item.level().strip().toLowerCase(Locale.ROOT));
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
