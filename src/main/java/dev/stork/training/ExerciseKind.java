package dev.stork.training;

/**
 * How an exercise is done and so how a session runs it: the catalogue's {@code kind}.
 */
public enum ExerciseKind {
    /** Standing on one leg, timed from foot-off to touchdown (single-leg stance, the Romanian deadlift's holds). */
    HOLD("hold"),
    /**
     * Kneeling on one knee on the board, the other leg out or its foot on the floor, timed from the moment the other
     * knee leaves the board until it, the outstretched foot or a hand takes weight again.
     */
    KNEELING_HOLD("kneeling-hold"),
    /** A set of repetitions on the board, counted from the plate (hip hinge, lateral lunge). */
    REPETITIONS("repetitions"),
    /** Done off the board: the session asks whether it was done and how many, and logs it. */
    LOGGED("logged");

    private final String jsonName;

    ExerciseKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in {@code exercises.json}. */
    public String jsonName() {
        return jsonName;
    }

    /** The kind of a JSON name, or null when there is none. */
    static ExerciseKind fromJson(String name) {
        for (ExerciseKind kind : values()) {
            if (kind.jsonName.equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
