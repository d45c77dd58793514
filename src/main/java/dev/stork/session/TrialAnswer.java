package dev.stork.session;

import dev.stork.training.FormReport;
import java.util.OptionalInt;

/**
 * What the person reports after a trial, and whether they ended the session at the question. An answer that goes
 * on has both the pain and the form; one that ends the session keeps what was answered before the stop (nothing,
 * or the pain alone), and the trial is stored with the rest not reported.
 *
 * @param pain        pain, 0 (none) to 10 (worst imaginable); empty when not reported
 * @param form        whether form broke during the trial, or {@link FormReport#NOT_REPORTED}
 * @param endsSession the person stopped at the question: the trial is stored as answered so far, then the session
 *                    ends (its decision is still made)
 * @param sharpOrTingling the person said the pain was sharp, or came with tingling or numbness: the exercise
 *                    stops for today whatever the number
 */
public record TrialAnswer(OptionalInt pain, FormReport form, boolean endsSession, boolean sharpOrTingling) {
    /** The session was stopped at the question before anything was answered. */
    public static final TrialAnswer STOPPED_UNANSWERED = new TrialAnswer(OptionalInt.empty(),
            FormReport.NOT_REPORTED, true);

    /** An answer without sharp pain or tingling. */
    public TrialAnswer(OptionalInt pain, FormReport form, boolean endsSession) {
        this(pain, form, endsSession, false);
    }

    /** Both questions answered, and whether the pain was sharp or came with tingling; the session goes on. */
    public TrialAnswer(int pain, boolean lostForm, boolean sharpOrTingling) {
        this(OptionalInt.of(pain), FormReport.reported(lostForm), false, sharpOrTingling);
    }

    public TrialAnswer {
        if (pain == null || form == null) {
            throw new IllegalArgumentException("an answer needs its pain and form (empty or NOT_REPORTED when not "
                    + "reported)");
        }
        if (pain.isPresent() && (pain.getAsInt() < 0 || pain.getAsInt() > 10)) {
            throw new IllegalArgumentException("pain must be 0-10, was " + pain.getAsInt());
        }
        if (!endsSession && (pain.isEmpty() || form == FormReport.NOT_REPORTED)) {
            throw new IllegalArgumentException("an answer that does not stop the session has both pain and form");
        }
    }

    /** Both questions answered; the session goes on. */
    public TrialAnswer(int pain, boolean lostForm) {
        this(OptionalInt.of(pain), FormReport.reported(lostForm), false);
    }

    /** This answer, ending the session after it (the session was stopped as the question was answered). */
    public TrialAnswer endingSession() {
        return endsSession ? this : new TrialAnswer(pain, form, true, sharpOrTingling);
    }

    /** The pain answered, then the session stopped at the form question. */
    public static TrialAnswer stoppedAfterPain(int pain) {
        return new TrialAnswer(OptionalInt.of(pain), FormReport.NOT_REPORTED, true);
    }
}
