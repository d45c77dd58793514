package dev.stork.session;

/**
 * What the person says about an exercise done off the board, asked in the session when its turn comes: whether it
 * was done, and how many repetitions.
 *
 * @param done        whether the person did it (no: nothing is stored for it)
 * @param repetitions repetitions done, 0 or more
 */
public record LoggedAnswer(boolean done, int repetitions) {
    /** Not done: the session goes on to the next trial. */
    public static final LoggedAnswer NOT_DONE = new LoggedAnswer(false, 0);

    /** Checks the count. */
    public LoggedAnswer {
        if (repetitions < 0) {
            throw new IllegalArgumentException("repetitions must be 0 or more, was " + repetitions);
        }
    }
}
