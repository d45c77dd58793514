package dev.stork.store;

import dev.stork.training.SafetyStop;

import dev.stork.training.Sex;

/**
 * A person who trains with Stork.
 *
 * @param id        database id
 * @param name      unique display name
 * @param birthYear year of birth, or 0 when unknown (age norms need it)
 * @param sex       for norms published by sex, or null when unknown
 * @param painThreshold pain (1-10) at or above which an exercise stops for today; see
 *                  {@link dev.stork.training.SafetyStop}
 */
public record Person(long id, String name, int birthYear, Sex sex, int painThreshold) {

    /** Checks the threshold. */
    public Person {
        if (painThreshold < 1 || painThreshold > 10) {
            throw new IllegalArgumentException("a pain threshold is 1 to 10, was " + painThreshold);
        }
    }

    /** A person with the default pain threshold ({@link SafetyStop#DEFAULT_PAIN_THRESHOLD}). */
    public Person(long id, String name, int birthYear, Sex sex) {
        this(id, name, birthYear, sex, SafetyStop.DEFAULT_PAIN_THRESHOLD);
    }
}
