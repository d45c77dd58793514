package dev.stork.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stork.training.Sex;
import dev.stork.training.StanceTest;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code POST /api/session/start} was asked to begin: {@code {}} today's whole session,
 * {@code {"exercise": ID}} one exercise of the plan on its own, or {@code {"assessment": "stance-test"}} the
 * single-leg stance test, with {@code "age"} (years) and {@code "sex"} ({@code "female"} or {@code "male"}) when
 * they are not kept with the person yet.
 *
 * @param exerciseId the exercise to do on its own, or null
 * @param stanceTest whether the stance test was asked for
 * @param ageYears   the age given for the stance test's norms, or null
 * @param sex        the sex given for its eyes-closed norms, or null
 */
record SessionStart(String exerciseId, boolean stanceTest, Integer ageYears, Sex sex) {
    /** The fields the body may have. */
    static final Set<String> FIELDS = Set.of("exercise", "assessment", "age", "sex");

    /**
     * Reads the body.
     *
     * @throws BadRequest naming the field that is wrong
     */
    static SessionStart read(JsonNode body) {
        String exercise = text(body, "exercise");
        String assessment = text(body, "assessment");
        if (assessment != null && !assessment.equals(StanceTest.EXERCISE_ID)) {
            throw new BadRequest("'assessment' must be \"" + StanceTest.EXERCISE_ID + "\"");
        }
        if (exercise != null && assessment != null) {
            throw new BadRequest("start either one exercise or the stance test, not both");
        }
        JsonNode age = body.get("age");
        String sex = text(body, "sex");
        if (assessment == null && (age != null || sex != null)) {
            throw new BadRequest("'age' and 'sex' are for the stance test (\"assessment\": \""
                    + StanceTest.EXERCISE_ID + "\")");
        }
        if (age != null && !age.isNull() && !age.isIntegralNumber()) {
            throw new BadRequest("'age' must be a whole number of years");
        }
        return new SessionStart(exercise, assessment != null, age == null || age.isNull() ? null : age.asInt(),
                sex == null ? null : sex(sex));
    }

    /** Begins what was asked for on {@code session}. */
    void begin(DashboardSession session) {
        if (stanceTest) {
            session.startStanceTest(ageYears, sex);
        } else if (exerciseId != null) {
            session.startExercise(exerciseId);
        } else {
            session.start();
        }
    }

    /** A text field, null when absent, null or blank. */
    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BadRequest("'" + field + "' must be text");
        }
        String text = node.asText().strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? null : text;
    }

    private static Sex sex(String text) {
        return switch (text) {
            case "female" -> Sex.FEMALE;
            case "male" -> Sex.MALE;
            default -> throw new BadRequest("'sex' must be \"female\" or \"male\", was '" + text + "'");
        };
    }
}
