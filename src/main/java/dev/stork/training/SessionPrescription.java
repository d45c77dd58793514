package dev.stork.training;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Plan} into the ordered trials of one session. Exercises come in plan order; within one, each
 * repetition is done on the left leg and then the right, so each leg rests while the other works.
 */
public final class SessionPrescription {
    private SessionPrescription() {
    }

    /** The trials of one session of {@code plan}, in the order to do them. */
    public static List<PrescribedTrial> of(Plan plan, ExerciseCatalogue catalogue) {
        List<PrescribedTrial> trials = new ArrayList<>();
        for (PlanEntry entry : plan.entries()) {
            Exercise exercise = catalogue.get(entry.exerciseId());
            ExerciseLevel level = exercise.level(entry.level());
            Leg[] legs = level.perLeg() ? new Leg[] {Leg.LEFT, Leg.RIGHT} : new Leg[] {Leg.BOTH};
            for (int set = 1; set <= entry.sets(); set++) {
                for (int repetition = 1; repetition <= entry.repetitionsPerLeg(); repetition++) {
                    for (Leg leg : legs) {
                        trials.add(new PrescribedTrial(exercise.id(), level.level(), leg, set, repetition,
                                level.target(), entry.restSeconds(), exercise.safetyCue()));
                    }
                }
            }
        }
        return trials;
    }
}
