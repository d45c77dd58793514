package dev.stork.cli;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.FinishedTrial;
import dev.stork.session.SessionClock;
import dev.stork.session.SessionPhase;
import dev.stork.session.SessionRunner;
import dev.stork.session.SessionState;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.session.TrialAnswer;
import dev.stork.session.TrialQuestions;
import dev.stork.store.Person;
import dev.stork.store.Store;
import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseLevel;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.PlanEntry;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.Sex;
import dev.stork.training.TrialOutcome;
import dev.stork.trial.LiveSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stork demo}: a whole simulated session of single-leg stance, shown live in the terminal, no hardware
 * needed. A simulated person stands on a simulated Wii-sized plate and follows the session: instructions, countdown,
 * hold timer and sway, scripted pain answers, scores, the left-right comparison and the progression decision, all
 * stored in a data directory (a new temporary one unless {@code --data} is given). The view only reads the
 * session's published state.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs a simulated single-leg-stance session live in the terminal: instructions, countdown, hold "
                + "timer and sway, scores, left-right comparison and the next step. No hardware needed; stored in a "
                + "temporary directory unless --data is given.")
public final class DemoCommand implements Callable<Integer> {
    static final String EXERCISE = "single-leg-stance";
    static final int TRIALS_PER_LEG = 2;
    private static final double RATE_HZ = 100;
    private static final int REST_S = 5;
    private static final long VIEW_PERIOD_MS = 33;

    @Spec
    private CommandSpec spec;

    @Option(names = "--fast", description = "run as fast as possible instead of in real time")
    private boolean fast;

    @Option(names = "--seed", defaultValue = "1", description = "random seed of the simulated person (default "
            + "${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--data", paramLabel = "DIR", description = "data directory to store the session in (default: a "
            + "new temporary directory, so your own history is never touched)")
    private Path data;

    @Option(names = "--person", paramLabel = "NAME", defaultValue = "Demo", description = "name of the simulated "
            + "person (default ${DEFAULT-VALUE})")
    private String personName;

    /**
     * How the simulated person does: the hold of each trial (from 1) and the answers after it. The first trial
     * reaches the target; the others reach it or touch down early as the seed decides. Pain stays at one low level
     * through the session (a rise within a session would rightly move the person back).
     */
    record Performance(double[] holdS, int[] pain, boolean[] lostForm) {

        static Performance draw(long seed, int trials, double targetS) {
            Random random = new Random(seed);
            double[] holds = new double[trials];
            int[] pain = new int[trials];
            boolean[] lostForm = new boolean[trials];
            int sessionPain = random.nextInt(2);
            for (int k = 0; k < trials; k++) {
                boolean reachesTarget = k == 0 || random.nextDouble() < 0.6;
                holds[k] = reachesTarget ? targetS + 1.5 + random.nextDouble()
                        : 0.35 * targetS + 0.5 * targetS * random.nextDouble();
                pain[k] = sessionPain;
                lostForm[k] = !reachesTarget && random.nextDouble() < 0.5;
            }
            return new Performance(holds, pain, lostForm);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (personName == null || personName.isBlank()) {
            spec.commandLine().getErr().println("stork demo: --person needs a name");
            return 2;
        }
        Path directory = data != null ? data : Files.createTempDirectory("stork-demo-");
        Files.createDirectories(directory);
        Path work = Files.createTempDirectory("stork-demo-raw-");
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        boolean terminal = !fast && System.console() != null;
        try (Store store = Store.open(directory)) {
            Person person = store.person(personName)
                    .orElseGet(() -> store.savePerson(personName, 1961, Sex.FEMALE));
            int level = store.currentPlan(person.id()).flatMap(p -> p.entry(EXERCISE)).map(PlanEntry::level)
                    .orElse(1);
            Plan plan = new Plan(List.of(new PlanEntry(EXERCISE, level, TRIALS_PER_LEG, 1, REST_S)));
            ExerciseLevel current = catalogue.get(EXERCISE).level(level);
            Performance performance = Performance.draw(seed, 2 * TRIALS_PER_LEG, current.target().amount());
            long t0 = System.nanoTime();
            SimulatedTrialBoard board = new SimulatedTrialBoard(PersonModel.typicalAdult(), RATE_HZ, seed,
                    fast ? Pacing.FAST : Pacing.REAL_TIME, () -> System.nanoTime() - t0,
                    k -> performance.holdS()[k - 1]);
            TrialQuestions answers = (trial, number, heldS) -> new TrialAnswer(performance.pain()[number - 1],
                    performance.lostForm()[number - 1]);
            SessionRunner runner = new SessionRunner(store, catalogue, board, answers,
                    fast ? SessionClock.jumping() : SessionClock.system(), work);
            View view = new View(out, terminal);
            view.header(person, catalogue.get(EXERCISE), current, seed);
            SessionState last;
            if (fast) {
                // The view follows every step and every published snapshot, in sample time, so the output does not
                // depend on the machine's speed.
                runner.observe(view::show);
                last = runner.run(person, plan);
            } else {
                last = runInRealTime(runner, person, plan, view);
            }
            view.show(last);
            view.footer(last, directory);
        } finally {
            Files.deleteIfExists(work);
        }
        out.flush();
        return 0;
    }

