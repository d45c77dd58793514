package dev.stork.cli;

import dev.stork.session.FinishedTrial;
import dev.stork.session.SessionPhase;
import dev.stork.session.SessionState;
import dev.stork.training.Asymmetry;
import dev.stork.training.Decision;
import dev.stork.training.EndReason;
import dev.stork.training.Exercise;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.ExerciseKind;
import dev.stork.training.Leg;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialWords;
import dev.stork.trial.LiveSnapshot;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a running session's states into lines a physiotherapist can read at a glance: each trial's announcement,
 * the countdown, the hold timer with its progress bar and the live sway, each finished trial with its score, the
 * rests, and at the end the per-leg summary, the left-right comparison and the decision. On a terminal the hold
 * timer redraws one line; elsewhere (a pipe, a log) it prints a line once a second of sample time.
 *
 * <p>Threads: the session thread, the acquisition thread and a view thread may all call it; every method is
 * synchronized so lines never interleave, and questions asked through it close the redrawn line first.
 */
final class LiveSessionView {
    private static final int BAR_WIDTH = 20;
    private static final double SWAY_SHOWN_AFTER_S = 1;

    /** What the person is told beyond the common words: before a new exercise or level, and at the lift. */
    interface Cues {
        /** No extra words: the lift is "Lift now and hold!". */
        Cues NONE = new Cues() {
        };

        /** Lines to say before the first trial of a new exercise or level; none by default. */
        default List<String> before(PrescribedTrial trial) {
            return List.of();
        }

        /** What to say when the countdown ends. */
        default String lift(PrescribedTrial trial) {
            return "Lift now and hold!";
        }
    }

    private final PrintWriter out;
    private final boolean terminal;
    private final Cues cues;
    private final ExerciseCatalogue catalogue;
    private String announcedBlock;
    private int announcedTrial;
    private int lastCount = -1;
    private boolean liftAnnounced;
    private int finishedShown;
    private boolean restShown;
    private boolean pauseShown;
    private int safetyStopsShown;
    private double lastPlainStatusS = -1;
    private boolean statusLineOpen;

    /**
     * @param out      where the lines go
     * @param terminal whether {@code out} is a terminal that understands carriage return and erase-line
     * @param cues     the words of this kind of session
     */
    LiveSessionView(PrintWriter out, boolean terminal, Cues cues) {
        this.out = out;
        this.terminal = terminal;
        this.cues = cues;
        this.catalogue = ExerciseCatalogue.standard();
    }

    private Exercise exercise(PrescribedTrial trial) {
        return catalogue.get(trial.exerciseId());
    }

    /** Shows what changed since the last state shown. */
    synchronized void show(SessionState s) {
        showFinished(s);
        while (safetyStopsShown < s.safetyStops().size()) {
            line("  " + s.safetyStops().get(safetyStopsShown++));
        }
        PrescribedTrial trial = s.trial();
        if (trial == null || s.phase() == SessionPhase.DONE) {
            return;
        }
        if (s.phase() == SessionPhase.PAUSED) {
            if (!pauseShown) {
                pauseShown = true;
                line(s.safetyStops().isEmpty() ? "  Paused. Type r and Enter to go on, or q and Enter to stop."
                        : "  Type r and Enter to go on to the next exercise, or q and Enter to stop.");
            }
            return;
        }
        pauseShown = false;
        if (s.trialNumber() != announcedTrial && s.phase() != SessionPhase.REST) {
            announce(s, trial);
        }
        LiveSnapshot live = s.live();
        if (s.phase() == SessionPhase.COUNTDOWN) {
            int count = (int) Math.ceil(s.countdownLeftS());
            if (count > 0 && count != lastCount) {
                lastCount = count;
                line("  " + TrialWords.countdown(exercise(trial), trial, count));
            }
        }
        if ((s.phase() == SessionPhase.HOLDING || (s.phase() == SessionPhase.COUNTDOWN
                && s.countdownLeftS() <= 0)) && !liftAnnounced && lastCount > 0) {
            liftAnnounced = true;
            line("  " + (exercise(trial).kind() == ExerciseKind.HOLD ? cues.lift(trial)
                    : TrialWords.go(exercise(trial), trial)));
        }
        if (s.phase() == SessionPhase.HOLDING && live != null && live.holding()) {
            status(live.timeNanos() * 1e-9, trial.target().isHold() ? holdLine(live, trial.target().amount())
                    : repetitionLine(live, (int) trial.target().amount()));
        }
        if (s.phase() == SessionPhase.REST && !restShown) {
            restShown = true;
            // Less a hair, so that 30 s of rest computed in nanoseconds is not shown as 31.
            line(String.format(Locale.ROOT, "  Rest %.0f s.", Math.ceil(s.restLeftS() - 1e-6)));
        }
    }

    private void announce(SessionState s, PrescribedTrial trial) {
        String block = trial.exerciseId() + "/" + trial.level();
        if (!block.equals(announcedBlock)) {
            announcedBlock = block;
            for (String words : cues.before(trial)) {
                line(words);
            }
        }
        announcedTrial = s.trialNumber();
        lastCount = -1;
        liftAnnounced = false;
        restShown = false;
        lastPlainStatusS = -1;
        line(String.format(Locale.ROOT, "Trial %d of %d: %s", s.trialNumber(), s.trialCount(),
                TrialWords.position(exercise(trial), trial)));
    }

    private void showFinished(SessionState s) {
        List<FinishedTrial> finished = s.finished();
        while (finishedShown < finished.size()) {
            FinishedTrial f = finished.get(finishedShown);
            line(summary(f, exercise(f.prescribed())));
            String otherLeg = otherLegSentence(f, exercise(f.prescribed()));
            if (otherLeg != null) {
                line("  " + otherLeg);
            }
            finishedShown++;
        }
    }

