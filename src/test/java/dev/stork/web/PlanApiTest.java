package dev.stork.web;

import static dev.stork.web.support.DashboardApi.ok;
import static dev.stork.web.support.DashboardApi.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionRunner;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.session.TrialAnswer;
import dev.stork.store.Person;
import dev.stork.store.StoredDecision;
import dev.stork.store.StoredTrial;
import dev.stork.training.Decision;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PlanChoice;
import dev.stork.training.PlanEntry;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import dev.stork.training.TrialOutcome;
import dev.stork.web.support.DashboardApi;
import dev.stork.web.support.RunningDashboard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan's routes and the start of one exercise or of the stance test, on the real server with its token, over a
 * simulated plate run as fast as possible and a real SQLite store: the plan as today's prescription, a plan chosen
 * as text or as a list and stored, wrong choices refused with the terminal's words, no change while a session runs,
 * a one-exercise session that decides for that exercise only, and the stance test to its result.
 */
class PlanApiTest {
    private static final ExerciseCatalogue CATALOGUE = ExerciseCatalogue.standard();
    private static final double SESSION_S = 60;

    @TempDir
    Path data;

    private RunningDashboard dashboard;
    private DashboardApi api;

    @BeforeEach
    void start() {
        dashboard = RunningDashboard.simulated(data, "127.0.0.1", true, "single-leg-stance", 100, Pacing.FAST);
        api = new DashboardApi(dashboard);
    }

    @AfterEach
    void stop() throws InterruptedException {
        dashboard.close();
    }

    private Plan storedPlan() {
        return dashboard.store.currentPlan(dashboard.person.id()).orElseThrow();
    }

    private void setPlan(String choice) {
        dashboard.store.savePlan(dashboard.person.id(), PlanChoice.parse(choice, CATALOGUE), Instant.now());
    }

