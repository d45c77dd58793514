package dev.stork.web.session;

import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import java.time.Instant;
import java.util.List;

/** The person who trains at the dashboard: found by name in the store, or added there with a starting plan. */
public final class Trainee {
    private Trainee() {
    }

    /**
     * The person called {@code name}, with a current plan in the store: a new person (birth year and sex unknown)
     * gets level 1 of {@code startingExercises}, and so does a known person who has no plan yet.
     *
     * @throws IllegalArgumentException when a starting exercise is not in the catalogue
     */
    public static Person openOrCreate(Store store, ExerciseCatalogue catalogue, String name,
                                      List<String> startingExercises) {
        Person person = store.person(name).orElseGet(() -> store.savePerson(name, 0, null));
        if (store.currentPlan(person.id()).isEmpty()) {
            store.savePlan(person.id(), Plan.starting(catalogue, startingExercises.toArray(String[]::new)),
                    Instant.now());
        }
        return person;
    }
}
