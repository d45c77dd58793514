package dev.stork.cli;

import dev.stork.session.SessionCommand;
import dev.stork.session.TrialAnswer;
import dev.stork.session.TrialQuestions;
import dev.stork.training.PrescribedTrial;
import java.util.Locale;

/**
 * Asks the person after each trial, in the terminal: pain now (0-10) and whether their form broke. A wrong answer
 * is asked again with the reason. {@code q}, or the end of the input, stops the session there: the hold just
 * finished is left out (it is stored only with its answers, as pain steers progression) and the trials before it
 * stay stored.
 *
 * <p>Threads: {@link #ask} runs on the session thread.
 */
final class TerminalQuestions implements TrialQuestions {
    static final String PAIN_QUESTION = "  Pain now, 0 (none) to 10 (worst)?";
    static final String FORM_QUESTION = "  Did your form break? [y/N]";

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
                return leaveOut(trialNumber);
            }
            String form = answer(FORM_QUESTION);
            while (form != null && formAnswer(form) == null) {
                view.line("  '" + form.strip() + "': please answer y (yes) or n (no); Enter alone means no.");
                form = answer(FORM_QUESTION);
            }
            if (form == null) {
                return leaveOut(trialNumber);
            }
            return new TrialAnswer(Integer.parseInt(pain.strip()), formAnswer(form));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return leaveOut(trialNumber);
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

    /** Stops the session and leaves the unanswered hold out; the session waits for these commands. */
    private TrialAnswer leaveOut(int trialNumber) {
        view.line(String.format(Locale.ROOT, "  Trial %d is not stored: it has no answers. The session stops here; "
                + "the trials before it are stored.", trialNumber));
        input.send(SessionCommand.of(SessionCommand.Kind.STOP));
        input.send(SessionCommand.of(SessionCommand.Kind.SKIP));
        return null;
    }
}