    private static SessionState runInRealTime(SessionRunner runner, Person person, Plan plan, View view)
            throws InterruptedException {
        AtomicReference<SessionState> done = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Thread session = new Thread(() -> {
            try {
                done.set(runner.run(person, plan));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "stork-demo-session");
        session.setDaemon(true);
        session.start();
        while (session.isAlive()) {
            view.show(runner.state());
            session.join(VIEW_PERIOD_MS);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return done.get() != null ? done.get() : runner.state();
    }

    /** Turns session states into lines a physiotherapist can read at a glance. */
    static final class View {
        private static final int BAR_WIDTH = 20;
        private static final double SWAY_SHOWN_AFTER_S = 1;
        private final PrintWriter out;
        private final boolean terminal;
        private int announcedTrial;
        private int lastCount = -1;
        private boolean liftAnnounced;
        private int finishedShown;
        private boolean restShown;
        private double lastPlainStatusS = -1;
        private boolean statusLineOpen;

        View(PrintWriter out, boolean terminal) {
            this.out = out;
            this.terminal = terminal;
        }

        void header(Person person, Exercise exercise, ExerciseLevel level, long seed) {
            line(String.format(Locale.ROOT, "Stork demo: %s, level %d (%s), %d trials per leg.", exercise.name(),
                    level.level(), level.name(), TRIALS_PER_LEG));
            line(String.format(Locale.ROOT, "%s, a simulated person (72 kg), on a simulated balance board at %.0f Hz,"
                    + " seed %d.", person.name(), RATE_HZ, seed));
            line("What to do: " + level.instruction());
            line("Safety: " + exercise.safetyCue());
            line("");
        }

        void show(SessionState s) {
            showFinished(s);
            PrescribedTrial trial = s.trial();
            if (trial == null || s.phase() == SessionPhase.DONE) {
                return;
            }
            if (s.trialNumber() != announcedTrial && s.phase() != SessionPhase.REST) {
                announcedTrial = s.trialNumber();
                lastCount = -1;
                liftAnnounced = false;
                restShown = false;
                lastPlainStatusS = -1;
                line(String.format(Locale.ROOT, "Trial %d of %d: stand on your %s leg.", s.trialNumber(),
                        s.trialCount(), trial.leg().word().toUpperCase(Locale.ROOT)));
            }
            LiveSnapshot live = s.live();
            if (s.phase() == SessionPhase.COUNTDOWN) {
                int count = (int) Math.ceil(s.countdownLeftS());
                if (count > 0 && count != lastCount) {
                    lastCount = count;
                    line(String.format(Locale.ROOT, "  Lift your %s foot in %d ...", other(trial.leg()), count));
                }
            }
            if ((s.phase() == SessionPhase.HOLDING || (s.phase() == SessionPhase.COUNTDOWN
                    && s.countdownLeftS() <= 0)) && !liftAnnounced && lastCount > 0) {
                liftAnnounced = true;
                line("  Lift now and hold!");
            }
            if (s.phase() == SessionPhase.HOLDING && live != null && live.holding()) {
                status(live.timeNanos() * 1e-9, holdLine(live, trial.target().amount()));
            }
            if (s.phase() == SessionPhase.REST && !restShown) {
                restShown = true;
                line(String.format(Locale.ROOT, "  Rest %.0f s.", Math.ceil(s.restLeftS())));
            }
        }

        private void showFinished(SessionState s) {
            List<FinishedTrial> finished = s.finished();
            while (finishedShown < finished.size()) {
                line(summary(finished.get(finishedShown)));
                finishedShown++;
            }
        }

        private static String holdLine(LiveSnapshot s, double targetS) {
            double elapsed = Math.min(s.holdElapsedS(), targetS);
            int filled = (int) Math.round(BAR_WIDTH * elapsed / targetS);
            String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
            String sway = elapsed < SWAY_SHOWN_AFTER_S ? "sway: settling ..."
                    : String.format(Locale.ROOT, "sway speed %4.1f cm/s, area %5.1f cm²",
                    s.sway().meanVelocityDisplay(), s.sway().ellipseAreaDisplay());
            String leg = s.holdLeg().name().toLowerCase(Locale.ROOT);
            return String.format(Locale.ROOT, "  %s leg  %5.1f s of %.0f s [%s]  %s", capitalised(leg), elapsed,
                    targetS, bar, sway);
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

        private static String summary(FinishedTrial f) {
            TrialOutcome o = f.outcome();
            return String.format(Locale.ROOT, "  Trial %d: %s leg, held %.1f s (%s). Sway speed %.1f cm/s, area "
                    + "%.1f cm². Pain %d/10%s. Score %.0f.", f.trialNumber(), o.leg().word(), o.holdSeconds(),
                    reason(o), o.pathVelocityCmS(), o.ellipseArea95Cm2(), o.pain(),
                    o.lostForm() ? ", form lost" : "", f.score().total());
        }

        void footer(SessionState last, Path directory) {
            line("");
            line("Session summary");
            for (Leg leg : new Leg[] {Leg.LEFT, Leg.RIGHT}) {
                int n = 0;
                double best = 0;
                double sum = 0;
                double sway = 0;
                for (FinishedTrial f : last.finished()) {
                    if (f.outcome().leg() == leg) {
                        n++;
                        best = Math.max(best, f.outcome().holdSeconds());
                        sum += f.outcome().holdSeconds();
                        sway += f.outcome().pathVelocityCmS();
                    }
                }
                line(n == 0 ? String.format(Locale.ROOT, "  %-5s leg: no trials", capitalised(leg.word()))
                        : String.format(Locale.ROOT, "  %-5s leg: %d trial(s), best %.1f s, mean %.1f s, mean sway "
                        + "speed %.1f cm/s", capitalised(leg.word()), n, best, sum / n, sway / n));
            }
            for (Asymmetry comparison : last.comparisons()) {
                line("Left and right: " + comparison.sentence());
            }
            for (Decision decision : last.decisions()) {
                line("Next session: " + decision.sentence());
            }
            line("");
            line("Stored in " + directory + " (see it with: stork history --data " + directory + ")");
        }

        private static String reason(TrialOutcome o) {
            return switch (o.endReason()) {
                case TARGET -> "target reached";
                case TOUCHDOWN -> "foot touched down";
                case STEP_OFF -> "stepped off the board";
                case STOPPED -> "stopped";
            };
        }

        private static String other(Leg leg) {
            return leg == Leg.LEFT ? "right" : "left";
        }

        private static String capitalised(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }
}
