package dev.stork.sensor.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the simulated person does, as a small script of phases separated by {@code ;}. Durations are seconds
 * (decimals allowed); words are case-insensitive; options are written {@code key=value} after the other words.
 *
 * <pre>
 *   empty S                          the board is empty for S s
 *   on S [first=left|right] [gap=G]  step onto the board: one foot (default right) lands first and carries about
 *        [alone=X]                   half the weight while the other is still on the floor; the second lands G s
 *                                    later (default 0.4) and the weight spreads onto both feet in 0.3 s. S s from
 *                                    the first contact; S must be at least G + 0.35. With alone=X the second foot
 *                                    stays off the board (on the floor, or on a block behind it) and the first
 *                                    comes to carry X of the body weight (0.3 to 1): a lunge, a hinge with the rear
 *                                    foot on a block
 *   both S                           stand on both feet for S s
 *   hesitate left|right S [share=X]  shift the weight off that foot, which keeps X of the body weight (default
 *                                    0.15, less than 0.5) for S s, then shift back (or go on to lift that foot
 *                                    if a lift of it follows). The foot never leaves: not a hold
 *   lift left S [away=X]             lift the left foot and stand on the right foot for S s, from foot-off to
 *                                    touchdown (likewise "lift right S"). Kneeling on the board (the knees are
 *                                    the "feet"), the lifted leg goes out to the side: with away=X (0 to 0.3,
 *                                    default 0) its foot comes to rest on the floor beside the board in the
 *                                    {@value #AWAY_SETTLE_S} s after foot-off and keeps X of the body weight off
 *                                    the board for the rest of the hold
 *   touchdown                        the lifted foot comes back down (on a wobble board: the rim touches the floor)
 *   toe S [share=X]                  right after a lift: the lifted foot's toes touch the board 7 cm in front of
 *                                    its place for S s (at least 0.1), carrying X of the body weight (default
 *                                    0.1). Ends the hold as a touchdown; then "lift" of the same foot (a new hold
 *                                    from the end of the touch), "both" or "off"
 *   support S [share=X]              right after a lift: the outstretched foot or a hand comes down beside the
 *                                    board and takes X more of the body weight off it (default 0.2, less than 0.5)
 *                                    for S s (at least 0.2), rising at once. Ends the hold (kneeling, the way
 *                                    it ends); then "lift" of the same foot (the support lets go, a new hold
 *                                    from the end of the phase), "both" (the knee back on the board) or "off"
 *   off [S] [first=left|right] [gap=G]  step off: from both feet the first foot (default left) unloads and leaves,
 *                                    the other carries about half for G s (default 0.3) and leaves; from a lift
 *                                    the free foot goes to the floor and the stance foot unloads. Then the board
 *                                    is empty for S s (default 1.5). The phase lasts 0.6 + G + S s
 *   chair X                          from here on a hand on a chair carries X of the body weight (0 to 0.5);
 *                                    takes no time
 *   rep S [depth=D] [load=L]         one repetition of a hinge or a lunge, S s from leaving the top position to
 *       [forward=M] [hold=H]         being back in it: down, H s at the bottom (default 0), up, each way a raised
 *                                    cosine. At full depth (D = 1, default) the feet on the board carry L more of
 *                                    the body weight (default 0; a lunge onto the board's foot about 0.35) and
 *                                    their centres of pressure lie M m further forward (default 0.04). D of 0.6
 *                                    to 1.5 is a repetition; D of at most 0.25 is a fidget, a small shift of the
 *                                    weight that is not one. The feet stay down: not a hold
 * </pre>
 *
 * A script begins with {@code on}, {@code empty} or {@code chair}. A {@code lift} must be followed by
 * {@code touchdown}, {@code toe}, {@code support} or {@code off}. {@code lift} and {@code off} directly after a {@code touchdown}
 * get a {@code both} of {@value #SETTLE_AFTER_TOUCHDOWN_S} s before them, the shortest time in which the person can
 * take the weight back and shift it again. Example: {@code "on 2; both 5; lift left 12; touchdown; both 3; lift
 * right 20; off"}.
 *
 * @param text   the script as written
 * @param phases the phases with their start and end times, in order (a {@code chair} phase has zero duration)
 */
public record SessionScript(String text, List<Phase> phases) {

    /** Kinds of phase. */
    public enum Kind {
        EMPTY, ON, BOTH, LIFT, OFF, HESITATE, TOE, CHAIR, REP, SUPPORT
    }

    /** How a single-leg phase ended. */
    public enum Ending {
        /** Not a single-leg phase. */
        NONE,
        /** The lifted foot came down (flat, or its toes in a {@link Kind#TOE} phase). */
        TOUCHDOWN,
        /** The person stepped off from one leg. */
        STEP_OFF,
        /** The outstretched foot or a hand came down beside the board and took weight ({@link Kind#SUPPORT}). */
        SUPPORT
    }

    /**
     * One phase.
     *
     * @param kind       what happens
     * @param liftedFoot for {@link Kind#LIFT}: the foot in the air; for {@link Kind#TOE}: the foot whose toes touch;
     *                   for {@link Kind#SUPPORT}: the lifted foot of the hold it ended; otherwise null
     * @param startS     start, seconds from the beginning of the session
     * @param endS       end, seconds
     * @param ending     for {@link Kind#LIFT}: how it ended
     * @param foot       the foot the phase is about: {@link Kind#ON} the first to land, {@link Kind#OFF} the first
     *                   to leave (unused after a lift, where the free foot leaves first), {@link Kind#HESITATE} the
     *                   foot unloaded, {@link Kind#LIFT} and {@link Kind#TOE} the lifted foot; otherwise null
     * @param share      share of the body weight: {@link Kind#HESITATE} on the unloaded foot, {@link Kind#TOE} on
     *                   the toes, {@link Kind#CHAIR} on the chair, {@link Kind#ON} on the first foot when the other
     *                   stays off the board (0 when both come on); {@link Kind#REP}: the depth;
     *                   {@link Kind#LIFT}: kept off the board by the lifted leg's foot on the floor;
     *                   {@link Kind#SUPPORT}: taken off the board by the support; otherwise 0
     * @param gapS       {@link Kind#ON}: time between the two feet landing; {@link Kind#OFF}: time the second foot
     *                   stays alone after the first left; {@link Kind#REP}: time at the bottom, s; otherwise 0
     * @param chairShare share of the body weight carried by a hand on a chair during this phase (0 without one)
     * @param loadChange {@link Kind#REP}: share of the body weight the board gains at full depth; otherwise 0
     * @param forwardM   {@link Kind#REP}: forward shift of the feet's centres of pressure at full depth, m; otherwise 0
     */
    public record Phase(Kind kind, Side liftedFoot, double startS, double endS, Ending ending, Side foot,
                        double share, double gapS, double chairShare, double loadChange, double forwardM) {

        /** A phase that is not a repetition. */
        public Phase(Kind kind, Side liftedFoot, double startS, double endS, Ending ending, Side foot,
                     double share, double gapS, double chairShare) {
            this(kind, liftedFoot, startS, endS, ending, foot, share, gapS, chairShare, 0, 0);
        }

        /** Whether this is a {@link Kind#REP} deep enough to be a repetition, not a fidget. */
        public boolean isRepetition() {
            return kind == Kind.REP && share >= MIN_REPETITION_DEPTH;
        }

        /**
         * A phase written without options: the defaults of {@link SessionScript#parse} for its kind (right foot
         * first on, left foot first off, gaps {@value SessionScript#DEFAULT_ON_GAP_S} and
         * {@value SessionScript#DEFAULT_OFF_GAP_S} s, hesitation share {@value SessionScript#DEFAULT_HESITATE_SHARE},
         * toe share {@value SessionScript#DEFAULT_TOE_SHARE}) and no chair.
         */
        public Phase(Kind kind, Side liftedFoot, double startS, double endS, Ending ending) {
            this(kind, liftedFoot, startS, endS, ending, defaultFoot(kind, liftedFoot), defaultShare(kind),
                    defaultGapS(kind), 0);
        }

        /** The foot carrying the weight in a {@link Kind#LIFT} or {@link Kind#TOE} phase; null otherwise. */
        public Side stanceFoot() {
            return liftedFoot == null ? null : liftedFoot.other();
        }

        /** For {@link Kind#OFF}: how long the board is empty at the end, s; otherwise 0. */
        public double emptyAfterOffS() {
            return kind == Kind.OFF ? endS - startS - 2 * STEP_OFF_FOOT_S - gapS : 0;
        }

        private static Side defaultFoot(Kind kind, Side liftedFoot) {
            return switch (kind) {
                case ON -> DEFAULT_ON_FIRST;
                case OFF -> DEFAULT_OFF_FIRST;
                case LIFT, TOE, SUPPORT -> liftedFoot;
                default -> null;
            };
        }

        private static double defaultShare(Kind kind) {
            return switch (kind) {
                case HESITATE -> DEFAULT_HESITATE_SHARE;
                case TOE -> DEFAULT_TOE_SHARE;
                default -> 0;
            };
        }

        private static double defaultGapS(Kind kind) {
            return switch (kind) {
                case ON -> DEFAULT_ON_GAP_S;
                case OFF -> DEFAULT_OFF_GAP_S;
                default -> 0;
            };
        }
    }

    /** Default empty time after {@code off}, s. */
    public static final double DEFAULT_OFF_EMPTY_S = 1.5;
    /** Default foot to land first in {@code on}. */
    public static final Side DEFAULT_ON_FIRST = Side.RIGHT;
    /** Default foot to leave first in {@code off} from both feet. */
    public static final Side DEFAULT_OFF_FIRST = Side.LEFT;
    /** Default time between the first and the second foot landing in {@code on}, s. */
    public static final double DEFAULT_ON_GAP_S = 0.4;
    /** Default time the second foot stays alone in {@code off}, s. */
    public static final double DEFAULT_OFF_GAP_S = 0.3;
    /** Time the weight takes to spread onto both feet after the second foot lands in {@code on}, s. */
    public static final double SPREAD_S = 0.3;
    /** {@code on S} needs S of at least the gap plus this, s (the spread and a moment of standing). */
    public static final double ON_AFTER_GAP_S = 0.35;
    /** Time each foot takes to unload when stepping off, s. */
    public static final double STEP_OFF_FOOT_S = 0.3;
    /** Default share of the body weight on a hesitating foot. */
    public static final double DEFAULT_HESITATE_SHARE = 0.15;
    /** Default share of the body weight on the toes in {@code toe}. */
    public static final double DEFAULT_TOE_SHARE = 0.1;
    /** Time the toe load takes to rise, and to fall again, inside a {@code toe} phase, s. */
    public static final double TOE_RAMP_S = 0.05;
    /** Time in which the lifted leg's foot comes to rest on the floor after foot-off in {@code lift ... away=}, s. */
    public static final double AWAY_SETTLE_S = 0.3;
    /** Largest share of the body weight the lifted leg's foot keeps off the board ({@code away=}). */
    public static final double MAX_AWAY_SHARE = 0.3;
    /** Default share of the body weight a {@code support} takes off the board. */
    public static final double DEFAULT_SUPPORT_SHARE = 0.2;
    /** Time the support's load takes to rise at the start of {@code support}, and to fall before a re-lift, s. */
    public static final double SUPPORT_RAMP_S = 0.1;
    /** Largest share of the body weight a chair may carry. */
    public static final double MAX_CHAIR_SHARE = 0.5;
    /** Shallowest {@code rep} that is a repetition (a share of full depth). */
    public static final double MIN_REPETITION_DEPTH = 0.6;
    /** Deepest {@code rep} that is a fidget, not a repetition. */
    public static final double MAX_FIDGET_DEPTH = 0.25;
    /** Default forward shift of the centres of pressure at the bottom of a {@code rep}, m. */
    public static final double DEFAULT_REP_FORWARD_M = 0.04;
    /** Time on both feet inserted between a {@code touchdown} and a directly following {@code lift} or {@code off}. */
    public static final double SETTLE_AFTER_TOUCHDOWN_S = 0.6;

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
        return new Parser(text).parse();
    }

    /** The parser's state while it walks through the phases. */
    private static final class Parser {
        private final String text;
        private final List<Phase> phases = new ArrayList<>();
        private double t;
        private double chairShare;
        private boolean onBoard;
        private boolean started;
        private boolean afterTouchdown;
        private Side pendingLift;
        private double pendingLiftStart;
        private double pendingLiftEnd;
        /** After a toe touch or a support: the foot that may lift again. */
        private Side reliftFoot;
        private double pendingLiftAway;
        private boolean endsWithChair;
        private String where;

        Parser(String text) {
            this.text = text;
        }

        SessionScript parse() {
            String[] parts = text.split(";");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].trim();
                if (part.isEmpty()) {
                    continue;
                }
                where = "script phase " + (i + 1) + " '" + part + "'";
                phase(part.toLowerCase(Locale.ROOT).split("\\s+"));
            }
            if (pendingLift != null) {
                throw new IllegalArgumentException("script '" + text + "' ends during a lift: add 'touchdown' or "
                        + "'off'");
            }
            if (reliftFoot != null) {
                throw new IllegalArgumentException("script '" + text + "' ends with 'toe' or 'support': add "
                        + "'lift', 'both' or 'off'");
            }
            if (!started) {
                throw new IllegalArgumentException("script '" + text + "' has no phases");
            }
            if (endsWithChair) {
                throw new IllegalArgumentException("script '" + text + "' ends with 'chair': put it before the "
                        + "phases it is for");
            }
            return new SessionScript(text, phases);
        }

        private void phase(String[] words) {
            String verb = words[0];
            if (pendingLift != null && !verb.equals("touchdown") && !verb.equals("off") && !verb.equals("toe")
                    && !verb.equals("support")) {
                throw error("a lift must end with 'touchdown', 'toe', 'support' or 'off'");
            }
            if (reliftFoot != null && !verb.equals("lift") && !verb.equals("both") && !verb.equals("off")) {
                throw error("'toe' and 'support' must be followed by 'lift', 'both' or 'off'");
            }
            if (!started && !verb.equals("on") && !verb.equals("empty") && !verb.equals("chair")) {
                throw error("a script begins with 'on S' or 'empty S'");
            }
            boolean needsPerson = verb.equals("both") || verb.equals("lift") || verb.equals("hesitate")
                    || verb.equals("off") || verb.equals("rep");
            if (needsPerson && !onBoard) {
                throw error("nobody is on the board: step on first with 'on S'");
            }
            if (afterTouchdown && (verb.equals("lift") || verb.equals("off"))) {
                add(new Phase(Kind.BOTH, null, t, t + SETTLE_AFTER_TOUCHDOWN_S, Ending.NONE, null, 0, 0,
                        chairShare));
                t += SETTLE_AFTER_TOUCHDOWN_S;
            }
            if (!verb.equals("chair")) {
                afterTouchdown = false;
                endsWithChair = false;
            }
            switch (verb) {
                case "empty" -> {
                    Map<String, String> options = options(words, 1, 1);
                    if (onBoard) {
                        throw error("the person is on the board: step off first with 'off'");
                    }
                    double d = seconds(words[1]);
                    noOptions(options);
                    add(new Phase(Kind.EMPTY, null, t, t + d, Ending.NONE, null, 0, 0, chairShare));
                    t += d;
                }
                case "on" -> {
                    Map<String, String> options = options(words, 1, 1);
                    if (onBoard) {
                        throw error("the person is already on the board");
                    }
                    double d = seconds(words[1]);
                    Side first = side(options.remove("first"), DEFAULT_ON_FIRST);
                    double gap = gap(options.remove("gap"), DEFAULT_ON_GAP_S);
                    String aloneWord = options.remove("alone");
                    double alone = aloneWord == null ? 0 : number(aloneWord, "a share of the body weight");
                    if (aloneWord != null && !(alone >= 0.3 && alone <= 1)) {
                        throw error("alone= is the share the one foot on the board carries, 0.3 to 1, got "
                                + aloneWord);
                    }
                    noOptions(options);
                    if (d < gap + ON_AFTER_GAP_S) {
                        throw error(String.format(Locale.ROOT, "stepping on with a gap of %.2f s takes at least "
                                + "%.2f s (gap + %.2f s to spread the weight), got %s", gap, gap + ON_AFTER_GAP_S,
                                ON_AFTER_GAP_S, words[1]));
                    }
                    add(new Phase(Kind.ON, null, t, t + d, Ending.NONE, first, alone, gap, chairShare));
                    t += d;
                    onBoard = true;
                }
                case "both" -> {
                    Map<String, String> options = options(words, 1, 1);
                    double d = seconds(words[1]);
                    noOptions(options);
                    reliftFoot = null;
                    add(new Phase(Kind.BOTH, null, t, t + d, Ending.NONE, null, 0, 0, chairShare));
                    t += d;
                }
                case "hesitate" -> {
                    Map<String, String> options = options(words, 2, 2);
                    Side foot = side(words[1]);
                    double d = seconds(words[2]);
                    double share = share(options.remove("share"), DEFAULT_HESITATE_SHARE, 0.5, "less than 0.5: "
                            + "a hesitating foot keeps less than half the weight but never leaves");
                    noOptions(options);
                    add(new Phase(Kind.HESITATE, null, t, t + d, Ending.NONE, foot, share, 0, chairShare));
                    t += d;
                }
                case "lift" -> {
                    Map<String, String> options = options(words, 2, 2);
                    Side foot = side(words[1]);
                    double d = seconds(words[2]);
                    String awayWord = options.remove("away");
                    double away = awayWord == null ? 0 : number(awayWord, "a share of the body weight");
                    if (!(away >= 0 && away <= MAX_AWAY_SHARE)) {
                        throw error("away= is the share of the body weight the lifted leg's foot keeps off the "
                                + "board, 0 to " + MAX_AWAY_SHARE + ", got " + awayWord);
                    }
                    noOptions(options);
                    if (reliftFoot != null && foot != reliftFoot) {
                        throw error("after 'toe' or 'support' the same foot lifts again: 'lift "
                                + reliftFoot.name().toLowerCase(Locale.ROOT) + " S'");
                    }
                    reliftFoot = null;
                    pendingLift = foot;
                    pendingLiftAway = away;
                    pendingLiftStart = t;
                    pendingLiftEnd = t + d;
                    t += d;
                }
                case "touchdown" -> {
                    options(words, 0, 0);
                    if (pendingLift == null) {
                        throw error("'touchdown' needs a 'lift' before it");
                    }
                    closeLift(Ending.TOUCHDOWN);
                    afterTouchdown = true;
                }
                case "toe" -> contactEndingTheLift(words, Kind.TOE, Ending.TOUCHDOWN, DEFAULT_TOE_SHARE,
                        TOE_RAMP_S, "a toe touch");
                case "support" -> contactEndingTheLift(words, Kind.SUPPORT, Ending.SUPPORT, DEFAULT_SUPPORT_SHARE,
                        SUPPORT_RAMP_S, "a support");
                case "off" -> {
                    Map<String, String> options = options(words, 0, 1);
                    double d = words.length > 1 && !words[1].contains("=") ? seconds(words[1]) : DEFAULT_OFF_EMPTY_S;
                    boolean fromOneLeg = pendingLift != null || reliftFoot != null;
                    String firstWord = options.remove("first");
                    if (fromOneLeg && firstWord != null) {
                        throw error("from one leg the free foot leaves first: drop 'first='");
                    }
                    Side first = side(firstWord, DEFAULT_OFF_FIRST);
                    double gap = gap(options.remove("gap"), DEFAULT_OFF_GAP_S);
                    noOptions(options);
                    if (pendingLift != null) {
                        closeLift(Ending.STEP_OFF);
                    }
                    reliftFoot = null;
                    double length = 2 * STEP_OFF_FOOT_S + gap + d;
                    add(new Phase(Kind.OFF, null, t, t + length, Ending.NONE, first, 0, gap, chairShare));
                    t += length;
                    onBoard = false;
                }
                case "rep" -> rep(words);
                case "chair" -> {
                    options(words, 1, 1);
                    double x = number(words[1], "a share of the body weight");
                    if (!(x >= 0 && x <= MAX_CHAIR_SHARE)) {
                        throw error("a chair carries 0 to " + MAX_CHAIR_SHARE + " of the body weight, got "
                                + words[1]);
                    }
                    chairShare = x;
                    phases.add(new Phase(Kind.CHAIR, null, t, t, Ending.NONE, null, x, 0, x));
                    endsWithChair = true;
                }
                default -> throw error("unknown phase '" + verb
                        + "'; use empty, on, both, hesitate, lift left|right, touchdown, toe, support, off, chair, "
                        + "rep");
            }
        }

        /**
         * A {@code toe} or {@code support}: a brief contact that ends the lift before it, after which the same foot
         * may lift again.
         */
        private void contactEndingTheLift(String[] words, Kind kind, Ending ending, double defaultShare, double rampS,
                                          String what) {
            Map<String, String> options = options(words, 1, 1);
            if (pendingLift == null) {
                throw error("'" + words[0] + "' needs a 'lift' before it");
            }
            double d = seconds(words[1]);
            double share = share(options.remove("share"), defaultShare, 0.5, "less than 0.5");
            noOptions(options);
            if (d < 2 * rampS) {
                throw error(what + " lasts at least " + 2 * rampS + " s (its load rises and falls in " + rampS
                        + " s), got " + words[1]);
            }
            Side foot = pendingLift;
            closeLift(ending);
            add(new Phase(kind, foot, t, t + d, Ending.NONE, foot, share, 0, chairShare));
            t += d;
            reliftFoot = foot;
        }

        private void rep(String[] words) {
            Map<String, String> options = options(words, 1, 1);
            double d = seconds(words[1]);
            double depth = optional(options.remove("depth"), 1, "a depth");
            double load = optional(options.remove("load"), 0, "a share of the body weight");
            double forward = optional(options.remove("forward"), DEFAULT_REP_FORWARD_M, "a distance in metres");
            double hold = optional(options.remove("hold"), 0, "a time in seconds");
            noOptions(options);
            if (!(depth > 0 && depth <= MAX_FIDGET_DEPTH || depth >= MIN_REPETITION_DEPTH && depth <= 1.5)) {
                throw error("depth " + depth + " is neither a repetition (" + MIN_REPETITION_DEPTH + " to 1.5) nor "
                        + "a fidget (up to " + MAX_FIDGET_DEPTH + ")");
            }
            if (!(Math.abs(load) <= 0.6 && Math.abs(forward) <= 0.1)) {
                throw error("load= is -0.6 to 0.6 of the body weight and forward= -0.1 to 0.1 m");
            }
            if (!(hold >= 0 && hold <= d - 0.4)) {
                throw error("hold= is 0 to the repetition's time less 0.4 s (down and up), got " + hold);
            }
            add(new Phase(Kind.REP, null, t, t + d, Ending.NONE, null, depth, hold, chairShare, load, forward));
            t += d;
        }

        private double optional(String word, double ifAbsent, String what) {
            return word == null ? ifAbsent : number(word, what);
        }

        private void add(Phase phase) {
            phases.add(phase);
            started = true;
        }

        private void closeLift(Ending ending) {
            add(new Phase(Kind.LIFT, pendingLift, pendingLiftStart, pendingLiftEnd, ending, pendingLift,
                    pendingLiftAway, 0, chairShare));
            pendingLift = null;
        }

        /**
         * Checks the count of plain words after the verb ({@code min} to {@code max}, options not counted) and
         * returns the {@code key=value} options, which must come after the plain words.
         */
        private Map<String, String> options(String[] words, int min, int max) {
            int plain = 0;
            Map<String, String> options = new HashMap<>();
            for (int i = 1; i < words.length; i++) {
                int eq = words[i].indexOf('=');
                if (eq < 0) {
                    if (!options.isEmpty()) {
                        throw error("options (key=value) come last, got '" + words[i] + "' after them");
                    }
                    plain++;
                } else {
                    String key = words[i].substring(0, eq);
                    if (options.put(key, words[i].substring(eq + 1)) != null) {
                        throw error("option '" + key + "' given twice");
                    }
                }
            }
            if (plain < min || plain > max) {
                throw error("expected " + (min == max ? Integer.toString(min) : min + " to " + max)
                        + " argument(s) after '" + words[0] + "'");
            }
            return options;
        }

        private void noOptions(Map<String, String> left) {
            if (!left.isEmpty()) {
                throw error("unknown option '" + left.keySet().iterator().next() + "='");
            }
        }

        private Side side(String word) {
            return switch (word) {
                case "left" -> Side.LEFT;
                case "right" -> Side.RIGHT;
                default -> throw error("expected 'left' or 'right', got '" + word + "'");
            };
        }

        private Side side(String word, Side ifAbsent) {
            return word == null ? ifAbsent : side(word);
        }

        private double gap(String word, double ifAbsent) {
            if (word == null) {
                return ifAbsent;
            }
            double g = number(word, "a gap in seconds");
            if (!(g >= 0 && g <= 5)) {
                throw error("gap must be 0 to 5 s, got " + word);
            }
            return g;
        }

        private double share(String word, double ifAbsent, double below, String rule) {
            if (word == null) {
                return ifAbsent;
            }
            double x = number(word, "a share of the body weight");
            if (!(x > 0 && x < below)) {
                throw error("share must be more than 0 and " + rule + ", got " + word);
            }
            return x;
        }

        private double seconds(String word) {
            double s;
            try {
                s = Double.parseDouble(word);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": '" + word + "' is not a duration in seconds", e);
            }
            if (!(s > 0 && s < 1e6)) {
                throw error("duration must be positive seconds, got " + word);
            }
            return s;
        }

        private double number(String word, String what) {
            try {
                return Double.parseDouble(word);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + ": '" + word + "' is not " + what, e);
            }
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where + ": " + message);
        }
    }

    /** The phases that are repetitions (not fidgets), in order. */
    public List<Phase> repetitions() {
        List<Phase> reps = new ArrayList<>();
        for (Phase p : phases) {
            if (p.isRepetition()) {
                reps.add(p);
            }
        }
        return reps;
    }

    /** Total duration of the session, s. */
    public double durationS() {
        return phases.get(phases.size() - 1).endS();
    }

    /**
     * The phase at time {@code tS} (the last phase after the end; never a zero-length {@link Kind#CHAIR} phase
     * unless it is the last); its index in {@link #phases()}. {@code hint} is where to start looking, e.g. the
     * index found for the previous sample. Allocates nothing.
     */
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
