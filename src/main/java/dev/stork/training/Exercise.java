package dev.stork.training;

import java.util.List;
import java.util.Set;

/**
 * One exercise of the catalogue with its levels.
 *
 * @param id          stable id used in plans, trials and the store, e.g. {@code single-leg-stance}
 * @param name        display name
 * @param description what the exercise is and what the board measures
 * @param assessment  whether this is a test rather than training (progression leaves it alone)
 * @param measuredOn  boards that can measure it; empty when it is logged but not measured
 * @param safetyCue   shown before every trial, e.g. "Stop if your form breaks or it hurts."
 * @param frequency   how often, in words, e.g. "daily" or "2-3 times a week"
 * @param levels      levels in order, level 1 first
 * @param kind        how it is done and run: a hold, a kneeling hold, repetitions, or logged off the board
 * @param source      where its positions and doses come from, and which numbers Stork chose itself
 */
public record Exercise(String id, String name, String description, boolean assessment, Set<Board> measuredOn,
                       String safetyCue, String frequency, List<ExerciseLevel> levels, ExerciseKind kind,
                       String source) {

    public Exercise {
        measuredOn = Set.copyOf(measuredOn);
        levels = List.copyOf(levels);
    }

    /** Whether some board measures this exercise. */
    public boolean isMeasured() {
        return !measuredOn.isEmpty();
    }

    /** The highest level number. */
    public int topLevel() {
        return levels.size();
    }

    /**
     * A level by number.
     *
     * @throws IllegalArgumentException naming the exercise when there is no such level
     */
    public ExerciseLevel level(int number) {
        if (number < 1 || number > levels.size()) {
            throw new IllegalArgumentException("exercise '" + id + "' has levels 1 to " + levels.size()
                    + ", not " + number);
        }
        return levels.get(number - 1);
    }
}
