package dev.stork.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The exercise catalogue: Stork's exercises and their levels, read from a JSON file whose format
 * {@code docs/training.md} documents. {@link #standard()} is the catalogue shipped in the jar
 * ({@code dev/stork/training/exercises.json}). The file is validated as it is read; every error names the source,
 * the exercise and the field.
 */
public final class ExerciseCatalogue {
    /** Classpath location of the shipped catalogue. */
    public static final String RESOURCE = "/dev/stork/training/exercises.json";

    private static final Set<String> EXERCISE_FIELDS = Set.of("id", "name", "description", "assessment",
            "measuredOn", "perLeg", "safetyCue", "frequency", "levels", "kind", "source");
    private static final Set<String> LEVEL_FIELDS = Set.of("level", "name", "instruction", "target", "perLeg",
            "repetitionsPerLeg", "sets", "restSeconds", "oneLegNorm");

    private final Map<String, Exercise> exercises;

    private ExerciseCatalogue(Map<String, Exercise> exercises) {
        this.exercises = exercises;
    }

    /** The catalogue shipped with Stork. */
    public static ExerciseCatalogue standard() {
        try (InputStream in = ExerciseCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new CatalogueException("the exercise catalogue " + RESOURCE + " is missing from the classpath");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new CatalogueException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates a catalogue.
     *
     * @param source name of the file or resource, used in error messages
     * @throws CatalogueException naming the source, exercise and field of the first problem
     */
    public static ExerciseCatalogue read(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw new CatalogueException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("exercises").isArray()) {
            throw new CatalogueException(source + ": expected an object with an array 'exercises'");
        }
        Map<String, Exercise> byId = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode node : root.get("exercises")) {
            index++;
            Exercise exercise = exercise(new Where(source, "exercise #" + index), node);
            if (byId.putIfAbsent(exercise.id(), exercise) != null) {
                throw new CatalogueException(source + ": exercise '" + exercise.id() + "': id is used twice");
            }
        }
        if (byId.isEmpty()) {
            throw new CatalogueException(source + ": 'exercises' is empty");
        }
        return new ExerciseCatalogue(byId);
    }

    /** All exercises in file order (unmodifiable). */
    public Collection<Exercise> exercises() {
        return Collections.unmodifiableCollection(exercises.values());
    }

    /** The exercise with this id, if any. */
    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    /**
     * The exercise with this id.
     *
     * @throws IllegalArgumentException listing the known ids when there is none
     */
    public Exercise get(String id) {
        Exercise exercise = exercises.get(id);
        if (exercise == null) {
            throw new IllegalArgumentException("no exercise '" + id + "' in the catalogue; known: "
                    + exercises.keySet());
        }
        return exercise;
    }

    private static Exercise exercise(Where where, JsonNode node) {
        if (!node.isObject()) {
            throw where.error("", "must be an object");
        }
        String id = text(where, node, "id");
        Where at = new Where(where.source, "exercise '" + id + "'");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw at.error("id", "must be lower-case words joined by '-', was '" + id + "'");
        }
        unknownFields(at, node, EXERCISE_FIELDS);
        Set<Board> boards = EnumSet.noneOf(Board.class);
        JsonNode measured = node.get("measuredOn");
        if (measured == null || !measured.isArray()) {
            throw at.error("measuredOn", "must be an array of boards (\"plate\", \"wobble-board\"); [] when the "
                    + "exercise is logged but not measured");
        }
        for (JsonNode board : measured) {
            Board parsed = board.isTextual() ? Board.fromJson(board.asText()) : null;
            if (parsed == null) {
                throw at.error("measuredOn", "unknown board " + board + "; use \"plate\" or \"wobble-board\"");
            }
            boards.add(parsed);
        }
        boolean perLeg = bool(at, node, "perLeg", null);
        JsonNode levelNodes = node.get("levels");
        if (levelNodes == null || !levelNodes.isArray() || levelNodes.isEmpty()) {
            throw at.error("levels", "must be a non-empty array");
        }
        List<ExerciseLevel> levels = new ArrayList<>();
        for (JsonNode levelNode : levelNodes) {
            levels.add(level(at, levelNode, levels.size() + 1, perLeg));
        }
        ExerciseKind kind = kind(at, node, boards, levels);
        return new Exercise(id, text(at, node, "name"), text(at, node, "description"),
                bool(at, node, "assessment", false), boards, text(at, node, "safetyCue"),
                text(at, node, "frequency"), levels, kind, text(at, node, "source"));
    }

    /** The exercise's kind, checked against its boards and its levels' targets. */
    private static ExerciseKind kind(Where at, JsonNode node, Set<Board> boards, List<ExerciseLevel> levels) {
        String name = text(at, node, "kind");
        ExerciseKind kind = ExerciseKind.fromJson(name);
        if (kind == null) {
            throw at.error("kind", "unknown kind '" + name + "'; use \"hold\", \"kneeling-hold\", "
                    + "\"repetitions\" or \"logged\"");
        }
        if ((kind == ExerciseKind.LOGGED) != boards.isEmpty()) {
            throw at.error("kind", "an exercise is \"logged\" exactly when no board measures it (measuredOn [])");
        }
        boolean holds = kind == ExerciseKind.HOLD || kind == ExerciseKind.KNEELING_HOLD;
        for (ExerciseLevel level : levels) {
            if (kind != ExerciseKind.LOGGED && level.target().isHold() != holds) {
                throw at.error("kind", "a " + name + " exercise has " + (holds ? "hold" : "repetition")
                        + " targets, but level " + level.level() + " aims for " + level.target().words());
            }
        }
        if (kind == ExerciseKind.REPETITIONS && !boards.equals(Set.of(Board.PLATE))
                || kind == ExerciseKind.KNEELING_HOLD && !boards.equals(Set.of(Board.PLATE))) {
            throw at.error("measuredOn", "repetitions and kneeling holds are measured on the plate only");
        }
        return kind;
    }

    private static ExerciseLevel level(Where exercise, JsonNode node, int expected, boolean exercisePerLeg) {
        if (!node.isObject()) {
            throw exercise.error("levels[" + expected + "]", "must be an object");
        }
        int number = integer(exercise, node, "levels[" + expected + "].level", "level", 1);
        if (number != expected) {
            throw exercise.error("levels[" + expected + "].level", "levels must be numbered 1, 2, 3 ... in order; "
                    + "expected " + expected + ", was " + number);
        }
        Where at = new Where(exercise.source, exercise.what + " level " + number);
        unknownFields(at, node, LEVEL_FIELDS);
        JsonNode targetNode = node.get("target");
        if (targetNode == null || !targetNode.isObject() || targetNode.size() != 1
                || !(targetNode.has("holdSeconds") || targetNode.has("repetitions"))) {
            throw at.error("target", "must be {\"holdSeconds\": N} or {\"repetitions\": N}");
        }
        Target target;
        if (targetNode.has("holdSeconds")) {
            JsonNode seconds = targetNode.get("holdSeconds");
            if (!seconds.isNumber() || !(seconds.asDouble() > 0)) {
                throw at.error("target.holdSeconds", "must be a positive number of seconds, was " + seconds);
            }
            target = Target.holdSeconds(seconds.asDouble());
        } else {
            target = Target.repetitions(integer(at, targetNode, "target.repetitions", "repetitions", 1));
        }
        return new ExerciseLevel(number, text(at, node, "name"), text(at, node, "instruction"), target,
                bool(at, node, "perLeg", exercisePerLeg),
                integer(at, node, "repetitionsPerLeg", "repetitionsPerLeg", 1),
                integer(at, node, "sets", "sets", 1),
                integer(at, node, "restSeconds", "restSeconds", 0),
                bool(at, node, "oneLegNorm", false));
    }

    private static void unknownFields(Where at, JsonNode node, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw at.error(name, "is not a known field (known: " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String text(Where at, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw at.error(field, "must be a non-empty string");
        }
        return value.asText().strip();
    }

    private static boolean bool(Where at, JsonNode node, String field, Boolean defaultValue) {
        JsonNode value = node.get(field);
        if (value == null && defaultValue != null) {
            return defaultValue;
        }
        if (value == null || !value.isBoolean()) {
            throw at.error(field, "must be true or false");
        }
        return value.asBoolean();
    }

    private static int integer(Where at, JsonNode node, String label, String field, int min) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || value.asInt() < min) {
            throw at.error(label, "must be a whole number >= " + min + ", was " + value);
        }
        return value.asInt();
    }

    private record Where(String source, String what) {
        CatalogueException error(String field, String problem) {
            return new CatalogueException(source + ": " + what + (field.isEmpty() ? "" : ": field '" + field + "'")
                    + " " + problem);
        }
    }
}
