package dev.stork.training;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Decides whether a person moves up, stays or moves down a level of one exercise, and says why in one sentence.
 * The rules, checked in this order (thresholds in {@link ProgressionRules}):
 * <ol>
 *   <li>Pain at or above {@code painToStepDown} in the last session: down one level.</li>
 *   <li>Pain that went up (within the last session, or above the session before): down one level. Any rise
 *       counts: the person is telling us it hurts more.</li>
 *   <li>The target missed (not reached, or form lost) on some leg in each of the last
 *       {@code failedSessionsToStepDown} sessions at this level: down one level.</li>
 *   <li>The target met with a score of at least {@code minScore} on every leg in each of the last
 *       {@code sessionsToAdvance} sessions at this level, with pain no higher than {@code maxPainToAdvance} and
 *       every question answered: up one level.</li>
 *   <li>Otherwise: stay.</li>
 * </ol>
 * A trial whose questions went unanswered (the session was stopped at the pain question) is treated
 * conservatively. Its pain is unknown, so the pain rules look only at the pain that was reported, and a session
 * with an unanswered trial does not count towards moving up (it is not known to be pain-free, nor its form good):
 * the decision says so when it is what keeps the person at their level. A trial that reached the target with its
 * form unknown is not a miss, so an unanswered question never moves anyone down by itself.
 * At level 1 a step down becomes "stay" with advice to check with a physiotherapist; at the top level a step up
 * becomes "stay". Assessments such as the stance test are not for progression. Thread-safe and side-effect free.
 */
public final class Progression {
    private final ProgressionRules rules;

    /** Progression with the given thresholds. */
    public Progression(ProgressionRules rules) {
        this.rules = rules;
    }

    /** Decides with {@link ProgressionRules#STANDARD}. */
    public static Decision decide(ExerciseHistory history) {
        return new Progression(ProgressionRules.STANDARD).decideFor(history);
    }

    /**
     * Decides for every training exercise of {@code plan} from the person's {@code sessions} (oldest first), with
     * {@link ProgressionRules#STANDARD}; apply the result with {@link Plan#apply}.
     */
    public static List<Decision> decideAll(Plan plan, ExerciseCatalogue catalogue, List<SessionResult> sessions) {
        Progression progression = new Progression(ProgressionRules.STANDARD);
        List<Decision> decisions = new ArrayList<>();
        for (PlanEntry entry : plan.entries()) {
            Exercise exercise = catalogue.get(entry.exerciseId());
            if (!exercise.assessment()) {
                decisions.add(progression.decideFor(new ExerciseHistory(exercise, entry.level(), sessions)));
            }
        }
        return decisions;
    }

