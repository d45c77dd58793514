package dev.stork.training;

import java.util.ArrayList;
import java.util.List;

/**
 * What progression needs to know about one exercise for one person.
 *
 * @param exercise     the exercise
 * @param currentLevel the level the plan has now
 * @param sessions     the person's sessions, oldest first (trials of other exercises are ignored)
 */
public record ExerciseHistory(Exercise exercise, int currentLevel, List<SessionResult> sessions) {
    public ExerciseHistory {
        exercise.level(currentLevel);
        sessions = List.copyOf(sessions);
    }

    /** This exercise's trials of each session that has any, oldest session first. */
    List<List<ScoredTrial>> sessionsWithExercise() {
        List<List<ScoredTrial>> result = new ArrayList<>();
        for (SessionResult session : sessions) {
            List<ScoredTrial> mine = new ArrayList<>();
            for (ScoredTrial trial : session.trials()) {
                if (trial.outcome().exerciseId().equals(exercise.id())) {
                    mine.add(trial);
                }
            }
            if (!mine.isEmpty()) {
                result.add(mine);
            }
        }
        return result;
    }
}