    /** The words {@code stork plan --set choice} refuses {@code choice} with. */
    private static String terminalRefusal(String choice) {
        return assertThrows(IllegalArgumentException.class, () -> PlanChoice.parse(choice, CATALOGUE)).getMessage();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    @Test
    void thePlanIsShownAsTodaysPrescriptionWithTheExercisesToChooseFrom() throws Exception {
        setPlan("single-leg-stance:2,prone-single-leg-kick");
        JsonNode plan = ok(api.get("api/plan"));
        assertEquals(RunningDashboard.PERSON, plan.get("person").asText());
        assertTrue(plan.get("canChange").asBoolean(), plan.toString());
        assertTrue(plan.get("ageYears").isNull(), "age not known yet");
        JsonNode stance = plan.get("entries").get(0);
        assertEquals("single-leg-stance", stance.get("exerciseId").asText());
        assertEquals("Single-leg stance, knee raised", stance.get("name").asText());
        assertEquals(2, stance.get("level").asInt());
        assertEquals(4, stance.get("topLevel").asInt());
        assertEquals("hands free, arms by your side", stance.get("levelName").asText());
        assertEquals("hold", stance.get("targetKind").asText());
        assertEquals(15, stance.get("target").asDouble());
        assertTrue(stance.get("perLeg").asBoolean());
        assertEquals(1, stance.get("sets").asInt());
        assertEquals(5, stance.get("repetitionsPerLeg").asInt());
        assertEquals("measured", stance.get("kind").asText());
        JsonNode kick = plan.get("entries").get(1);
        assertEquals("prone-single-leg-kick", kick.get("exerciseId").asText());
        assertEquals("repetitions", kick.get("targetKind").asText());
        assertEquals(10, kick.get("target").asDouble());
        assertEquals("logged", kick.get("kind").asText());
        assertEquals(2, plan.get("entries").size());

        List<String> trainable = CATALOGUE.exercises().stream().filter(e -> !e.assessment()).map(Exercise::id)
                .toList();
        assertEquals(trainable, texts(plan.get("exercises"), "id"), "every exercise a plan may hold, in order");
        assertFalse(texts(plan.get("exercises"), "id").contains(StanceTest.EXERCISE_ID), "the test is run alone");
        JsonNode stanceLevels = plan.get("exercises").get(0).get("levels");
        assertEquals(List.of("holding on", "hands free, arms by your side", "arms out to the side", "eyes closed"),
                texts(stanceLevels, "name"));
        assertEquals(StanceTest.EXERCISE_ID, plan.get("stanceTest").get("id").asText());
    }

    @Test
    void aPlanChosenAsTextIsStoredAsStorkPlanSetStoresIt() throws Exception {
        JsonNode plan = ok(api.send("PUT", "api/plan", "{\"plan\": \"single-leg-rdl:3, kneeling-side-leg\"}", true));
        assertEquals(PlanChoice.parse("single-leg-rdl:3,kneeling-side-leg", CATALOGUE), storedPlan());
        assertEquals(List.of("single-leg-rdl", "kneeling-side-leg"), texts(plan.get("entries"), "exerciseId"));
        assertEquals(List.of("3", "1"), texts(plan.get("entries"), "level"));
        assertEquals("10-second holds", plan.get("entries").get(0).get("levelName").asText());
        assertEquals(List.of("single-leg-rdl", "single-leg-rdl", "single-leg-rdl"),
                texts(api.session().get("trials"), "exerciseId").subList(0, 3), "today's trials follow the plan");
    }

    @Test
    void aPlanChosenAsAListIsStoredToo() throws Exception {
        ok(api.post("api/plan", "{\"plan\": [{\"id\": \"single-leg-stance\", \"level\": 3},"
                + " {\"id\": \"lateral-lunge\"}, {\"id\": \"reverse-lunge\", \"level\": \"1\"}]}"));
        assertEquals(PlanChoice.parse("single-leg-stance:3,lateral-lunge,reverse-lunge:1", CATALOGUE),
                storedPlan());
    }

    @ParameterizedTest
    @ValueSource(strings = {"balance-beam", "single-leg-stance:9", "single-leg-stance:two", "stance-test",
        " , ", "single-leg-stance,single-leg-stance:2", "lateral-lunge:0"})
    void aWrongChoiceIsRefusedWithTheTerminalsWords(String choice) throws Exception {
        Plan before = storedPlan();
        String reason = refused(400, api.send("PUT", "api/plan", "{\"plan\": \"" + choice + "\"}", true));
        assertEquals(terminalRefusal(choice), reason);
        assertEquals(before, storedPlan(), "the plan is unchanged");
    }

    @Test
    void aWrongLevelInTheListIsRefusedAsInTheText() throws Exception {
        String reason = refused(400, api.post("api/plan", "{\"plan\": [{\"id\": \"single-leg-stance\", \"level\": 7}]}"));
        assertEquals(terminalRefusal("single-leg-stance:7"), reason);
        assertTrue(reason.contains("its levels are 1 (holding on), 2 (hands free"), reason);
        String unknown = refused(400, api.post("api/plan", "{\"plan\": [{\"id\": \"wobble\"}]}"));
        assertTrue(unknown.startsWith("no exercise 'wobble'; the exercises are: single-leg-stance, "), unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"plan\": 3}", "{\"plan\": [\"single-leg-stance\"]}", "{\"plan\": [{\"id\": 1}]}",
        "{\"plan\": [{\"id\": \"single-leg-stance\", \"sets\": 9}]}",
        "{\"plan\": [{\"id\": \"single-leg-stance\", \"level\": true}]}", "{\"plans\": \"single-leg-stance\"}", "["})
    void aMalformedBodyIsRefusedWithAReason(String body) throws Exception {
        Plan before = storedPlan();
        String reason = refused(400, api.post("api/plan", body));
        assertFalse(reason.isBlank(), body);
        assertEquals(before, storedPlan());
    }

    @Test
    void thePlanNeedsTheToken() throws Exception {
        Plan before = storedPlan();
        assertEquals(401, api.send("PUT", "api/plan", "{\"plan\": \"lateral-lunge\"}", false).statusCode());
        assertEquals(401, api.send("POST", "api/plan", "{\"plan\": \"lateral-lunge\"}", false).statusCode());
        assertEquals(401, api.send("GET", "api/plan", "", false).statusCode());
        assertEquals(before, storedPlan());
    }

    @Test
    void thePlanCannotChangeWhileASessionIsUnderWay() throws Exception {
        Plan before = storedPlan();
        ok(api.post("api/session/start", "{}"));
        api.awaitPhase("REPORT", SESSION_S);
        String reason = refused(409, api.send("PUT", "api/plan", "{\"plan\": \"lateral-lunge\"}", true));
        assertEquals("A session is under way: end it before changing the plan.", reason);
        assertFalse(ok(api.get("api/plan")).get("canChange").asBoolean());
        assertEquals(before, storedPlan());
        assertTrue(refused(409, api.post("api/session/start", "{\"exercise\": \"single-leg-stance\"}"))
                .contains("already running"));

        ok(api.post("api/session/stop", "{}"));
        api.awaitPhase("DONE", SESSION_S);
        ok(api.send("PUT", "api/plan", "{\"plan\": \"lateral-lunge\"}", true));
        assertEquals(PlanChoice.parse("lateral-lunge", CATALOGUE), storedPlan(), "between sessions it may");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"exercise\": \"lateral-lunge\"}", "{\"exercise\": \"prone-single-leg-kick\"}",
        "{\"exercise\": \"single-leg-stance\", \"assessment\": \"stance-test\"}", "{\"assessment\": \"balance\"}",
        "{\"age\": 60}", "{\"assessment\": \"stance-test\"}", "{\"assessment\": \"stance-test\", \"age\": 0}",
        "{\"assessment\": \"stance-test\", \"age\": 60.5}", "{\"assessment\": \"stance-test\", \"age\": 60, "
        + "\"sex\": \"other\"}", "{\"exercise\": 3}"})
    void aStartThatCannotBeIsRefusedSayingWhy(String body) throws Exception {
        setPlan("single-leg-stance,prone-single-leg-kick");
        String reason = refused(400, api.post("api/session/start", body));
        assertFalse(reason.isBlank(), body);
        assertEquals("READY", api.session().get("phase").asText(), "nothing started");
        if (body.contains("lateral-lunge")) {
            assertEquals("'lateral-lunge' is not in the plan of tester; its exercises are: single-leg-stance, "
                    + "prone-single-leg-kick", reason);
        }
        if (body.equals("{\"assessment\": \"stance-test\"}")) {
            assertTrue(reason.startsWith("the norms depend on age"), reason);
        }
    }

