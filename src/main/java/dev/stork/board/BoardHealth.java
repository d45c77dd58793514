package dev.stork.board;

/**
 * How a live board is doing, for a status display: an immutable snapshot any thread may keep.
 *
 * @param source         the board's name, e.g. "serial plate 57020001 on /dev/ttyACM0"
 * @param connection     the last connection state the board reported
 * @param nominalRateHz  the rate the device is set to, Hz; 0 for an irregular board (the Wii board)
 * @param achievedRateHz samples per second actually delivered over the last second or so, Hz
 * @param samples        samples delivered since the board was opened
 * @param lostSamples    samples missing from sequence gaps (lost or corrupted frames)
 * @param duplicates     samples dropped because they repeated one already delivered; only a board whose link
 *                       numbers its frames (a serial plate) can tell, so 0 for every other board
 * @param corruptFrames  frames rejected by their check ("CRC errors"); 0 for boards without a link
 * @param reconnections  times the board came back after being lost
 * @param dataGaps       pauses of more than 100 ms between two samples (see {@link dev.stork.trial.DataGaps}), on any board
 * @param dataGapS       time without data over those pauses, s
 * @param lastMessage    the last health message, for the person at the board; empty when none
 */
public record BoardHealth(String source, Connection connection, double nominalRateHz, double achievedRateHz,
                          long samples, long lostSamples, long duplicates, long corruptFrames,
                          long reconnections, long dataGaps, double dataGapS, String lastMessage) {

    /** Connection states of a live board. */
    public enum Connection {
        /** Opened, waiting for the board's first answer. */
        CONNECTING,
        /** The board answers and samples flow. */
        CONNECTED,
        /** The board stopped answering or disappeared. */
        DISCONNECTED,
        /** Trying to reach the board again. */
        RECONNECTING,
        /** The source has ended (a replayed recording ran out, or the board was closed). */
        ENDED
    }

    /** Whether samples can be expected now. */
    public boolean connected() {
        return connection == Connection.CONNECTED;
    }
}
