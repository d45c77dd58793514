package dev.stork.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.signal.stance.Leg;
import dev.stork.trial.TrialResult;
import java.util.Locale;

/**
 * How the commands name a hold, in their JSON and in their text: {@code stork analyze} and {@code stork run} write
 * the same fields with the same names (docs/formats.md), so that a script reading one reads the other.
 */
final class HoldJson {
    private HoldJson() {
    }

    /**
     * Adds one hold to {@code holds}: leg, start, end, duration, end reason and time to stabilisation.
     *
     * @param originNanos the time that {@code start_s} and {@code end_s} count from, on the samples' time base:
     *                    0 for a recording (its own clock), the first sample for a live run
     * @return the hold's object, for a command's own further fields
     */
    static ObjectNode add(ArrayNode holds, TrialResult hold, long originNanos) {
        ObjectNode h = holds.addObject();
        h.put("leg", legName(hold.stanceLeg()));
        h.put("start_s", (hold.startNanos() - originNanos) / 1e9);
        h.put("end_s", (hold.endNanos() - originNanos) / 1e9);
        h.put("duration_s", hold.holdS());
        h.put("end_reason", reasonName(hold.endReason()));
        // A hold whose sway never settled has no time to stabilisation (NaN): null.
        putFinite(h, "time_to_stabilisation_s", hold.timeToStabilisationS());
        return h;
    }

    /** Puts {@code value}, or null when it is NaN or infinite: JSON has no NaN, and Jackson would write one. */
    static void putFinite(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, value);
        } else {
            node.putNull(field);
        }
    }

    /** The name of the standing leg: left, right or unknown. */
    static String legName(Leg leg) {
        return leg.name().toLowerCase(Locale.ROOT);
    }

    /** The name of an end reason: touchdown, step-off, support, target, edge, data-gap or
     * end-of-data. */
    static String reasonName(HoldEndReason reason) {
        // Exhaustive, without a default: a new end reason must be given its name here before anything compiles.
        return switch (reason) {
            case TOUCHDOWN -> "touchdown";
            case STEP_OFF -> "step-off";
            case SUPPORT -> "support";
            case TARGET -> "target";
            case EDGE_CONTACT -> "edge";
            case DATA_GAP -> "data-gap";
            case END_OF_DATA -> "end-of-data";
        };
    }
}
