package dev.stork.cli;

import dev.stork.store.Person;
import dev.stork.store.SessionRecord;
import dev.stork.store.Store;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.Asymmetry;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.RealChange;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code stork history}: progress per exercise and leg from the store, as a plain-text table. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Shows progress per exercise and leg: best hold (or repetitions) and score per session, "
                + "changes beyond your own trial-to-trial variation, left/right asymmetry and the last "
                + "progression decision.")
public final class HistoryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        Store opened = options.openExisting(err, "history");
        if (opened == null) {
            return 1;
        }
        try (Store store = opened) {
            List<Person> people = store.people();
            if (options.person != null) {
                Optional<Person> named = store.person(options.person);
                if (named.isEmpty()) {
                    err.println("stork history: no person named '" + options.person + "'; known: "
                            + people.stream().map(Person::name).toList());
                    return 1;
                }
                people = List.of(named.get());
            }
            if (people.isEmpty()) {
                out.println("No one has trained yet.");
            }
            for (Person one : people) {
                out.print(render(store, one, catalogue));
            }
        }
        out.flush();
        return 0;
    }

    /** The history of one person as text, one block per exercise. */
    static String render(Store store, Person person, ExerciseCatalogue catalogue) {
        List<StoredTrial> trials = store.trials(person.id());
        List<SessionRecord> sessions = store.sessions(person.id());
        Map<Long, SessionRecord> sessionById = new LinkedHashMap<>();
        for (SessionRecord session : sessions) {
            sessionById.put(session.id(), session);
        }
        StringBuilder text = new StringBuilder();
        text.append(person.name()).append(" — ").append(sessions.size()).append(sessions.size() == 1 ? " session, "
                : " sessions, ").append(trials.size()).append(trials.size() == 1 ? " trial" : " trials").append('\n');
        Set<String> exerciseIds = new LinkedHashSet<>();
        for (StoredTrial trial : trials) {
            exerciseIds.add(trial.outcome().exerciseId());
        }
        List<StoredDecision> decisions = store.decisions(person.id());
        for (String exerciseId : exerciseIds) {
            text.append('\n').append(catalogue.find(exerciseId).map(Exercise::name).orElse(exerciseId))
                    .append(" (").append(exerciseId).append(")\n");
            if (exerciseId.equals(StanceTest.EXERCISE_ID)) {
                text.append(stanceTests(person, trials, sessionById));
                continue;
            }
            text.append(String.format(Locale.ROOT, "  %-10s  %5s  %-5s  %11s  %11s  %5s  %4s  %9s  %6s  %s%n",
                    "date", "level", "leg", "best", "target", "score", "pain", "sway", "steady", "change"));
            boolean anyUnanswered = false;
            List<TrialOutcome> outcomes = new ArrayList<>();
            Map<String, double[]> previousBest = new LinkedHashMap<>();
            for (Row row : rows(trials, exerciseId)) {
                String key = row.level + "/" + row.leg;
                double[] earlier = earlierDone(trials, exerciseId, row.level, row.leg, row.sessionId);
                double[] previous = previousBest.get(key);
                String change = "";
                if (previous != null) {
                    double difference = row.bestDone - previous[0];
                    double srd = RealChange.smallestRealDifference(earlier);
                    change = String.format(Locale.ROOT, "%+.1f%s%s", difference, row.hold ? " s" : "",
                            RealChange.isReal(difference, srd) ? " real" : "");
                }
                previousBest.put(key, new double[] {row.bestDone});
                SessionRecord session = sessionById.get(row.sessionId);
                anyUnanswered |= row.unanswered;
                text.append(String.format(Locale.ROOT, "  %-10s  %5d  %-5s  %11s  %11s  %5.0f  %4s  %9s  %6s  %s%n",
                        session.startedAt().atOffset(ZoneOffset.UTC).toLocalDate(), row.level, row.leg.word(),
                        amount(row.bestDone, row.hold), amount(row.target, row.hold), row.bestScore, pain(row),
                        measured(meanOf(trials, exerciseId, row, TrialOutcome::pathVelocityCmS), "%.1f cm/s"),
                        measured(meanOf(trials, exerciseId, row, TrialOutcome::timeToStabilisationS), "%.1f s"),
                        change).stripTrailing()).append('\n');
            }
            text.append("  sway: mean COP speed of the session's trials; steady: mean time from the start of the hold "
                    + "until the sway settled\n");
            if (anyUnanswered) {
                text.append("  * the questions after a trial went unanswered (the session was stopped at them): its "
                        + "pain is not reported\n");
            }
            for (StoredTrial trial : trials) {
                if (trial.outcome().exerciseId().equals(exerciseId)) {
                    outcomes.add(trial.outcome());
                }
            }
            TrialOutcome last = outcomes.get(outcomes.size() - 1);
            if (last.leg() != Leg.BOTH) {
                text.append("  Left/right at level ").append(last.level()).append(": ")
                        .append(Asymmetry.of(outcomes, exerciseId, last.level()).sentence()).append('\n');
            }
            StoredDecision lastDecision = null;
            for (StoredDecision decision : decisions) {
                if (decision.decision().exerciseId().equals(exerciseId)) {
                    lastDecision = decision;
                }
            }
            if (lastDecision != null) {
                text.append("  Last decision (").append(lastDecision.decidedAt().atOffset(ZoneOffset.UTC)
                        .toLocalDate()).append("): ").append(lastDecision.decision().sentence()).append('\n');
            }
        }
        return text.toString();
    }

    /** Each stance test: per date, the best of three per condition and leg against the norm for the age then. */
    private static String stanceTests(Person person, List<StoredTrial> trials, Map<Long, SessionRecord> sessions) {
        Map<Long, List<TrialOutcome>> bySession = new LinkedHashMap<>();
        for (StoredTrial trial : trials) {
            if (trial.outcome().exerciseId().equals(StanceTest.EXERCISE_ID)) {
                bySession.computeIfAbsent(trial.sessionId(), id -> new ArrayList<>()).add(trial.outcome());
            }
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Long, List<TrialOutcome>> test : bySession.entrySet()) {
            LocalDate date = sessions.get(test.getKey()).startedAt().atOffset(ZoneOffset.UTC).toLocalDate();
            List<StanceTest.Line> lines;
            if (person.birthYear() == 0) {
                text.append("  ").append(date).append(", age unknown:\n");
                lines = StanceTest.evaluate(test.getValue());
            } else {
                // Stork keeps a birth year, so the age at the test may be a year high before the birthday.
                int age = date.getYear() - person.birthYear();
                text.append("  ").append(date).append(", age ").append(age).append(":\n");
                lines = StanceTest.evaluate(test.getValue(), age, person.sex());
            }
            for (StanceTest.Line line : lines) {
                text.append("    ").append(line.sentence()).append('\n');
            }
        }
        return text.toString();
    }

    /** A session's trials on one level and leg: the best done and scored, the most pain reported. */
    private record Row(long sessionId, int level, Leg leg, boolean hold, double target, double bestDone,
                       double bestScore, OptionalInt mostPain, boolean unanswered) {
    }

    /** The most pain reported, "—" when none was, and "*" when a trial's questions went unanswered. */
    private static String pain(Row row) {
        return (row.mostPain.isPresent() ? Integer.toString(row.mostPain.getAsInt()) : "—")
                + (row.unanswered ? "*" : "");
    }

    private static OptionalInt most(OptionalInt a, OptionalInt b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        return OptionalInt.of(Math.max(a.getAsInt(), b.getAsInt()));
    }

    /** One row per session, level and leg of the exercise, in session order, legs left, right, both. */
    private static List<Row> rows(List<StoredTrial> trials, String exerciseId) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Leg leg : Leg.values()) {
            for (StoredTrial trial : trials) {
                TrialOutcome o = trial.outcome();
                if (!o.exerciseId().equals(exerciseId) || o.leg() != leg) {
                    continue;
                }
                String key = trial.sessionId() + "/" + o.level() + "/" + leg;
                double done = done(o);
                Row row = rows.get(key);
                rows.put(key, row == null
                        ? new Row(trial.sessionId(), o.level(), leg, o.target().isHold(), o.target().amount(), done,
                        trial.score().total(), o.pain(), !o.answered())
                        : new Row(row.sessionId, row.level, leg, row.hold, row.target, Math.max(row.bestDone, done),
                        Math.max(row.bestScore, trial.score().total()), most(row.mostPain, o.pain()),
                        row.unanswered || !o.answered()));
            }
        }
        List<Row> ordered = new ArrayList<>(rows.values());
        ordered.sort((a, b) -> a.sessionId != b.sessionId ? Long.compare(a.sessionId, b.sessionId)
                : Integer.compare(a.leg.ordinal(), b.leg.ordinal()));
        return ordered;
    }

    /** Hold seconds (or repetitions) of the trials of this exercise, level and leg before the session. */
    private static double[] earlierDone(List<StoredTrial> trials, String exerciseId, int level, Leg leg,
                                        long beforeSession) {
        List<Double> values = new ArrayList<>();
        for (StoredTrial trial : trials) {
            if (trial.sessionId() < beforeSession && trial.outcome().isOf(exerciseId, level, leg)) {
                values.add(done(trial.outcome()));
            }
        }
        List<Double> recent = values.subList(Math.max(0, values.size() - 10), values.size());
        return recent.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The mean of a figure over the row's trials, leaving out trials that have none (NaN); NaN if none has. */
    private static double meanOf(List<StoredTrial> trials, String exerciseId, Row row,
                                 ToDoubleFunction<TrialOutcome> figure) {
        return trials.stream().filter(t -> t.sessionId() == row.sessionId && t.outcome().isOf(exerciseId, row.level,
                row.leg)).mapToDouble(t -> figure.applyAsDouble(t.outcome())).filter(v -> !Double.isNaN(v))
                .average().orElse(Double.NaN);
    }

    /** A measured figure, or "—" for none (an exercise logged off the board). */
    private static String measured(double value, String format) {
        return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, format, value);
    }

    private static double done(TrialOutcome outcome) {
        return outcome.target().isHold() ? outcome.holdSeconds() : outcome.repetitions();
    }

    private static String amount(double value, boolean hold) {
        return hold ? String.format(Locale.ROOT, "%.1f s", value) : String.format(Locale.ROOT, "%.0f reps", value);
    }
}
