package dev.stork.training;

/**
 * One exercise in a person's plan.
 *
 * @param exerciseId        catalogue id
 * @param level             current level, 1 = easiest
 * @param repetitionsPerLeg trials per leg in each set
 * @param sets              sets per session
 * @param restSeconds       rest after each trial, seconds
 */
public record PlanEntry(String exerciseId, int level, int repetitionsPerLeg, int sets, int restSeconds) {
    public PlanEntry {
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("plan entry: exerciseId is missing");
        }
        if (level < 1 || repetitionsPerLeg < 1 || sets < 1 || restSeconds < 0) {
            throw new IllegalArgumentException("plan entry '" + exerciseId + "': level, repetitionsPerLeg and sets "
                    + "must be >= 1 and restSeconds >= 0, were " + level + ", " + repetitionsPerLeg + ", " + sets
                    + ", " + restSeconds);
        }
    }

    /** An entry at {@code level} of {@code exercise} with the catalogue's dose for that level. */
    public static PlanEntry of(Exercise exercise, int level) {
        ExerciseLevel at = exercise.level(level);
        return new PlanEntry(exercise.id(), level, at.repetitionsPerLeg(), at.sets(), at.restSeconds());
    }
}
