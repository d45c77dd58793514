package dev.stork.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stork.store.Exporter;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.Asymmetry;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Leg;
import dev.stork.training.TrialOutcome;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The API's handlers: static methods that read the session's snapshots or send it one command. The session comes
 * from the app's data ({@link DashboardServer#SESSION}).
 */
final class ApiHandlers {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final Set<String> NO_FIELDS = Set.of();
    private static final Set<String> REPORT_FIELDS = Set.of("pain", "lostForm", "sharpOrTingling");

    private ApiHandlers() {
    }

    private static DashboardSession session(Context ctx) {
        return ctx.appData(DashboardServer.SESSION);
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(DashboardJson.write(value));
    }

    /** {@code GET /api/status}: source, achieved rate and health. */
    static void status(Context ctx) {
        json(ctx, DashboardJson.status(session(ctx).status()));
    }

    /** {@code GET /api/session}: today's plan, phase and the live snapshot. */
    static void sessionView(Context ctx) {
        json(ctx, DashboardJson.session(session(ctx).view()));
    }

    /** {@code POST /api/session/start}: the whole session, one exercise or the stance test ({@link SessionStart}). */
    static void start(Context ctx) {
        SessionStart.read(RequestBodies.object(ctx, SessionStart.FIELDS)).begin(session(ctx));
        sessionView(ctx);
    }

    /** {@code POST /api/session/pause}. */
    static void pause(Context ctx) {
        RequestBodies.object(ctx, NO_FIELDS);
        session(ctx).pause();
        sessionView(ctx);
    }

    /** {@code POST /api/session/resume}. */
    static void resume(Context ctx) {
        RequestBodies.object(ctx, NO_FIELDS);
        session(ctx).resume();
        sessionView(ctx);
    }

    /** {@code POST /api/session/skip}. */
    static void skip(Context ctx) {
        RequestBodies.object(ctx, NO_FIELDS);
        session(ctx).skip();
        sessionView(ctx);
    }

    /** {@code POST /api/session/stop}. */
    static void stop(Context ctx) {
        RequestBodies.object(ctx, NO_FIELDS);
        session(ctx).stop();
        sessionView(ctx);
    }

    /** {@code POST /api/session/report} with {@code {"pain": 0-10, "lostForm": bool}}. */
    static void report(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, REPORT_FIELDS);
        JsonNode pain = body.get("pain");
        if (pain == null || !pain.isIntegralNumber() || pain.asInt() < 0 || pain.asInt() > 10) {
            throw new BadRequest("'pain' must be a whole number from 0 to 10");
        }
        JsonNode lostForm = body.get("lostForm");
        if (lostForm != null && !lostForm.isBoolean()) {
            throw new BadRequest("'lostForm' must be true or false");
        }
        JsonNode sharp = body.get("sharpOrTingling");
        if (sharp != null && !sharp.isBoolean()) {
            throw new BadRequest("'sharpOrTingling' must be true or false");
        }
        session(ctx).report(pain.asInt(), lostForm != null && lostForm.asBoolean(),
                sharp != null && sharp.asBoolean());
        sessionView(ctx);
    }

    /** {@code GET /api/history}: the person's trials per exercise and leg, asymmetry and decisions. */
    static void history(Context ctx) {
        DashboardSession session = session(ctx);
        Store store = session.store();
        Optional<Person> person = store.person(session.personName());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("person", session.personName());
        List<Map<String, Object>> exercises = new ArrayList<>();
        List<Map<String, Object>> decisions = new ArrayList<>();
        if (person.isPresent()) {
            List<StoredTrial> trials = store.trials(person.get().id());
            Map<String, List<TrialOutcome>> byExercise = new LinkedHashMap<>();
            Map<String, List<Map<String, Object>>> points = new LinkedHashMap<>();
            for (StoredTrial trial : trials) {
                TrialOutcome o = trial.outcome();
                byExercise.computeIfAbsent(o.exerciseId(), id -> new ArrayList<>()).add(o);
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("id", trial.id());
                point.put("at", o.startTime().toString());
                point.put("level", o.level());
                point.put("leg", o.leg().word());
                point.put("holdS", o.holdSeconds());
                point.put("repetitions", o.repetitions());
                point.put("targetS", o.target().amount());
                point.put("score", DashboardJson.number(trial.score().total()));
                point.put("swayScore", DashboardJson.number(trial.score().sway()));
                point.put("velocityCmS", DashboardJson.number(o.pathVelocityCmS()));
                point.put("pain", DashboardJson.pain(o));
                point.put("lostForm", DashboardJson.lostForm(o));
                points.computeIfAbsent(o.exerciseId(), id -> new ArrayList<>()).add(point);
            }
            for (Map.Entry<String, List<TrialOutcome>> entry : byExercise.entrySet()) {
                List<TrialOutcome> outcomes = entry.getValue();
                TrialOutcome last = outcomes.get(outcomes.size() - 1);
                Map<String, Object> exercise = new LinkedHashMap<>();
                exercise.put("id", entry.getKey());
                exercise.put("name", CATALOGUE.find(entry.getKey()).map(Exercise::name).orElse(entry.getKey()));
                // What the charts plot against the target: the last trial's kind of target.
                exercise.put("unit", last.target().isHold() ? "s" : "repetitions");
                exercise.put("trials", points.get(entry.getKey()));
                if (last.leg() != Leg.BOTH) {
                    exercise.put("asymmetry", DashboardJson.asymmetry(Asymmetry.of(outcomes, entry.getKey(),
                            last.level())));
                }
                exercises.add(exercise);
            }
            for (StoredDecision stored : store.decisions(person.get().id())) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("at", stored.decidedAt().toString());
                d.put("exerciseId", stored.decision().exerciseId());
                d.put("kind", stored.decision().kind().name());
                d.put("sentence", stored.decision().sentence());
                decisions.add(d);
            }
        }
        result.put("exercises", exercises);
        result.put("decisions", decisions);
        json(ctx, result);
    }

    /** {@code GET /api/export?format=csv|json&file=trials|decisions}: the store's export, as a download. */
    static void export(Context ctx) {
        String formatName = ctx.queryParam("format");
        Exporter.Format format;
        if ("csv".equals(formatName)) {
            format = Exporter.Format.CSV;
        } else if ("json".equals(formatName)) {
            format = Exporter.Format.JSON;
        } else {
            throw new BadRequest("'format' must be csv or json");
        }
        String file = ctx.queryParam("file") == null ? "trials" : ctx.queryParam("file");
        if (!file.equals("trials") && !file.equals("decisions")) {
            throw new BadRequest("'file' must be trials or decisions");
        }
        String name = file + (format == Exporter.Format.CSV ? ".csv" : ".json");
        DashboardSession session = session(ctx);
        Path directory = null;
        try {
            directory = Files.createTempDirectory("stork-export");
            Exporter.export(session.store(), format, directory, session.personName());
            byte[] bytes = Files.readAllBytes(directory.resolve(name));
            ctx.header("Content-Disposition", "attachment; filename=\"stork-" + name + "\"")
                    .contentType(format == Exporter.Format.CSV ? "text/csv; charset=utf-8" : "application/json")
                    .result(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("export to a temporary directory failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(directory);
        }
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("stork dashboard: could not delete " + directory + ": " + e.getMessage());
        }
    }
}
