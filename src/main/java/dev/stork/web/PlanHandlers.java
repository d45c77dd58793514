package dev.stork.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Plan;
import dev.stork.training.PlanChoice;
import dev.stork.training.PlanEntry;
import dev.stork.training.StanceTest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's API, as {@code stork plan} is in the terminal: {@code GET /api/plan} (the person's plan as today's
 * prescription, the exercises and levels a plan may hold, and the stance test), and {@code PUT} or
 * {@code POST /api/plan} with {@code {"plan": "ID[:LEVEL],..."}} or {@code {"plan": [{"id": ID, "level": N}, ...]}},
 * which replaces the plan. The choice is read by {@link PlanChoice}, so a wrong one is refused (400) with the
 * terminal's words; a change while a session is under way is refused (409). Each answers with the plan.
 */
final class PlanHandlers {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final Set<String> PLAN_FIELDS = Set.of("plan");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "level");
    /** Phases in which no session is under way, so the plan may change. */
    private static final Set<SessionView.Phase> BETWEEN_SESSIONS = EnumSet.of(SessionView.Phase.READY,
            SessionView.Phase.DONE, SessionView.Phase.FAILED);

    private PlanHandlers() {
    }

    /** The plan's routes. */
    static void routes(RoutesConfig routes) {
        routes.get("/api/plan", PlanHandlers::plan);
        routes.put("/api/plan", PlanHandlers::replace);
        routes.post("/api/plan", PlanHandlers::replace);
    }

    private static DashboardSession session(Context ctx) {
        return ctx.appData(DashboardServer.SESSION);
    }

    /** {@code GET /api/plan}. */
    static void plan(Context ctx) {
        DashboardSession session = session(ctx);
        Store store = session.store();
        Optional<Person> person = store.person(session.personName());
        Optional<Plan> plan = person.flatMap(p -> store.currentPlan(p.id()));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("person", session.personName());
        int birthYear = person.map(Person::birthYear).orElse(0);
        map.put("ageYears", birthYear == 0 ? null : Year.now().getValue() - birthYear);
        map.put("sex", DashboardJson.sex(person.map(Person::sex).orElse(null)));
        map.put("canChange", BETWEEN_SESSIONS.contains(session.view().phase()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PlanEntry entry : plan.map(Plan::entries).orElse(List.of())) {
            entries.add(entry(entry));
        }
        map.put("entries", entries);
        List<Map<String, Object>> exercises = new ArrayList<>();
        for (Exercise exercise : CATALOGUE.exercises()) {
            if (!exercise.assessment()) {
                exercises.add(choosable(exercise));
            }
        }
        map.put("exercises", exercises);
        map.put("stanceTest", stanceTest());
        ctx.contentType("application/json").result(DashboardJson.write(map));
    }

    /** {@code PUT} or {@code POST /api/plan}. */
    static void replace(Context ctx) {
        JsonNode body = RequestBodies.object(ctx, PLAN_FIELDS);
        JsonNode chosen = body.get("plan");
        Plan plan;
        if (chosen != null && chosen.isTextual()) {
            plan = PlanChoice.parse(chosen.asText(), CATALOGUE);
        } else if (chosen != null && chosen.isArray()) {
            plan = PlanChoice.of(items(chosen), CATALOGUE);
        } else {
            throw new BadRequest("'plan' must be the exercises chosen, as \"ID[:LEVEL],...\" or "
                    + "[{\"id\": ID, \"level\": N}, ...]; the exercises are: " + PlanChoice.trainable(CATALOGUE));
        }
        session(ctx).replacePlan(plan);
        plan(ctx);
    }

    /** The list form of a choice, each item checked for its fields. */
    private static List<PlanChoice.Item> items(JsonNode list) {
        List<PlanChoice.Item> items = new ArrayList<>();
        for (JsonNode node : list) {
            if (!node.isObject() || !node.path("id").isTextual()) {
                throw new BadRequest("each exercise of 'plan' must be {\"id\": ID, \"level\": N}, was " + node);
            }
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ITEM_FIELDS.contains(name)) {
                    throw new BadRequest("unknown field '" + name + "' in an exercise of 'plan'; allowed: "
                            + ITEM_FIELDS);
                }
            }
            String id = node.get("id").asText();
            JsonNode level = node.get("level");
            if (level != null && !level.isNull() && !level.isNumber() && !level.isTextual()) {
                throw new BadRequest("the level of '" + id + "' must be a level number, was " + level);
            }
            // A number and its text read alike, so PlanChoice names a wrong level as the terminal does.
            items.add(new PlanChoice.Item(id, level == null || level.isNull() ? null : level.asText()));
        }
        return items;
    }

    /** One entry as today's prescription: the level, its target and dose, and where it is done. */
    private static Map<String, Object> entry(PlanEntry entry) {
        Exercise exercise = CATALOGUE.get(entry.exerciseId());
        ExerciseLevel level = exercise.level(entry.level());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("exerciseId", exercise.id());
        map.put("name", exercise.name());
        map.put("level", entry.level());
        map.put("topLevel", exercise.topLevel());
        map.put("levelName", level.name());
        map.put("instruction", level.instruction());
        map.put("targetKind", level.target().isHold() ? "hold" : "repetitions");
        map.put("target", level.target().amount());
        map.put("targetWords", level.target().words());
        map.put("perLeg", level.perLeg());
        map.put("sets", entry.sets());
        map.put("repetitionsPerLeg", entry.repetitionsPerLeg());
        map.put("restS", entry.restSeconds());
        map.put("kind", exercise.isMeasured() ? "measured" : "logged");
        map.put("frequency", exercise.frequency());
        return map;
    }

    private static Map<String, Object> choosable(Exercise exercise) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", exercise.id());
        map.put("name", exercise.name());
        map.put("kind", exercise.isMeasured() ? "measured" : "logged");
        List<Map<String, Object>> levels = new ArrayList<>();
        for (ExerciseLevel level : exercise.levels()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("level", level.level());
            l.put("name", level.name());
            levels.add(l);
        }
        map.put("levels", levels);
        return map;
    }

    private static Map<String, Object> stanceTest() {
        Exercise test = CATALOGUE.get(StanceTest.EXERCISE_ID);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", test.id());
        map.put("name", test.name());
        map.put("trialsPerLeg", StanceTest.TRIALS);
        map.put("capS", StanceTest.CAP_SECONDS);
        map.put("safetyCue", test.safetyCue());
        return map;
    }
}
