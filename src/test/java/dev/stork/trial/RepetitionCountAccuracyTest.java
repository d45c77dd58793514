package dev.stork.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.sensor.PlateSample;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.repetition.Repetition;
import dev.stork.signal.stance.HoldEndReason;
import dev.stork.trial.support.RepetitionScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How well the live pipeline counts repetitions, against the simulator's truth: every {@code rep} phase at least
 * {@value SessionScript#MIN_REPETITION_DEPTH} of full depth is one repetition, from the phase's start (the person
 * leaves the top position) to its end (back in it); fidgets are not. The requirement: the count exact in
 * at least 95 % of sets at 50 to 1000 Hz, and never off by more than one. Start and end times are scored as signed
 * errors (detected minus true), bias and worst, over the repetitions of the sets counted exactly.
 */
class RepetitionCountAccuracyTest {
    private static final int SETS = 120;

    @Test
    void countsDrawnSetsAgainstTheSimulatorsTruth() {
        Tally lunges = new Tally();
        Tally hinges = new Tally();
        for (long seed = 1; seed <= SETS; seed++) {
            RepetitionScenario scenario = RepetitionScenario.draw(seed);
            List<TrialResult> sets = run(scenario.model(), scenario.target());
            assertEquals(1, sets.size(), () -> "one set in " + scenario + ", got " + sets);
            TrialResult set = sets.get(0);
            List<SessionScript.Phase> truth = scenario.parsed().repetitions();
            Tally tally = scenario.style() == RepetitionScenario.Style.LATERAL_LUNGE ? lunges : hinges;
            int off = set.repetitionCount() - truth.size();
            tally.add(off, scenario);
            if (off == 0) {
                for (int i = 0; i < truth.size(); i++) {
                    Repetition rep = set.repetitions().get(i);
                    tally.starts.add(rep.startNanos() * 1e-9 - truth.get(i).startS(), scenario.toString());
                    tally.ends.add(rep.endNanos() * 1e-9 - truth.get(i).endS(), scenario.toString());
                }
                HoldEndReason expected = truth.size() == scenario.target() ? HoldEndReason.TARGET
                        : HoldEndReason.STEP_OFF;
                assertEquals(expected, set.endReason(), scenario::toString);
            }
        }
        String report = "lateral lunge: " + lunges + "; hip hinge: " + hinges;
        System.out.println(report);
        if (System.getProperty("repetitions.trace") != null) {
            trace(RepetitionScenario.draw(Long.getLong("repetitions.trace")));
        }
        // The requirement, met by the lunge, whose load changes by a third of the body weight.
        assertTrue(lunges.exactShare() >= 0.95, report);
        assertTrue(lunges.worstOff() <= 1, report);
        // The hinge moves the COP a few centimetres, close to the sway of a person on one foot: measured 84 % exact (71 of 85),
        // worst off by 4 (docs/training.md). Kept from getting worse; the requirement is not yet met here.
        assertTrue(hinges.exactShare() >= 0.8, report);
        assertTrue(hinges.worstOff() <= 4, report);
        assertTrue(Math.abs(lunges.ends.mean()) < 0.25 && Math.abs(hinges.ends.mean()) < 0.35, report);
    }

    /** Count errors and timing of one kind of exercise. */
    static final class Tally {
        final Stats starts = new Stats();
        final Stats ends = new Stats();
        private int sets;
        private int exact;
        private int worstOff;
        private long offSum;
        private final List<String> wrong = new ArrayList<>();

        void add(int off, RepetitionScenario scenario) {
            sets++;
            offSum += off;
            if (off == 0) {
                exact++;
            } else {
                wrong.add(String.format(Locale.ROOT, "%+d in seed %d", off, scenario.seed()));
            }
            worstOff = Math.max(worstOff, Math.abs(off));
        }

        double exactShare() {
            return sets == 0 ? 1 : exact / (double) sets;
        }

        int worstOff() {
            return worstOff;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d sets exact, count bias %+.3f, worst off by %d %s; start %s; "
                    + "end %s", exact, sets, offSum / (double) Math.max(1, sets), worstOff, wrong, starts, ends);
        }
    }

    private static void trace(RepetitionScenario scenario) {
        PlateSessionModel model = scenario.model();
        List<TrialResult> results = new ArrayList<>();
        PlatePipeline pipeline = PlatePipeline.forRepetitions(PlateGeometry.WII_BALANCE_BOARD, model.rateHz(),
                scenario.target(), results::add);
        PlateSample sample = new PlateSample();
        long k = 0;
        while (model.next(sample, 0)) {
            pipeline.onPlateSample(sample);
            if (k++ % Math.round(model.rateHz() / 10) == 0 && Boolean.getBoolean("repetitions.samples")) {
                LiveSnapshot s = pipeline.snapshot();
                System.out.printf(Locale.ROOT, "%.1f %s load %.0f ml %.3f ap %.3f reps %d%n", sample.timeNanos * 1e-9,
                        s.state(), s.loadN(), s.copMlM(), s.copApM(), s.repetitions());
            }
        }
        System.out.println(scenario + " -> " + results);
        for (SessionScript.Phase p : scenario.parsed().phases()) {
            System.out.printf(Locale.ROOT, "truth %s %.2f..%.2f depth %.2f%n", p.kind(), p.startS(), p.endS(), p.share());
        }
    }

    static List<TrialResult> run(PlateSessionModel model, int target) {
        List<TrialResult> results = new ArrayList<>();
        PlatePipeline pipeline = PlatePipeline.forRepetitions(PlateGeometry.WII_BALANCE_BOARD, model.rateHz(),
                target, results::add);
        PlateSample sample = new PlateSample();
        while (model.next(sample, 0)) {
            pipeline.onPlateSample(sample);
        }
        pipeline.onEnd();
        return results;
    }

    /** Signed errors: mean (bias), worst. */
    static final class Stats {
        private int count;
        private double sum;
        private double worst;

        void add(double error, String where) {
            count++;
            sum += error;
            if (Math.abs(error) > Math.abs(worst)) {
                worst = error;
            }
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }

        double worst() {
            return worst;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n %d mean %+.3f s worst %+.3f s", count, mean(), worst);
        }
    }
}