    /**
     * A whole session in which the deadlift hurt (6/10), which moved it down from level 3 to 2; then the stance on
     * its own. Deciding the whole plan again would move the deadlift down once more, on the same session's pain.
     */
    @Test
    void oneExerciseOnItsOwnIsDecidedAloneAndTheOthersStayAsTheyWere() throws Exception {
        setPlan("single-leg-stance:2,single-leg-rdl:3");
        Path work = Files.createDirectories(data.resolve("earlier"));
        new SessionRunner(dashboard.store, CATALOGUE, SimulatedTrialBoard.holdingAroundTarget(
                PersonModel.typicalAdult(), 100, 11, Pacing.FAST, () -> 0L),
                (trial, number, heldS) -> new TrialAnswer(trial.exerciseId().equals("single-leg-rdl") ? 6 : 0, false),
                SessionClock.jumping(), work).run(dashboard.person, storedPlan());
        Plan before = storedPlan();
        assertEquals(2, before.entry("single-leg-rdl").orElseThrow().level(), "the pain moved the deadlift down");
        int decisionsBefore = dashboard.store.decisions(dashboard.person.id()).size();
        int trialsBefore = dashboard.store.trials(dashboard.person.id()).size();

        JsonNode started = ok(api.post("api/session/start", "{\"exercise\": \"single-leg-stance\"}"));
        assertEquals("EXERCISE", started.get("kind").asText());
        JsonNode done = api.answerUntilDone(SESSION_S);

        assertEquals(10, done.get("trials").size(), "level 2: five holds per leg");
        assertEquals(List.of("single-leg-stance"), texts(done.get("trials"), "exerciseId").stream().distinct().toList());
        List<StoredDecision> decisions = dashboard.store.decisions(dashboard.person.id());
        assertEquals(decisionsBefore + 1, decisions.size(), "one decision: " + decisions);
        Decision decision = decisions.get(decisions.size() - 1).decision();
        assertEquals("single-leg-stance", decision.exerciseId());
        assertEquals(1, done.get("decisions").size());
        assertEquals(decision.sentence(), done.get("decisions").get(0).get("sentence").asText());
        Plan after = storedPlan();
        assertEquals(List.of("single-leg-stance", "single-leg-rdl"),
                after.entries().stream().map(PlanEntry::exerciseId).toList(), "both exercises kept, in order");
        assertEquals(decision.toLevel(), after.entry("single-leg-stance").orElseThrow().level());
        assertEquals(before.entry("single-leg-rdl"), after.entry("single-leg-rdl"), "the deadlift as it was");
        List<StoredTrial> trials = dashboard.store.trials(dashboard.person.id());
        assertEquals(trialsBefore + 10, trials.size());
        assertTrue(trials.subList(trialsBefore, trials.size()).stream()
                .allMatch(t -> t.outcome().isOf("single-leg-stance", 2, t.outcome().leg())), "at its level");
    }