    /** Decides for {@code history} with this object's rules. */
    public Decision decideFor(ExerciseHistory history) {
        Exercise exercise = history.exercise();
        if (exercise.assessment()) {
            throw new IllegalArgumentException("'" + exercise.id() + "' is an assessment, not a training exercise");
        }
        int level = history.currentLevel();
        ExerciseLevel current = exercise.level(level);
        List<List<ScoredTrial>> sessions = history.sessionsWithExercise();
        if (!sessions.isEmpty()) {
            List<ScoredTrial> last = sessions.get(sessions.size() - 1);
            OptionalInt reported = maxPain(last);
            int lastPain = reported.orElse(0);
            if (reported.isPresent() && lastPain >= rules.painToStepDown()) {
                return down(exercise, level, Decision.Reason.PAIN, "you reported pain of " + lastPain + "/10",
                        "stop whenever it hurts and check with your physiotherapist before carrying on");
            }
            OptionalInt before = sessions.size() > 1 ? maxPain(sessions.get(sessions.size() - 2))
                    : OptionalInt.empty();
            int first = firstPain(last).orElse(0);
            int from = before.isPresent() && lastPain > before.getAsInt() ? before.getAsInt() : first;
            if (reported.isPresent() && lastPain > from) {
                return down(exercise, level, Decision.Reason.PAIN_INCREASE, "your pain went up from " + from
                        + "/10 to " + lastPain + "/10 in your last session",
                        "check with your physiotherapist if it keeps rising");
            }
        }
        List<List<ScoredTrial>> atLevel = sessions.stream()
                .map(s -> s.stream().filter(t -> t.outcome().level() == level).toList())
                .filter(s -> !s.isEmpty()).toList();
        String did = done(current, true) + legs(current);
        if (atLevel.isEmpty()) {
            return stay(exercise, level, Decision.Reason.NO_SESSIONS,
                    "Start at " + current.name() + " — no sessions at this level yet.");
        }
        int failWindow = rules.failedSessionsToStepDown();
        if (atLevel.size() >= failWindow && recent(atLevel, failWindow).stream().allMatch(s -> missed(current, s))) {
            return down(exercise, level, Decision.Reason.REPEATED_FAILURE, "you did not " + done(current, false)
                    + legs(current) + " in your last " + failWindow + " sessions", "keep practising with support");
        }
        int window = rules.sessionsToAdvance();
        List<List<ScoredTrial>> counted = recent(atLevel, window);
        List<List<ScoredTrial>> metSessions = counted.stream().filter(s -> met(current, s)).toList();
        List<List<ScoredTrial>> unanswered = metSessions.stream().filter(Progression::unanswered).toList();
        if (atLevel.size() >= window && metSessions.size() == window) {
            int pain = counted.stream().map(Progression::maxPain).mapToInt(p -> p.orElse(0)).max().orElse(0);
            String evidence = "you " + did + " in your last " + window + " sessions";
            if (pain > rules.maxPainToAdvance()) {
                return stay(exercise, level, Decision.Reason.NOT_PAIN_FREE, "Stay at " + current.name() + " — "
                        + evidence + ", but reported pain up to " + pain + "/10; move on once it stays at "
                        + rules.maxPainToAdvance() + "/10 or less.");
            }
            if (level == exercise.topLevel()) {
                return stay(exercise, level, Decision.Reason.TOP_LEVEL, "Stay at " + current.name()
                        + ", the top level — " + evidence + ".");
            }
            if (!unanswered.isEmpty()) {
                return stay(exercise, level, Decision.Reason.NOT_ANSWERED, "Stay at " + current.name() + " — "
                        + evidence + ", but " + unansweredWhat(unanswered) + " in " + unanswered.size()
                        + " of them; move on after " + window
                        + " sessions in a row with every question answered and pain at " + rules.maxPainToAdvance()
                        + "/10 or less.");
            }
            ExerciseLevel next = exercise.level(level + 1);
            return new Decision(exercise.id(), Decision.Kind.UP, level, level + 1, Decision.Reason.TARGET_MET,
                    "Next: " + next.name() + " — " + evidence + ".");
        }
        String notCounted = unanswered.isEmpty() ? ""
                : ", but " + unansweredWhat(unanswered) + (counted.size() == 1 ? "" : " in " + unanswered.size()
                + " of them") + ", so " + (unanswered.size() == 1 ? "it does" : "they do") + " not count";
        return stay(exercise, level, Decision.Reason.NOT_YET, "Stay at " + current.name() + " — you " + did
                + " with a score of " + (long) rules.minScore() + " or more in " + metSessions.size() + " of your last "
                + counted.size() + (counted.size() == 1 ? " session" : " sessions") + notCounted + "; " + window
                + " in a row moves you on.");
    }

    /** Whether some trial of the session has a question that went unanswered. */
    private static boolean unanswered(List<ScoredTrial> session) {
        return session.stream().anyMatch(t -> !t.outcome().answered());
    }

