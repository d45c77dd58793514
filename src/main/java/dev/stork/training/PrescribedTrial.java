package dev.stork.training;

/**
 * One trial a session asks for.
 *
 * @param exerciseId       catalogue id
 * @param level            level to do it at
 * @param leg              leg to stand or work on, or {@link Leg#BOTH}
 * @param set              set number, from 1
 * @param repetition       trial number within the set and leg, from 1
 * @param target           hold seconds or repetitions
 * @param restAfterSeconds rest after this trial, seconds
 * @param safetyCue        the exercise's safety cue, shown before the trial
 */
public record PrescribedTrial(String exerciseId, int level, Leg leg, int set, int repetition, Target target,
                              int restAfterSeconds, String safetyCue) {
}
