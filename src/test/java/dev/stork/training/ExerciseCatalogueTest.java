package dev.stork.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExerciseCatalogueTest {
    private static final String VALID_LEVEL = "{\"level\":1,\"name\":\"n\",\"instruction\":\"i\","
            + "\"target\":{\"repetitions\":5},\"repetitionsPerLeg\":1,\"sets\":1,\"restSeconds\":10}";

    private final ExerciseCatalogue catalogue = ExerciseCatalogue.standard();

    @Test
    void shippedCatalogueHoldsTheBackPainBalanceProgramme() {
        Exercise stance = catalogue.get("single-leg-stance");
        assertEquals(4, stance.topLevel());
        assertEquals(List.of("holding on", "hands free, arms by your side", "arms out to the side", "eyes closed"),
                stance.levels().stream().map(ExerciseLevel::name).toList());
        for (ExerciseLevel level : stance.levels()) {
            assertEquals(Target.holdSeconds(15), level.target(), "stance holds up to 15 s at " + level.name());
            assertTrue(level.repetitionsPerLeg() >= 5 && level.repetitionsPerLeg() <= 10, "5-10 per leg");
        }
        assertEquals(Set.of(Board.PLATE, Board.WOBBLE_BOARD), stance.measuredOn());

        assertEquals(List.of(Target.holdSeconds(2), Target.holdSeconds(5), Target.holdSeconds(10)),
                catalogue.get("single-leg-rdl").levels().stream().map(ExerciseLevel::target).toList());

        Exercise hinge = catalogue.get("hip-hinge-rear-foot-block");
        assertFalse(hinge.level(1).perLeg(), "the hinge starts bilateral");
        assertTrue(hinge.level(2).perLeg());
        assertEquals(3, hinge.level(3).sets());
        assertTrue(hinge.level(3).target().amount() >= 8 && hinge.level(3).target().amount() <= 10);

        assertEquals(4, catalogue.get("kneeling-side-leg").topLevel());
        assertEquals(3, catalogue.get("kneel-lean-destabilise").topLevel());
        assertTrue(catalogue.get("lateral-lunge").isMeasured());
        for (String offBoard : List.of("reverse-lunge", "split-squat", "sideways-stairs", "prone-single-leg-kick")) {
            assertFalse(catalogue.get(offBoard).isMeasured(), offBoard + " is logged, not measured");
        }
        assertEquals(Target.repetitions(10), catalogue.get("prone-single-leg-kick").level(1).target());
        assertTrue(catalogue.get(StanceTest.EXERCISE_ID).assessment());
        for (Exercise exercise : catalogue.exercises()) {
            assertTrue(exercise.safetyCue().contains("Stop if your form breaks or it hurts"), exercise.id());
        }
    }

    @Test
    void missingFieldIsNamedWithItsExercise() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> read(
                "{\"exercises\":[{\"id\":\"wobble\",\"name\":\"W\",\"kind\":\"logged\",\"source\":\"s\","
                        + "\"description\":\"d\",\"measuredOn\":[],\"perLeg\":true,\"frequency\":\"daily\","
                        + "\"levels\":[" + VALID_LEVEL + "]}]}"));
        assertEquals("test.json: exercise 'wobble': field 'safetyCue' must be a non-empty string", e.getMessage());
    }

    @Test
    void badLevelFieldsAreNamedWithExerciseAndLevel() {
        CatalogueException target = assertThrows(CatalogueException.class, () -> read(exercise(
                "{\"level\":1,\"name\":\"n\",\"instruction\":\"i\",\"target\":{\"holdSeconds\":-3},"
                        + "\"repetitionsPerLeg\":5,\"sets\":1,\"restSeconds\":10}")));
        assertEquals("test.json: exercise 'wobble' level 1: field 'target.holdSeconds' must be a positive number "
                + "of seconds, was -3", target.getMessage());
        CatalogueException order = assertThrows(CatalogueException.class, () -> read(exercise(
                "{\"level\":2,\"name\":\"n\",\"instruction\":\"i\",\"target\":{\"repetitions\":5},"
                        + "\"repetitionsPerLeg\":1,\"sets\":1,\"restSeconds\":10}")));
        assertTrue(order.getMessage().contains("exercise 'wobble': field 'levels[1].level'"), order.getMessage());
        CatalogueException unknown = assertThrows(CatalogueException.class, () -> read(exercise(
                "{\"level\":1,\"name\":\"n\",\"instruction\":\"i\",\"target\":{\"repetitions\":5},"
                        + "\"repetitionsPerLeg\":1,\"sets\":1,\"restSeconds\":10,\"reps\":3}")));
        assertTrue(unknown.getMessage().startsWith("test.json: exercise 'wobble' level 1: field 'reps' is not a "
                + "known field"), unknown.getMessage());
    }

    @Test
    void unknownBoardDuplicateIdAndBrokenJsonAreRejected() {
        CatalogueException board = assertThrows(CatalogueException.class, () -> read(exercise(VALID_LEVEL)
                .replace("\"measuredOn\":[]", "\"measuredOn\":[\"trampoline\"]")));
        assertTrue(board.getMessage().contains("exercise 'wobble': field 'measuredOn' unknown board \"trampoline\""),
                board.getMessage());
        String one = object(VALID_LEVEL);
        String twice = "{\"exercises\":[" + one + "," + one + "]}";
        CatalogueException duplicate = assertThrows(CatalogueException.class, () -> read(twice));
        assertEquals("test.json: exercise 'wobble': id is used twice", duplicate.getMessage());
        CatalogueException json = assertThrows(CatalogueException.class, () -> read("{\"exercises\": ["));
        assertTrue(json.getMessage().startsWith("test.json: not valid JSON"), json.getMessage());
    }

    @Test
    void theKindMustFitTheBoardsAndTheTargets() {
        CatalogueException unknown = assertThrows(CatalogueException.class, () -> read(exercise(VALID_LEVEL)
                .replace("\"kind\":\"logged\"", "\"kind\":\"juggling\"")));
        assertEquals("test.json: exercise 'wobble': field 'kind' unknown kind 'juggling'; use \"hold\", "
                + "\"kneeling-hold\", \"repetitions\" or \"logged\"", unknown.getMessage());
        CatalogueException measured = assertThrows(CatalogueException.class, () -> read(exercise(VALID_LEVEL)
                .replace("\"kind\":\"logged\"", "\"kind\":\"hold\"")));
        assertTrue(measured.getMessage().contains("\"logged\" exactly when no board measures it"),
                measured.getMessage());
        CatalogueException target = assertThrows(CatalogueException.class, () -> read(exercise(VALID_LEVEL)
                .replace("\"kind\":\"logged\"", "\"kind\":\"hold\"")
                .replace("\"measuredOn\":[]", "\"measuredOn\":[\"plate\"]")));
        assertTrue(target.getMessage().contains("a hold exercise has hold targets, but level 1 aims for 5 "
                + "repetitions"), target.getMessage());
    }

    @Test
    void theShippedCatalogueSaysHowEachExerciseIsDoneAndWhereItComesFrom() {
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        assertEquals(ExerciseKind.REPETITIONS, catalogue.get("hip-hinge-rear-foot-block").kind());
        assertEquals(ExerciseKind.REPETITIONS, catalogue.get("lateral-lunge").kind());
        assertEquals(ExerciseKind.KNEELING_HOLD, catalogue.get("kneeling-side-leg").kind());
        assertEquals(ExerciseKind.KNEELING_HOLD, catalogue.get("kneel-lean-destabilise").kind());
        assertEquals(ExerciseKind.LOGGED, catalogue.get("prone-single-leg-kick").kind());
        assertEquals(ExerciseKind.HOLD, catalogue.get("single-leg-rdl").kind());
        for (Exercise exercise : catalogue.exercises()) {
            assertTrue(exercise.source().length() > 40, exercise.id());
        }
    }

    private static String exercise(String level) {
        return "{\"exercises\":[" + object(level) + "]}";
    }

    private static String object(String level) {
        return "{\"id\":\"wobble\",\"name\":\"W\",\"kind\":\"logged\",\"source\":\"the brief\","
                + "\"description\":\"d\",\"measuredOn\":[],"
                + "\"perLeg\":true,\"safetyCue\":\"Stop if your form breaks or it hurts.\",\"frequency\":\"daily\","
                + "\"levels\":[" + level + "]}";
    }

    private static ExerciseCatalogue read(String json) throws IOException {
        return ExerciseCatalogue.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
