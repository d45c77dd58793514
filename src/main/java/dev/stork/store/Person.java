package dev.stork.store;

import dev.stork.training.Sex;

/**
 * A person who trains with Stork.
 *
 * @param id        database id
 * @param name      unique display name
 * @param birthYear year of birth, or 0 when unknown (age norms need it)
 * @param sex       for norms published by sex, or null when unknown
 */
public record Person(long id, String name, int birthYear, Sex sex) {
}
