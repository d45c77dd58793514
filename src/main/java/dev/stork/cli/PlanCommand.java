package dev.stork.cli;

import dev.stork.store.DataDirectory;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Plan;
import dev.stork.training.PlanChoice;
import dev.stork.training.PlanEntry;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stork plan}: shows a person's plan, or replaces it with the exercises and levels chosen. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Shows a person's plan: each exercise, its level, target, trials per leg, sets and how often.",
            "With --set, replaces it, e.g. --set single-leg-stance:2,single-leg-rdl,prone-single-leg-kick "
                    + "(an exercise without :LEVEL starts at level 1, each with the catalogue's dose).",
            "With --pain-threshold N, the pain (1-10) at or above which an exercise stops for today (default 5)."})
public final class PlanCommand implements Callable<Integer> {
    /** {@code --person} (needed with --set; without it, everyone's plan) and {@code --data}. */
    @Mixin
    StoreOptions options;

    @Option(names = "--set", paramLabel = "ID[:LEVEL],...", description = "Replace the plan with these exercises.")
    String set;

    @Option(names = "--pain-threshold", paramLabel = "N",
            description = "Pain (1-10) at or above which an exercise stops for today; default 5.")
    Integer painThreshold;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        if (painThreshold != null && !(painThreshold >= 1 && painThreshold <= 10)) {
            return fail(err, "--pain-threshold is 1 to 10, got " + painThreshold);
        }
        if (set != null || painThreshold != null) {
            return replace(catalogue, out, err);
        }
        Store opened = options.openExisting(err, "plan");
        if (opened == null) {
            return 1;
        }
        try (Store store = opened) {
            List<Person> people = store.people();
            if (options.person != null) {
                Optional<Person> named = store.person(options.person.strip());
                if (named.isEmpty()) {
                    return fail(err, "no person named '" + options.person + "'; known: "
                            + people.stream().map(Person::name).toList());
                }
                people = List.of(named.get());
            }
            for (Person p : people) {
                Optional<Plan> plan = store.currentPlan(p.id());
                if (plan.isEmpty()) {
                    out.println(p.name() + " has no plan yet (set one with: stork plan --person " + p.name()
                            + " --set ID[:LEVEL],...; the exercises are: " + PlanChoice.trainable(catalogue) + ")");
                } else {
                    print(out, p, plan.get(), catalogue);
                }
            }
            out.flush();
            return 0;
        }
    }

    private int replace(ExerciseCatalogue catalogue, PrintWriter out, PrintWriter err) {
        String person = options.person;
        if (person == null || person.isBlank()) {
            return fail(err, (set != null ? "--set" : "--pain-threshold") + " needs --person NAME");
        }
        Plan chosen = null;
        if (set != null) {
            try {
                chosen = PlanChoice.parse(set, catalogue);
            } catch (IllegalArgumentException e) {
                return fail(err, e.getMessage());
            }
        }
        try (Store store = Store.open(DataDirectory.resolve(options.data))) {
            Person who = store.person(person.strip()).orElseGet(() -> store.savePerson(person.strip(), 0, null));
            if (painThreshold != null) {
                who = store.setPainThreshold(who.id(), painThreshold);
            }
            if (chosen != null) {
                store.savePlan(who.id(), chosen, Instant.now());
            }
            out.println("Saved.");
            Optional<Plan> plan = store.currentPlan(who.id());
            if (plan.isPresent()) {
                print(out, who, plan.get(), catalogue);
            } else {
                out.println(who.name() + " has no plan yet.");
            }
            out.flush();
            return 0;
        }
    }

    private static void print(PrintWriter out, Person who, Plan plan, ExerciseCatalogue catalogue) {
        out.println("Plan of " + who.name() + ":");
        int n = 1;
        for (PlanEntry entry : plan.entries()) {
            out.println("  " + n++ + ". " + line(entry, catalogue));
        }
        out.println("  An exercise stops for today at pain of " + who.painThreshold() + "/10 or more, at sharp pain, "
                + "tingling or numbness, or when form breaks twice.");
    }

    /** One entry in words, e.g. "Single-leg stance [...], level 2 of 4 (hands free): hold 15 s, 5 per leg, ...". */
    static String line(PlanEntry entry, ExerciseCatalogue catalogue) {
        Exercise exercise = catalogue.get(entry.exerciseId());
        ExerciseLevel level = exercise.level(entry.level());
        String dose;
        if (level.target().isHold()) {
            dose = String.format(Locale.ROOT, "hold %.0f s, %d %s, %d set%s", level.target().amount(),
                    entry.repetitionsPerLeg(), level.perLeg() ? "per leg" : "in all", entry.sets(),
                    entry.sets() == 1 ? "" : "s");
        } else {
            // A repetition exercise's trial is one set, its target the repetitions.
            dose = String.format(Locale.ROOT, "%d set%s of %.0f repetitions%s", entry.sets(),
                    entry.sets() == 1 ? "" : "s", level.target().amount(), level.perLeg() ? " per leg" : "");
        }
        String where = exercise.isMeasured() ? "" : " (off the board: logged, not measured)";
        return String.format(Locale.ROOT, "%s [%s], level %d of %d (%s): %s, rest %d s; %s%s", exercise.name(),
                exercise.id(), entry.level(), exercise.topLevel(), level.name(), dose, entry.restSeconds(),
                exercise.frequency(), where);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("stork plan: " + message);
        err.flush();
        return 2;
    }
}
