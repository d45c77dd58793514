package dev.stork.sensor.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the simulated person does, as a small script of phases separated by {@code ;}. Durations are seconds
 * (decimals allowed); words are case-insensitive.
 *
 * <pre>
 *   empty S         the board is empty for S s
 *   on S            step onto the board and stand on both feet; S s from the first contact
 *   both S          stand on both feet for S s
 *   lift left S     lift the left foot and stand on the right foot for S s (likewise "lift right S")
 *   touchdown       the lifted foot comes back down (on a wobble board: the rim touches the floor)
 *   off [S]         step off the board; then the board stays empty for S s (default 1)
 * </pre>
 *
 * A {@code lift} must be followed by {@code touchdown} or {@code off}; the script must begin with {@code empty} or
 * {@code on}. Example: {@code "on 2; both 5; lift left 12; touchdown; both 3; lift right 20; off"}.
 *
 * @param text   the script as written
 * @param phases the phases with their start and end times, in order
 */
public record SessionScript(String text, List<Phase> phases) {

    /** Kinds of phase. */
    public enum Kind {
        EMPTY, ON, BOTH, LIFT, OFF
    }

    /** How a single-leg phase ended. */
    public enum Ending {
        /** Not a single-leg phase. */
        NONE,
        /** The lifted foot came down. */
        TOUCHDOWN,
        /** The person stepped off from one leg. */
        STEP_OFF
    }

    /**
     * One phase.
     *
     * @param kind       what happens
     * @param liftedFoot for {@link Kind#LIFT}: the foot in the air; otherwise null
     * @param startS     start, seconds from the beginning of the session
     * @param endS       end, seconds
     * @param ending     for {@link Kind#LIFT}: how it ended
     */
    public record Phase(Kind kind, Side liftedFoot, double startS, double endS, Ending ending) {
        /** The foot carrying the weight in a {@link Kind#LIFT} phase; null otherwise. */
        public Side stanceFoot() {
            return liftedFoot == null ? null : liftedFoot.other();
        }
    }

    /** Default empty time after {@code off}, s. */
    public static final double DEFAULT_OFF_EMPTY_S = 1.0;

    /** Copies the phase list. */
    public SessionScript {
        phases = List.copyOf(phases);
    }

    /**
     * Parses a script.
     *
     * @throws IllegalArgumentException naming the phase (by number and text) that is wrong
     */
    public static SessionScript parse(String text) {
        List<Phase> phases = new ArrayList<>();
        String[] parts = text.split(";");
        double t = 0;
        Side pendingLift = null;
        double pendingLiftStart = 0;
        double pendingLiftEnd = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            String[] words = part.toLowerCase(Locale.ROOT).split("\\s+");
            String where = "script phase " + (i + 1) + " '" + part + "'";
            String verb = words[0];
            if (pendingLift != null && !verb.equals("touchdown") && !verb.equals("off")) {
                throw new IllegalArgumentException(where + ": a lift must end with 'touchdown' or 'off'");
            }
            if (phases.isEmpty() && pendingLift == null && !verb.equals("on") && !verb.equals("empty")) {
                throw new IllegalArgumentException(where + ": a script begins with 'on S' or 'empty S'");
            }
            switch (verb) {
                case "empty", "on", "both" -> {
                    expectWords(where, words, 2);
                    double d = seconds(where, words[1]);
                    Kind kind = verb.equals("empty") ? Kind.EMPTY : verb.equals("on") ? Kind.ON : Kind.BOTH;
                    phases.add(new Phase(kind, null, t, t + d, Ending.NONE));
                    t += d;
                }
                case "lift" -> {
                    expectWords(where, words, 3);
                    Side foot = switch (words[1]) {
                        case "left" -> Side.LEFT;
                        case "right" -> Side.RIGHT;
                        default -> throw new IllegalArgumentException(where + ": expected 'left' or 'right', got '"
                                + words[1] + "'");
                    };
                    double d = seconds(where, words[2]);
                    pendingLift = foot;
                    pendingLiftStart = t;
                    pendingLiftEnd = t + d;
                    t += d;
                }
                case "touchdown" -> {
                    expectWords(where, words, 1);
                    if (pendingLift == null) {
                        throw new IllegalArgumentException(where + ": 'touchdown' needs a 'lift' before it");
                    }
                    phases.add(new Phase(Kind.LIFT, pendingLift, pendingLiftStart, pendingLiftEnd, Ending.TOUCHDOWN));
                    pendingLift = null;
                }
                case "off" -> {
                    if (words.length > 2) {
                        throw new IllegalArgumentException(where + ": expected 'off' or 'off S'");
                    }
                    double d = words.length == 2 ? seconds(where, words[1]) : DEFAULT_OFF_EMPTY_S;
                    if (pendingLift != null) {
                        phases.add(new Phase(Kind.LIFT, pendingLift, pendingLiftStart, pendingLiftEnd,
                                Ending.STEP_OFF));
                        pendingLift = null;
                    }
                    phases.add(new Phase(Kind.OFF, null, t, t + d, Ending.NONE));
                    t += d;
                }
                default -> throw new IllegalArgumentException(where + ": unknown phase '" + verb
                        + "'; use empty, on, both, lift left|right, touchdown, off");
            }
        }
        if (pendingLift != null) {
            throw new IllegalArgumentException("script '" + text + "' ends during a lift: add 'touchdown' or 'off'");
        }
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("script '" + text + "' has no phases");
        }
        return new SessionScript(text, phases);
    }

    private static void expectWords(String where, String[] words, int count) {
        if (words.length != count) {
            throw new IllegalArgumentException(where + ": expected " + (count - 1) + " argument(s) after '"
                    + words[0] + "'");
        }
    }

    private static double seconds(String where, String word) {
        double s;
        try {
            s = Double.parseDouble(word);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + word + "' is not a duration in seconds", e);
        }
        if (!(s > 0 && s < 1e6)) {
            throw new IllegalArgumentException(where + ": duration must be positive seconds, got " + word);
        }
        return s;
    }

    /** Total duration of the session, s. */
    public double durationS() {
        return phases.get(phases.size() - 1).endS();
    }

    /** The phase at time {@code tS} (the last phase after the end); its index in {@link #phases()}. */
    public int phaseIndexAt(double tS, int hint) {
        int i = Math.max(0, Math.min(hint, phases.size() - 1));
        while (i > 0 && tS < phases.get(i).startS()) {
            i--;
        }
        while (i < phases.size() - 1 && tS >= phases.get(i).endS()) {
            i++;
        }
        return i;
    }
}