    /** Which question went unanswered in these sessions: the pain question when any pain is missing. */
    private static String unansweredWhat(List<List<ScoredTrial>> sessions) {
        boolean painMissing = sessions.stream().flatMap(List::stream).anyMatch(t -> t.outcome().pain().isEmpty());
        return painMissing ? "the pain question after a trial went unanswered"
                : "the form question after a trial went unanswered";
    }


    /**
     * The decision for an exercise that stopped for today ({@link SafetyStop}): down one level whatever the history
     * says, or, at level 1, stay with the advice to see a physiotherapist.
     *
     * @param exercise the exercise
     * @param level    its level in the plan
     * @param because  why it stopped, in words that follow "—", e.g. "you reported sharp pain or tingling"
     */
    public static Decision afterSafetyStop(Exercise exercise, int level, String because) {
        return down(exercise, level, Decision.Reason.SAFETY_STOP, because,
                "check with your physiotherapist before you do it again");
    }

    private static Decision down(Exercise exercise, int level, Decision.Reason reason, String because,
                                 String adviceAtEasiest) {
        ExerciseLevel current = exercise.level(level);
        if (level == 1) {
            return new Decision(exercise.id(), Decision.Kind.HOLD, 1, 1, reason, "Stay at " + current.name()
                    + ", the easiest level — " + because + "; " + adviceAtEasiest + ".");
        }
        return new Decision(exercise.id(), Decision.Kind.DOWN, level, level - 1, reason, "Back to "
                + exercise.level(level - 1).name() + " — " + because + ".");
    }

    private static Decision stay(Exercise exercise, int level, Decision.Reason reason, String sentence) {
        return new Decision(exercise.id(), Decision.Kind.HOLD, level, level, reason, sentence);
    }

    /**
     * Every leg the level works has a trial that reached the target with a good score, its form not reported lost.
     * A trial whose form went unanswered counts here; its session is then held back by {@link #unanswered}, which
     * lets the decision say why.
     */
    private boolean met(ExerciseLevel level, List<ScoredTrial> session) {
        for (Leg leg : legsOf(level)) {
            boolean ok = session.stream().anyMatch(t -> t.outcome().leg() == leg && !t.outcome().missedTarget()
                    && t.score().total() >= rules.minScore());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * Some leg the level works was tried and every trial on it missed the target (a trial that reached it with its
     * form not reported is not a miss).
     */
    private static boolean missed(ExerciseLevel level, List<ScoredTrial> session) {
        for (Leg leg : legsOf(level)) {
            List<ScoredTrial> onLeg = session.stream().filter(t -> t.outcome().leg() == leg).toList();
            if (!onLeg.isEmpty() && onLeg.stream().allMatch(t -> t.outcome().missedTarget())) {
                return true;
            }
        }
        return false;
    }

    private static Leg[] legsOf(ExerciseLevel level) {
        return level.perLeg() ? new Leg[] {Leg.LEFT, Leg.RIGHT} : new Leg[] {Leg.BOTH};
    }

    private static <T> List<T> recent(List<T> list, int count) {
        return list.subList(Math.max(0, list.size() - count), list.size());
    }

    /** The highest pain reported in the session; empty when none was reported. */
    private static OptionalInt maxPain(List<ScoredTrial> session) {
        return session.stream().map(t -> t.outcome().pain()).filter(OptionalInt::isPresent)
                .mapToInt(OptionalInt::getAsInt).max();
    }

    /** The first pain reported in the session; empty when none was reported. */
    private static OptionalInt firstPain(List<ScoredTrial> session) {
        return session.stream().map(t -> t.outcome().pain()).filter(OptionalInt::isPresent).findFirst()
                .orElse(OptionalInt.empty());
    }

    private static String done(ExerciseLevel level, boolean past) {
        Target target = level.target();
        if (target.isHold()) {
            return (past ? "held " : "hold ") + target.words();
        }
        return (past ? "did " : "do ") + target.words();
    }

    private static String legs(ExerciseLevel level) {
        return level.perLeg() ? " on both legs" : "";
    }
}