    @Test
    void theStanceTestRunsToItsResultAgainstTheNormsAndKeepsTheAge() throws Exception {
        Plan before = storedPlan();
        JsonNode started = ok(api.post("api/session/start",
                "{\"assessment\": \"stance-test\", \"age\": 67, \"sex\": \"female\"}"));
        assertEquals("STANCE_TEST", started.get("kind").asText());
        assertEquals(12, started.get("trials").size(), "three per leg, eyes open then closed");
        JsonNode done = api.answerUntilDone(SESSION_S);

        Person person = dashboard.store.person(RunningDashboard.PERSON).orElseThrow();
        assertEquals(Year.now().getValue() - 67, person.birthYear(), "the age is kept");
        assertEquals(Sex.FEMALE, person.sex());
        List<TrialOutcome> outcomes = dashboard.store.trials(person.id()).stream().map(StoredTrial::outcome).toList();
        assertEquals(12, outcomes.size());
        List<StanceTest.Line> expected = StanceTest.evaluate(outcomes, 67, Sex.FEMALE);
        JsonNode result = done.get("stanceTest");
        assertEquals(67, result.get("ageYears").asInt());
        assertEquals("female", result.get("sex").asText());
        assertEquals(expected.stream().map(StanceTest.Line::sentence).toList(), texts(result.get("lines"), "sentence"));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).bestSeconds(), result.get("lines").get(i).get("bestS").asDouble(), 1e-9);
            assertEquals(3, result.get("lines").get(i).get("trials").asInt());
        }
        assertTrue(result.get("lines").get(0).get("sentence").asText().startsWith("Eyes open, left leg: best "));
        assertTrue(done.get("decisions").isEmpty(), "an assessment moves no level");
        assertTrue(dashboard.store.decisions(person.id()).isEmpty());
        assertEquals(before, storedPlan(), "the plan as it was");

        // The age is kept: the next test needs none.
        ok(api.post("api/session/start", "{\"assessment\": \"stance-test\"}"));
        assertEquals(67, api.answerUntilDone(SESSION_S).get("stanceTest").get("ageYears").asInt());
    }
}
