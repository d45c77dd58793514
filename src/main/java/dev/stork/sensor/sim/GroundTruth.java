package dev.stork.sensor.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What really happened in a simulated session: every phase and every hold with its times, for checking a
 * detector against. Written next to a recording as {@code FILE.truth.json}.
 *
 * @param board     "plate" or "imu"
 * @param script    the session script's text
 * @param seed      the random seed
 * @param rateHz    sample rate, Hz
 * @param durationS length of the session, s
 * @param phases    every phase of the script, in order
 * @param holds     every hold: a single-leg phase on a plate (a toe touch splits a lift into two); a run of the
 *                  board kept off its rim on a wobble board
 */
public record GroundTruth(String board, String script, long seed, double rateHz, double durationS,
                          List<PhaseTruth> phases, List<HoldTruth> holds) {

    /** How a true hold ended. */
    public enum Ending {
        TOUCHDOWN, STEP_OFF, EDGE_CONTACT, END_OF_SESSION,
        /** Kneeling: the outstretched foot or a hand came down beside the board and took weight. */
        SUPPORT
    }

    /**
     * One phase of the script.
     *
     * @param kind       the phase's kind in lower case (empty, on, both, hesitate, lift, toe, support, off, chair, rep)
     * @param liftedFoot for a lift: the foot in the air; for a toe touch: the foot whose toes touch
     * @param startS     start, s from the session's beginning
     * @param endS       end, s
     */
    public record PhaseTruth(String kind, Side liftedFoot, double startS, double endS) {
    }

    /**
     * One hold.
     *
     * @param stanceFoot the foot carrying the weight; null on a wobble board when the run was not one single-leg
     *                   phase
     * @param startS     foot-off: the instant the free foot's load reached 0 (on a wobble board: the rim left the
     *                   floor), s
     * @param endS       touchdown: the first instant the free foot (or its toes) bore load again; stepping off
     *                   from one leg, the instant the total load began to fall; kneeling, the first instant the
     *                   outstretched foot or a hand bore weight beside the board; or the rim touched, s
     * @param ending     how it ended
     */
    public record HoldTruth(Side stanceFoot, double startS, double endS, Ending ending) {
        /** Duration, s. */
        public double durationS() {
            return endS - startS;
        }
    }

    /** Copies the lists. */
    public GroundTruth {
        phases = List.copyOf(phases);
        holds = List.copyOf(holds);
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Writes this truth as JSON. */
    public void write(Path file) throws IOException {
        JSON.writeValue(file.toFile(), this);
    }

    /** Reads a truth file written by {@link #write(Path)}. */
    public static GroundTruth read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), GroundTruth.class);
    }

    /** The truth file that belongs to a recording: the recording's name plus {@code .truth.json}. */
    public static Path fileFor(Path recording) {
        return recording.resolveSibling(recording.getFileName() + ".truth.json");
    }

    static List<PhaseTruth> phasesOf(SessionScript script) {
        return script.phases().stream()
                .map(p -> new PhaseTruth(p.kind().name().toLowerCase(java.util.Locale.ROOT), p.liftedFoot(),
                        p.startS(), p.endS()))
                .toList();
    }
}
