package dev.stork.sensor.sim;

import dev.stork.sensor.sim.SessionScript.Kind;
import dev.stork.sensor.sim.SessionScript.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link SessionScript} and a {@link PersonModel} into a {@link LoadPlan}: when each foot takes and gives
 * up its share of the body weight. The rules that make the ground truth exact live here:
 * <ul>
 *   <li>Before a {@code lift} the free foot's share falls to exactly 0 ({@link LoadPlan#LIFT_AWAY}) over the person's
 *       {@link PersonModel#weightShiftS()}, ending at the phase's start (foot-off). If the phase before is too
 *       short (or also has a transition of its own) the shift is quicker.</li>
 *   <li>A {@code touchdown} (the phase after a lift starting) raises the free foot's share from exactly 0 with a
 *       sine over {@link PersonModel#touchdownS()}; the stance foot gives up the same amount, so the total stays.</li>
 *   <li>Stepping off from one leg starts unloading at the lift's end.</li>
 *   <li>A {@code support} (the outstretched foot or a hand coming down beside the board) takes its load off the
 *       board from exactly 0 at the phase's start.</li>
 * </ul>
 * Runs once, at construction; allocates freely.
 */
final class Choreography {
    /** Share of the body weight on the plate foot while the other is on the floor (stepping on or off). */
    static final double ONE_FOOT_ON_PLATE_SHARE = 0.5;
    /** Time for the first foot to take its share when stepping on, s (shorter if the gap is). */
    static final double FIRST_FOOT_LANDING_S = 0.15;
    /** How far in front of the foot's place the toes touch, m. */
    static final double TOE_FORWARD_M = 0.07;

    private final PersonModel person;
    private final List<Phase> phases = new ArrayList<>();
    private final LoadPlan.Builder plan = new LoadPlan.Builder();

    private Choreography(SessionScript script, PersonModel person) {
        this.person = person;
        for (Phase p : script.phases()) {
            if (p.kind() != Kind.CHAIR) {
                phases.add(p);
            }
        }
    }

    /** The plan for this script and person. */
    static LoadPlan plan(SessionScript script, PersonModel person) {
        Choreography c = new Choreography(script, person);
        for (int i = 0; i < c.phases.size(); i++) {
            c.phase(i);
        }
        return c.plan.build();
    }

    private double shareOf(Side side) {
        return side == Side.RIGHT ? person.rightShare() : 1 - person.rightShare();
    }

    private void phase(int i) {
        Phase p = phases.get(i);
        Phase previous = i > 0 ? phases.get(i - 1) : null;
        Phase next = i + 1 < phases.size() ? phases.get(i + 1) : null;
        boolean afterFreeFoot = previous != null
                && (previous.kind() == Kind.LIFT && previous.ending() == SessionScript.Ending.TOUCHDOWN
                || previous.kind() == Kind.TOE || previous.kind() == Kind.SUPPORT);
        double t0 = p.startS();
        double t1 = p.endS();
        double d = t1 - t0;
        switch (p.kind()) {
            case EMPTY, CHAIR -> {
            }
            case ON -> stepOn(p);
            case BOTH -> {
                if (afterFreeFoot) {
                    boolean exit = next != null && next.kind() == Kind.LIFT;
                    touchdown(t0, Math.min(person.touchdownS(), exit ? d / 2 : d), shareOf(Side.LEFT),
                            shareOf(Side.RIGHT));
                }
            }
            case HESITATE -> {
                Side foot = p.foot();
                double footShare = p.share();
                double left = foot == Side.LEFT ? footShare : 1 - footShare;
                double right = 1 - left;
                if (afterFreeFoot) {
                    touchdown(t0, Math.min(person.touchdownS(), d / 2), left, right);
                } else {
                    double r = Math.min(person.weightShiftS(), d / 2);
                    double from = Math.max(t0, plan.endS());
                    plan.to(from, Math.min(t1, from + r), left, right, LoadPlan.RAISED_COSINE);
                }
                if (next == null || next.kind() != Kind.LIFT) {
                    double r = Math.min(person.weightShiftS(), d / 2);
                    plan.to(Math.max(t1 - r, plan.endS()), t1, shareOf(Side.LEFT), shareOf(Side.RIGHT),
                            LoadPlan.RAISED_COSINE);
                }
            }
            case LIFT -> {
                Side free = p.liftedFoot();
                if (previous == null || previous.kind() != Kind.TOE && previous.kind() != Kind.SUPPORT) {
                    double from = Math.max(t0 - person.weightShiftS(),
                            Math.max(plan.endS(), previous == null ? t0 : previous.startS()));
                    plan.to(from, t0, free == Side.LEFT ? 0 : 1, free == Side.RIGHT ? 0 : 1, LoadPlan.LIFT_AWAY);
                }
                if (p.share() > 0 && (previous == null || previous.kind() != Kind.SUPPORT)) {
                    // Kneeling, the leg goes out to the side and its foot settles on the floor, off the board.
                    double stance = 1 - p.share();
                    plan.to(t0, t0 + Math.min(SessionScript.AWAY_SETTLE_S, d / 2), free == Side.LEFT ? 0 : stance,
                            free == Side.RIGHT ? 0 : stance, LoadPlan.RAISED_COSINE);
                }
            }
            case TOE -> toe(p, next);
            case SUPPORT -> support(p, next);
            case OFF -> stepOff(p, previous);
            case REP -> repetition(p);
        }
    }

    /**
     * Down to the depth, a moment at the bottom, and up, each way a raised cosine (a smooth start and stop, as a
     * controlled movement): the feet on the board take the phase's extra load in proportion to what they carry,
     * and their centres of pressure move forward. A foot off the board stays off.
     */
    private void repetition(Phase p) {
        double t0 = Math.max(p.startS(), plan.endS());
        double downS = (p.endS() - t0 - p.gapS()) / 2;
        double left = plan.share(Side.LEFT);
        double right = plan.share(Side.RIGHT);
        double onBoard = left + right;
        double deep = Math.min(1, onBoard + p.loadChange() * p.share());
        double scale = onBoard > 0 ? Math.max(0, deep) / onBoard : 1;
        double forward = p.forwardM() * p.share();
        double leftAp = plan.apOffsetM(Side.LEFT);
        double rightAp = plan.apOffsetM(Side.RIGHT);
        plan.to(t0, t0 + downS, left * scale, right * scale, left > 0 ? leftAp + forward : leftAp,
                right > 0 ? rightAp + forward : rightAp, LoadPlan.RAISED_COSINE, LoadPlan.RAISED_COSINE);
        double upFrom = t0 + downS + p.gapS();
        plan.to(upFrom, upFrom + downS, left, right, leftAp, rightAp, LoadPlan.RAISED_COSINE,
                LoadPlan.RAISED_COSINE);
    }

    private void stepOn(Phase p) {
        double t0 = p.startS();
        Side first = p.foot();
        double gap = p.gapS();
        double spreadFrom = t0 + gap;
        if (gap > 0) {
            double half = ONE_FOOT_ON_PLATE_SHARE;
            plan.to(t0, t0 + Math.min(FIRST_FOOT_LANDING_S, gap), first == Side.LEFT ? half : 0,
                    first == Side.RIGHT ? half : 0, LoadPlan.SINE);
        }
        if (p.share() > 0) {
            // The other foot goes to the floor or a block, not the board: the first takes its share of the weight.
            double alone = p.share();
            plan.to(spreadFrom, spreadFrom + SessionScript.SPREAD_S, first == Side.LEFT ? alone : 0,
                    first == Side.RIGHT ? alone : 0, gap > 0 ? LoadPlan.RAISED_COSINE : LoadPlan.SINE);
            return;
        }
        // The second foot lands (sine: it bears load at once); the first settles to its share (raised cosine).
        int leftShape = first == Side.LEFT && gap > 0 ? LoadPlan.RAISED_COSINE : LoadPlan.SINE;
        int rightShape = first == Side.RIGHT && gap > 0 ? LoadPlan.RAISED_COSINE : LoadPlan.SINE;
        plan.to(spreadFrom, spreadFrom + SessionScript.SPREAD_S, shareOf(Side.LEFT), shareOf(Side.RIGHT), 0, 0,
                leftShape, rightShape);
    }

    /** The free foot lands at {@code t0} (share exactly 0 there) and the weight goes to these shares. */
    private void touchdown(double t0, double durationS, double left, double right) {
        plan.to(t0, t0 + durationS, left, right, 0, 0, LoadPlan.SINE, LoadPlan.SINE);
    }

    private void toe(Phase p, Phase next) {
        double t0 = p.startS();
        double t1 = p.endS();
        Side foot = p.foot();
        double x = p.share();
        double ramp = SessionScript.TOE_RAMP_S;
        double ap = TOE_FORWARD_M;
        double leftAp = foot == Side.LEFT ? ap : 0;
        double rightAp = foot == Side.RIGHT ? ap : 0;
        // The toes are put down in front (no load yet), then loaded.
        plan.to(t0, t0, plan.share(Side.LEFT), plan.share(Side.RIGHT), leftAp, rightAp, LoadPlan.SINE,
                LoadPlan.SINE);
        plan.to(t0, t0 + ramp, foot == Side.LEFT ? x : 1 - x, foot == Side.RIGHT ? x : 1 - x, leftAp, rightAp,
                LoadPlan.SINE, LoadPlan.SINE);
        if (next == null || next.kind() != Kind.BOTH) {
            // Lifted again (a new hold from t1) or stepping off: the toe load is exactly 0 at t1.
            plan.to(t1 - ramp, t1, foot == Side.LEFT ? 0 : 1, foot == Side.RIGHT ? 0 : 1, leftAp, rightAp,
                    LoadPlan.LIFT_AWAY, LoadPlan.LIFT_AWAY);
            plan.to(t1, t1, plan.share(Side.LEFT), plan.share(Side.RIGHT), 0, 0, LoadPlan.SINE, LoadPlan.SINE);
        }
    }

    /**
     * The outstretched foot or a hand comes down beside the board: the load it takes leaves the stance knee (or
     * foot) at once (sine). Before a re-lift it lets go again, its load exactly 0 at the phase's end.
     */
    private void support(Phase p, Phase next) {
        double t0 = p.startS();
        double t1 = p.endS();
        Side stance = p.foot().other();
        double ramp = SessionScript.SUPPORT_RAMP_S;
        double supported = Math.max(0, plan.share(stance) - p.share());
        plan.to(t0, t0 + ramp, stance == Side.LEFT ? supported : 0, stance == Side.RIGHT ? supported : 0,
                LoadPlan.SINE);
        if (next != null && next.kind() == Kind.LIFT) {
            double held = 1 - next.share();
            plan.to(t1 - ramp, t1, stance == Side.LEFT ? held : 0, stance == Side.RIGHT ? held : 0,
                    LoadPlan.LIFT_AWAY);
        }
    }

    private void stepOff(Phase p, Phase previous) {
        double t0 = Math.max(p.startS(), plan.endS());
        double foot = SessionScript.STEP_OFF_FOOT_S;
        double half = ONE_FOOT_ON_PLATE_SHARE;
        boolean fromOneLeg = previous != null && (previous.kind() == Kind.LIFT || previous.kind() == Kind.TOE
                || previous.kind() == Kind.SUPPORT);
        Side stays;
        if (fromOneLeg) {
            // The free foot goes to the floor and takes half; the stance foot starts unloading at once.
            stays = previous.liftedFoot().other();
        } else {
            stays = p.foot().other();
            if (plan.share(stays) == 0) {
                // Only one foot is on the board (the other on the floor or a block): it is the one to leave.
                stays = stays.other();
            }
        }
        plan.to(t0, t0 + foot, stays == Side.LEFT ? half : 0, stays == Side.RIGHT ? half : 0,
                LoadPlan.RAISED_COSINE);
        double second = t0 + foot + p.gapS();
        plan.to(second, second + foot, 0, 0, LoadPlan.RAISED_COSINE);
    }
}