    /** Prints a whole line, closing the redrawn hold line first. */
    synchronized void line(String text) {
        closeStatusLine();
        out.println(text);
        out.flush();
    }

    /** Asks a question on its own line and leaves the cursor after it for the answer. */
    synchronized void ask(String question) {
        closeStatusLine();
        out.print(question + " ");
        out.flush();
    }

    /** The end of the session: each leg's trials, the left-right comparisons and the decisions. */
    synchronized void sessionSummary(SessionState last) {
        line("");
        line("Session summary");
        Map<String, List<TrialOutcome>> byBlock = new LinkedHashMap<>();
        for (FinishedTrial f : last.finished()) {
            String block = f.outcome().exerciseId() + ", level " + f.outcome().level();
            byBlock.computeIfAbsent(block, key -> new ArrayList<>()).add(f.outcome());
        }
        for (Map.Entry<String, List<TrialOutcome>> block : byBlock.entrySet()) {
            if (byBlock.size() > 1) {
                line("  " + block.getKey() + ":");
            }
            legLines(block.getValue(), byBlock.size() > 1 ? "    " : "  ");
        }
        if (byBlock.isEmpty()) {
            legLines(List.of(), "  ");
        }
        for (Asymmetry comparison : last.comparisons()) {
            line("Left and right: " + comparison.sentence());
        }
        for (Decision decision : last.decisions()) {
            line("Next session: " + decision.sentence());
        }
    }

    private void legLines(List<TrialOutcome> outcomes, String indent) {
        for (Leg leg : new Leg[] {Leg.LEFT, Leg.RIGHT}) {
            int n = 0;
            double best = 0;
            double sum = 0;
            double sway = 0;
            int measured = 0;
            boolean repetitions = false;
            for (TrialOutcome o : outcomes) {
                if (o.leg() == leg) {
                    n++;
                    repetitions = !o.target().isHold();
                    double done = repetitions ? o.repetitions() : o.holdSeconds();
                    best = Math.max(best, done);
                    sum += done;
                    if (!Double.isNaN(o.pathVelocityCmS())) {
                        sway += o.pathVelocityCmS();
                        measured++;
                    }
                }
            }
            String unit = repetitions ? " repetitions" : " s";
            // Exercises logged off the board have no sway to average.
            String swayPart = measured == 0 ? ""
                    : String.format(Locale.ROOT, ", mean sway speed %.1f cm/s", sway / measured);
            line(n == 0 ? String.format(Locale.ROOT, "%s%-5s leg: no trials", indent, capitalised(leg.word()))
                    : String.format(Locale.ROOT, "%s%-5s leg: %d %s, best %.1f%s, mean %.1f%s%s", indent,
                    capitalised(leg.word()), n, repetitions ? "set(s)" : "trial(s)", best, unit, sum / n, unit,
                    swayPart));
        }
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

    private void closeStatusLine() {
        if (statusLineOpen) {
            out.print("\r\033[K");
            statusLineOpen = false;
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

    private static String repetitionLine(LiveSnapshot s, int target) {
        int done = Math.min(s.repetitions(), target);
        int filled = (int) Math.round(BAR_WIDTH * done / (double) target);
        String bar = "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled);
        return String.format(Locale.ROOT, "  %d of %d repetitions [%s]  %5.1f s  sway speed %4.1f cm/s", done,
                target, bar, s.holdElapsedS(), s.sway().meanVelocityDisplay());
    }

    /** "You stood on your right leg: this counts for the right." when the hold was not on the leg asked for. */
    static String otherLegSentence(FinishedTrial f, Exercise exercise) {
        Leg asked = f.prescribed().leg();
        Leg stood = f.outcome().leg();
        if (asked == Leg.BOTH || stood == asked) {
            return null;
        }
        return TrialWords.otherLeg(exercise, stood);
    }

    private static String summary(FinishedTrial f, Exercise exercise) {
        TrialOutcome o = f.outcome();
        if (o.endReason() == EndReason.LOGGED) {
            return String.format(Locale.ROOT, "  Trial %d: %s leg, %d of %.0f done off the board (logged). %s. "
                    + "Score %.0f.", f.trialNumber(), o.leg().word(), o.repetitions(), o.target().amount(), answers(o),
                    f.score().total());
        }
        String done = o.target().isHold() ? String.format(Locale.ROOT, "held %.1f s", o.holdSeconds())
                : String.format(Locale.ROOT, "%d of %.0f repetitions in %.1f s", o.repetitions(), o.target().amount(),
                o.holdSeconds());
        return String.format(Locale.ROOT, "  Trial %d: %s leg, %s (%s). Sway speed %.1f cm/s, area "
                + "%.1f cm². %s. Score %.0f.%s", f.trialNumber(), o.leg().word(), done,
                TrialWords.ending(exercise, o.endReason()), o.pathVelocityCmS(), o.ellipseArea95Cm2(), answers(o), f.score().total(),
                Double.isNaN(o.timeToStabilisationS()) ? ""
                        : String.format(Locale.ROOT, " Steady after %.1f s.", o.timeToStabilisationS()));
    }

    /** "Pain 2/10", "Pain 2/10, form lost", or what was not reported when the session stopped at the questions. */
    private static String answers(TrialOutcome o) {
        if (o.pain().isEmpty()) {
            return switch (o.form()) {
                case NOT_REPORTED -> "Pain and form not reported";
                case LOST -> "Pain not reported, form lost";
                case KEPT -> "Pain not reported";
            };
        }
        String pain = "Pain " + o.pain().getAsInt() + "/10";
        return switch (o.form()) {
            case NOT_REPORTED -> pain + ", form not reported";
            case LOST -> pain + ", form lost";
            case KEPT -> pain;
        };
    }

    static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
