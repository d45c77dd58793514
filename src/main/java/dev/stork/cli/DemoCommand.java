package dev.stork.cli;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulatedPlateSource;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.signal.cop.PlateGeometry;
import dev.stork.signal.stance.Leg;
import dev.stork.signal.stance.PlateStanceConfig;
import dev.stork.trial.LiveSnapshot;
import dev.stork.trial.PlatePipeline;
import dev.stork.trial.TrialResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stork demo}: a simulated single-leg-stance session shown live in the terminal, no hardware needed. A
 * simulated person stands on a simulated Wii-sized plate; the live pipeline times each hold and measures sway
 * exactly as it would on a real board. The view only reads the pipeline's published snapshots.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs a simulated single-leg-stance session live in the terminal: countdown, hold timer, sway "
                + "and a summary per trial, alternating legs. No hardware needed.")
public final class DemoCommand implements Callable<Integer> {
    private static final double RATE_HZ = 100;
    private static final double VIEW_PERIOD_S = 0.2;
    private static final double COUNTDOWN_S = 3;
    private static final double REST_S = 5;
    /** Sway figures are shown once the hold has lasted this long; before, the weight shift dominates them. */
    private static final double SWAY_SHOWN_AFTER_S = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--fast", description = "run as fast as possible instead of in real time")
    private boolean fast;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of the simulated person (default "
            + "${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--trials", defaultValue = "4", description = "number of trials, legs alternating (default "
            + "${DEFAULT-VALUE})")
    private int trials;

    @Option(names = "--target", defaultValue = "15", paramLabel = "S", description = "target hold time in seconds "
            + "(default ${DEFAULT-VALUE})")
    private double targetS;

    /** The session the simulated person will perform, and when each lift is due. */
    record Plan(String script, double[] liftS, Leg[] stanceLeg) {

