package dev.stork.cli;

import dev.stork.session.LoggedAnswer;
import dev.stork.session.SessionCommand;
import dev.stork.session.TrialAnswer;
import dev.stork.session.TrialQuestions;
import dev.stork.training.PrescribedTrial;
import java.util.Locale;

/**
 * Asks the person after each trial, in the terminal: pain now (0-10), after any pain whether it was sharp or came
 * with tingling or numbness, and whether their form broke. A wrong answer
 * is asked again with the reason. {@code q}, or the end of the input, stops the session there: the hold just
 * finished is still stored, with what was not answered marked not reported (progression then does not count that
 * session as pain-free), and the session ends with its decision.
 *
 * <p>Threads: {@link #ask} runs on the session thread.
 */
final class TerminalQuestions implements TrialQuestions {
    static final String PAIN_QUESTION = "  Pain now, 0 (none) to 10 (worst)?";
    static final String FORM_QUESTION = "  Did your form break? [y/N]";
    /** Asked after any pain: the warning signs that stop an exercise whatever the number. */
    static final String SHARP_QUESTION = "  Was it a sharp pain, or do you feel tingling or numbness in your leg? [y/N]";

    private final TerminalInput input;
    private final LiveSessionView view;
    private final boolean echo;

    /**
     * @param input where the answers come from
     * @param view  where the questions go
     * @param echo  whether to print each answer after its question: when the input is not a terminal that shows
     *              the typing itself, so a transcript reads as question and answer
     */
    TerminalQuestions(TerminalInput input, LiveSessionView view, boolean echo) {
        this.input = input;
        this.view = view;
        this.echo = echo;
    }

    /** Why a pain answer is not one, or null when it is a whole number from 0 to 10. */
    static String painProblem(String answer) {
        String text = answer.strip();
        if (text.isEmpty()) {
            return "Please type a number from 0 (no pain) to 10 (the worst pain you can imagine).";
        }
        int pain;
        try {
            pain = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return text.matches("[+-]?\\d*[.,]\\d+") ? "'" + text + "': please give a whole number from 0 to 10."
                    : "'" + text + "' is not a number: type a whole number from 0 to 10, or q to stop.";
        }
        if (pain < 0) {
            return pain + " is less than 0: 0 means no pain at all.";
        }
        if (pain > 10) {
            return pain + " is more than 10: 10 is the worst pain you can imagine.";
        }
        return null;
    }

    /** The lost-form answer: TRUE for yes, FALSE for no or Enter alone, null when it is neither. */
    static Boolean formAnswer(String answer) {
        return switch (answer.strip().toLowerCase(Locale.ROOT)) {
            case "y", "yes" -> Boolean.TRUE;
            case "", "n", "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    @Override
    public TrialAnswer ask(PrescribedTrial trial, int trialNumber, double heldS) {
        try {
            String pain = answer(PAIN_QUESTION);
            while (pain != null && painProblem(pain) != null) {
                view.line("  " + painProblem(pain));
                pain = answer(PAIN_QUESTION);
            }
            if (pain == null) {
                return stop(trialNumber, TrialAnswer.STOPPED_UNANSWERED);
            }
            int painValue = Integer.parseInt(pain.strip());
            boolean sharp = false;
            if (painValue > 0) {
                String sharpAnswer = answer(SHARP_QUESTION);
                while (sharpAnswer != null && formAnswer(sharpAnswer) == null) {
                    view.line("  '" + sharpAnswer.strip() + "': please answer y (yes) or n (no); Enter alone means "
                            + "no.");
                    sharpAnswer = answer(SHARP_QUESTION);
                }
                if (sharpAnswer == null) {
                    return stop(trialNumber, TrialAnswer.stoppedAfterPain(painValue));
                }
                sharp = formAnswer(sharpAnswer);
            }
            String form = answer(FORM_QUESTION);
            while (form != null && formAnswer(form) == null) {
                view.line("  '" + form.strip() + "': please answer y (yes) or n (no); Enter alone means no.");
                form = answer(FORM_QUESTION);
            }
            if (form == null) {
                return stop(trialNumber, TrialAnswer.stoppedAfterPain(painValue));
            }
            return new TrialAnswer(painValue, formAnswer(form), sharp);
        } catch (InterruptedException e) {
            // The session thread sees the interrupt and stores the trial before passing it on.
            Thread.currentThread().interrupt();
            return stop(trialNumber, TrialAnswer.STOPPED_UNANSWERED);
        }
    }

    @Override
    public LoggedAnswer askLogged(PrescribedTrial trial, int trialNumber) throws InterruptedException {
        int target = (int) trial.target().amount();
        String question = String.format(Locale.ROOT, "  How many did you do? Enter for %d, a number, or n if you did "
                + "not do it:", target);
        while (true) {
            String answer = answer(question);
            if (answer == null) {
                input.send(SessionCommand.of(SessionCommand.Kind.STOP));
                return LoggedAnswer.NOT_DONE;
            }
            String text = answer.strip().toLowerCase(Locale.ROOT);
            if (text.isEmpty()) {
                return new LoggedAnswer(true, target);
            }
            if (text.equals("n") || text.equals("no")) {
                return LoggedAnswer.NOT_DONE;
            }
            try {
                int done = Integer.parseInt(text);
                if (done > 0 && done <= 1000) {
                    return new LoggedAnswer(true, done);
                }
            } catch (NumberFormatException e) {
                // asked again below
            }
            view.line("  '" + answer.strip() + "': type how many you did (1 or more), Enter for " + target
                    + ", or n.");
        }
    }

    /** The person's answer, or null when they stop ({@code q}) or the input has ended. */
    private String answer(String question) throws InterruptedException {
        view.ask(question);
        String line = input.nextAnswer();
        if (line == null) {
            view.line("");
            view.line("  Stopping: " + input.endReason() + ".");
            return null;
        }
        if (echo) {
            view.line(line);
        }
        SessionCommand key = TerminalInput.key(line);
        if (key != null && key.kind() == SessionCommand.Kind.STOP) {
            view.line("  Stopping, as you asked.");
            return null;
        }
        return line;
    }

    /** Stops the session at a question: the hold is stored with what was answered, the rest not reported. */
    private TrialAnswer stop(int trialNumber, TrialAnswer answered) {
        String kept = answered.pain().isPresent() ? "with pain " + answered.pain().getAsInt() + "/10, form not reported"
                : "with pain and form not reported";
        view.line(String.format(Locale.ROOT, "  Trial %d is stored %s. The session stops here.", trialNumber, kept));
        // The answer ends the session; the command marks the stop as the person's for the end of the session.
        input.send(SessionCommand.of(SessionCommand.Kind.STOP));
        return answered;
    }
}
