package dev.stork.training;

/** A kind of board that can measure an exercise. Exercises no board measures are logged only. */
public enum Board {
    /** A force plate (four load cells, or the Wii Balance Board): COP sway and hold time. */
    PLATE("plate"),
    /** An IMU wobble board: tilt and wobble, and hold time. */
    WOBBLE_BOARD("wobble-board");

    private final String jsonName;

    Board(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The name used in {@code exercises.json}. */
    public String jsonName() {
        return jsonName;
    }

    /** The board of a JSON name, or null when there is none. */
    static Board fromJson(String name) {
        for (Board board : values()) {
            if (board.jsonName.equals(name)) {
                return board;
            }
        }
        return null;
    }
}