        static Plan draw(long seed, int trials, double targetS) {
            Random random = new Random(seed);
            StringBuilder script = new StringBuilder("on 2; both 4");
            double t = 6;
            double[] lifts = new double[trials];
            Leg[] legs = new Leg[trials];
            for (int k = 0; k < trials; k++) {
                legs[k] = k % 2 == 0 ? Leg.LEFT : Leg.RIGHT;
                // The first trial reaches the target, the last one (of two or more) ends early by stepping off, the
                // others reach it or touch down early as the seed decides.
                boolean last = k == trials - 1;
                boolean reachesTarget = k == 0 || (!last && random.nextDouble() < 0.5);
                double holdS = reachesTarget ? targetS + 1.5 + random.nextDouble()
                        : 0.35 * targetS + 0.5 * targetS * random.nextDouble();
                String lifted = legs[k] == Leg.LEFT ? "right" : "left";
                lifts[k] = t;
                script.append(String.format(Locale.ROOT, "; lift %s %.2f", lifted, holdS));
                if (last && !reachesTarget) {
                    script.append("; off");
                } else {
                    script.append(String.format(Locale.ROOT, "; touchdown; both %.1f", REST_S));
                }
                t += holdS + REST_S;
            }
            if (!script.toString().endsWith("off")) {
                script.append("; off");
            }
            return new Plan(script.toString(), lifts, legs);
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        if (trials < 1 || trials > 20 || !(targetS >= 3 && targetS <= 120)) {
            spec.commandLine().getErr().println("stork demo: --trials must be 1..20 and --target 3..120 s");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean terminal = !fast && System.console() != null;
        Plan plan = Plan.draw(seed, trials, targetS);
        PlateGeometry geometry = PlateGeometry.WII_BALANCE_BOARD;
        PlateSessionModel model = new PlateSessionModel(SessionScript.parse(plan.script()),
                PersonModel.typicalAdult(), RATE_HZ, geometry.cellSpacingMlM(), geometry.cellSpacingApM(), seed);
        PlatePipeline pipeline = new PlatePipeline(geometry, RATE_HZ, PlateStanceConfig.defaults(targetS), null);
        View view = new View(out, terminal, plan, targetS);
        view.header(seed);
        if (fast) {
            // Same view, driven by sample time instead of the wall clock, so the output does not depend on speed.
            new SimulatedPlateSource(model, Pacing.FAST, () -> 0L).run(new SampleListener() {
                private long nextViewNanos;

                @Override
                public void onPlateSample(PlateSample sample) {
                    pipeline.onPlateSample(sample);
                    if (sample.timeNanos >= nextViewNanos) {
                        view.show(pipeline.snapshot());
                        nextViewNanos = sample.timeNanos + Math.round(VIEW_PERIOD_S * 1e9);
                    }
                }

                @Override
                public void onEnd() {
                    pipeline.onEnd();
                }
            });
        } else {
            long t0 = System.nanoTime();
            SimulatedPlateSource source = new SimulatedPlateSource(model, Pacing.REAL_TIME, () -> System.nanoTime()
                    - t0);
            Thread acquisition = new Thread(() -> runQuietly(source, pipeline), "stork-demo-acquisition");
            acquisition.setDaemon(true);
            acquisition.start();
            while (acquisition.isAlive()) {
                view.show(pipeline.snapshot());
                acquisition.join(Math.round(VIEW_PERIOD_S * 1000 / 2));
            }
        }
        view.show(pipeline.snapshot());
        view.footer();
        out.flush();
        return 0;
    }

    private static void runQuietly(SimulatedPlateSource source, PlatePipeline pipeline) {
        try {
            source.run(pipeline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Turns snapshots into lines a physiotherapist can read at a glance. */
    static final class View {
        private static final int BAR_WIDTH = 20;
        private final PrintWriter out;
        private final boolean terminal;
        private final Plan plan;
        private final double targetS;
        private final List<TrialResult> results = new ArrayList<>();
        private int announcedTrial = -1;
        private int lastCount = -1;
        private boolean liftAnnounced;
        private int trialsSeen;
        private double lastPlainStatusS = -1;
        private boolean statusLineOpen;

        View(PrintWriter out, boolean terminal, Plan plan, double targetS) {
            this.out = out;
            this.terminal = terminal;
            this.plan = plan;
            this.targetS = targetS;
        }

        void header(long seed) {
            int n = plan.liftS().length;
            out.println(String.format(Locale.ROOT, "Stork demo: single-leg stance, %d %s of up to %.0f s%s.", n,
                    n == 1 ? "trial" : "trials", targetS, n == 1 ? "" : ", alternating legs"));
            out.println(String.format(Locale.ROOT, "A simulated person (72 kg) on a simulated balance board at "
                    + "%.0f Hz, seed %d.", RATE_HZ, seed));
            out.println();
            out.flush();
        }

        void show(LiveSnapshot s) {
            double t = s.timeNanos() * 1e-9;
            if (s.trialsCompleted() > trialsSeen) {
                trialsSeen = s.trialsCompleted();
                results.add(s.lastTrial());
                line(summary(trialsSeen, s.lastTrial()));
            }
            int trial = upcomingTrial(t);
            if (trial >= 0 && trial != announcedTrial && !s.holding()) {
                announcedTrial = trial;
                lastCount = -1;
                liftAnnounced = false;
                line(String.format(Locale.ROOT, "Trial %d of %d: stand on your %s leg.", trial + 1,
                        plan.liftS().length, legName(plan.stanceLeg()[trial]).toUpperCase(Locale.ROOT)));
            }
            if (trial >= 0 && trial == announcedTrial) {
                double toLift = plan.liftS()[trial] - t;
                int count = (int) Math.ceil(toLift);
                if (toLift > 0 && toLift <= COUNTDOWN_S && count != lastCount) {
                    lastCount = count;
                    line(String.format(Locale.ROOT, "  Lift your %s foot in %d ...",
                            legName(plan.stanceLeg()[trial].other()), count));
                } else if (toLift <= 0 && !liftAnnounced) {
                    liftAnnounced = true;
                    line("  Lift now and hold!");
                }
            }
            if (s.holding()) {
                status(t, holdLine(s));
            }
        }

        /** The trial whose lift comes next (or is running), -1 after the last. */
        private int upcomingTrial(double t) {
            double[] lifts = plan.liftS();
            for (int k = 0; k < lifts.length; k++) {
                if (t < lifts[k] + 1 || k >= trialsSeen) {
                    return t < lifts[k] - COUNTDOWN_S - 2 ? (k == 0 ? -1 : announcedTrial) : k;
                }
            }
            return -1;
        }

        private String holdLine(LiveSnapshot s) {
            double elapsed = Math.min(s.holdElapsedS(), targetS);
            int filled = (int) Math.round(BAR_WIDTH * elapsed / targetS);
            String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
            String sway = elapsed < SWAY_SHOWN_AFTER_S ? "sway: settling ..."
                    : String.format(Locale.ROOT, "sway speed %4.1f cm/s, area %5.1f cm²",
                    s.sway().meanVelocityDisplay(), s.sway().ellipseAreaDisplay());
            return String.format(Locale.ROOT, "  %s leg  %5.1f s of %.0f s [%s]  %s",
                    capitalised(legName(s.holdLeg())), elapsed, targetS, bar, sway);
        }

        private void status(double t, String text) {
            if (terminal) {
                out.print("\r\033[K" + text);
                out.flush();
                statusLineOpen = true;
            } else if (t - lastPlainStatusS >= 1 - 1e-9) {
                lastPlainStatusS = t;
                out.println(text);
            }
        }

        private void line(String text) {
            if (statusLineOpen) {
                out.print("\r\033[K");
                statusLineOpen = false;
            }
            out.println(text);
            out.flush();
        }

        private String summary(int number, TrialResult r) {
            double tts = r.timeToStabilisationS();
            return String.format(Locale.ROOT, "  Trial %d: %s leg, held %.1f s (%s). Sway speed %.1f cm/s, area %.1f cm², "
                    + "%s.", number, legName(r.stanceLeg()), r.holdS(), reason(r), r.sway().meanVelocityDisplay(),
                    r.sway().ellipseAreaDisplay(), Double.isNaN(tts) ? "did not settle"
                            : String.format(Locale.ROOT, "steady after %.1f s", tts));
        }

        void footer() {
            line("");
            line("Session summary");
            for (Leg leg : new Leg[] {Leg.LEFT, Leg.RIGHT}) {
                int n = 0;
                double best = 0;
                double sum = 0;
                double sway = 0;
                for (TrialResult r : results) {
                    if (r.stanceLeg() == leg) {
                        n++;
                        best = Math.max(best, r.holdS());
                        sum += r.holdS();
                        sway += r.sway().meanVelocityDisplay();
                    }
                }
                line(n == 0 ? String.format(Locale.ROOT, "  %-5s leg: no trials", capitalised(legName(leg)))
                        : String.format(Locale.ROOT, "  %-5s leg: %d trial(s), best %.1f s, mean %.1f s, mean sway "
                        + "speed %.1f cm/s", capitalised(legName(leg)), n, best, sum / n, sway / n));
            }
        }

        private static String reason(TrialResult r) {
            return switch (r.endReason()) {
                case TARGET -> "target reached";
                case TOUCHDOWN -> "foot touched down";
                case STEP_OFF -> "stepped off the board";
                case EDGE_CONTACT -> "board touched the floor";
                case END_OF_DATA -> "session ended";
            };
        }

        private static String legName(Leg leg) {
            return leg.name().toLowerCase(Locale.ROOT);
        }

        private static String capitalised(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }
}
