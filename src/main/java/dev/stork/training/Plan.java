package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's plan: the exercises they do, in order, each at its current level with its dose.
 *
 * @param entries one entry per exercise, in session order
 */
public record Plan(List<PlanEntry> entries) {
    public Plan {
        entries = List.copyOf(entries);
        for (int i = 0; i < entries.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (entries.get(i).exerciseId().equals(entries.get(j).exerciseId())) {
                    throw new IllegalArgumentException("plan lists exercise '" + entries.get(i).exerciseId()
                            + "' twice");
                }
            }
        }
    }

    /** A plan of the given exercises, each at level 1 with the catalogue's dose. */
    public static Plan starting(ExerciseCatalogue catalogue, String... exerciseIds) {
        List<PlanEntry> entries = new ArrayList<>();
        for (String id : exerciseIds) {
            entries.add(PlanEntry.of(catalogue.get(id), 1));
        }
        return new Plan(entries);
    }

    /** The entry of an exercise, if the plan has it. */
    public Optional<PlanEntry> entry(String exerciseId) {
        return entries.stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
    }

    /** This plan with every decision's new level applied (decisions on exercises not in the plan are ignored). */
    public Plan apply(ExerciseCatalogue catalogue, List<Decision> decisions) {
        Plan result = this;
        for (Decision decision : decisions) {
            if (result.entry(decision.exerciseId()).isPresent()) {
                result = result.withLevel(catalogue, decision.exerciseId(), decision.toLevel());
            }
        }
        return result;
    }

    /**
     * This plan with {@code exerciseId} moved to {@code level} and the catalogue's dose for that level; the same
     * plan when the level is unchanged.
     */
    public Plan withLevel(ExerciseCatalogue catalogue, String exerciseId, int level) {
        List<PlanEntry> changed = new ArrayList<>();
        boolean found = false;
        for (PlanEntry entry : entries) {
            if (entry.exerciseId().equals(exerciseId)) {
                found = true;
                changed.add(entry.level() == level ? entry : PlanEntry.of(catalogue.get(exerciseId), level));
            } else {
                changed.add(entry);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("the plan has no exercise '" + exerciseId + "'");
        }
        return new Plan(changed);
    }
}
