package dev.stork.trial.support;

import dev.stork.sensor.sim.GroundTruth;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.trial.TrialResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well detected holds match the true ones of simulated sessions, accumulated over many sessions: holds missed,
 * invented or given the wrong leg, and for the matched ones the signed error of start and end (detected minus
 * true, s) as mean, standard deviation and worst. Step-off ends are kept apart: their truth (the instant the load
 * begins to fall) is a different event from a touchdown. A true hold is matched to a detected hold whose start and
 * end both lie within {@value #MATCH_S} s of its own; a hold split in two or two holds merged into one is therefore
 * counted as missed (and the detections as invented), never as a large timing error.
 */
public final class HoldTimingScore {
    /** The furthest a detected start or end may lie from the truth for the two to be the same hold, s. */
    public static final double MATCH_S = 0.5;

    private final ErrorStats starts = new ErrorStats();
    private final ErrorStats ends = new ErrorStats();
    private final ErrorStats stepOffEnds = new ErrorStats();
    private final List<String> problems = new ArrayList<>();
    private int trueHolds;
    private int missed;
    private int invented;
    private int wrongLeg;

    /** Signed errors of one kind of event. */
    public static final class ErrorStats {
        private int count;
        private double sum;
        private double sumSquares;
        private double worst;
        private String worstWhere = "";

        void add(double error, String where) {
            count++;
            sum += error;
            sumSquares += error * error;
            if (Math.abs(error) > Math.abs(worst)) {
                worst = error;
                worstWhere = where;
            }
        }

        public int count() {
            return count;
        }

        /** Mean signed error, s (the bias). */
        public double mean() {
            return count == 0 ? 0 : sum / count;
        }

        /** Standard deviation of the error, s. */
        public double sd() {
            return count < 2 ? 0 : Math.sqrt(Math.max(0, (sumSquares - sum * sum / count) / (count - 1)));
        }

        /** The error of largest magnitude, with its sign, s. */
        public double worst() {
            return worst;
        }

        public String worstWhere() {
            return worstWhere;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n %d, mean %+.3f s, sd %.3f s, worst %+.3f s (%s)", count, mean(),
                    sd(), worst, worstWhere);
        }
    }

    /**
     * Scores one session.
     *
     * @param what     names the session in reports
     * @param truth    the simulator's holds
     * @param found    what the pipeline reported
     * @param targetS  the hold target the pipeline ran with (a hold reaching it ends there)
     */
    public void add(String what, List<GroundTruth.HoldTruth> truth, List<TrialResult> found, double targetS) {
        boolean[] used = new boolean[found.size()];
        for (GroundTruth.HoldTruth hold : truth) {
            trueHolds++;
            boolean reachesTarget = hold.durationS() > targetS;
            int best = -1;
            for (int i = 0; i < found.size() && best < 0; i++) {
                TrialResult r = found.get(i);
                double startError = r.startNanos() * 1e-9 - hold.startS();
                double endError = r.endNanos() * 1e-9 - (reachesTarget ? hold.startS() + targetS : hold.endS());
                if (!used[i] && Math.abs(startError) <= MATCH_S && Math.abs(endError) <= MATCH_S) {
                    best = i;
                }
            }
            if (best < 0) {
                missed++;
                problems.add(what + ": missed " + hold);
                continue;
            }
            used[best] = true;
            TrialResult r = found.get(best);
            if (!r.stanceLeg().name().equals(hold.stanceFoot().name())) {
                wrongLeg++;
                problems.add(what + ": wrong leg " + r.stanceLeg() + " for " + hold);
            }
            String where = String.format(Locale.ROOT, "%s, hold %.2f-%.2f s", what, hold.startS(), hold.endS());
            starts.add(r.startNanos() * 1e-9 - hold.startS(), where);
            if (reachesTarget) {
                continue;
            }
            double endError = r.endNanos() * 1e-9 - hold.endS();
            if (hold.ending() == GroundTruth.Ending.STEP_OFF) {
                stepOffEnds.add(endError, where);
            } else {
                ends.add(endError, where);
            }
        }
        for (int i = 0; i < found.size(); i++) {
            if (!used[i]) {
                invented++;
                TrialResult r = found.get(i);
                problems.add(String.format(Locale.ROOT, "%s: invented %s %.2f-%.2f s %s", what, r.stanceLeg(),
                        r.startNanos() * 1e-9, r.endNanos() * 1e-9, r.endReason()));
            }
        }
    }

    public ErrorStats starts() {
        return starts;
    }

    public ErrorStats ends() {
        return ends;
    }

    public ErrorStats stepOffEnds() {
        return stepOffEnds;
    }

    public int trueHolds() {
        return trueHolds;
    }

    public int missed() {
        return missed;
    }

    public int invented() {
        return invented;
    }

    public int wrongLeg() {
        return wrongLeg;
    }

    /** Up to the first {@code max} problems, one per line. */
    public String problems(int max) {
        return String.join("\n", problems.subList(0, Math.min(max, problems.size())));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d true holds: %d missed, %d invented, %d wrong leg%n  start %s%n"
                + "  end (touchdown) %s%n  end (step-off) %s", trueHolds, missed, invented, wrongLeg, starts, ends,
                stepOffEnds);
    }
}
