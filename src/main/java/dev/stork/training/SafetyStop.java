package dev.stork.training;

import java.util.List;
import java.util.Optional;

/**
 * When an exercise stops for today, checked after every trial: pain at or above the person's threshold (default
 * {@value #DEFAULT_PAIN_THRESHOLD}/10, the level at which {@link ProgressionRules#STANDARD} also steps down), pain
 * that is sharp or comes with tingling or numbness (whatever its number: the warning signs the exercise leaflets
 * tell people to stop for), or form lost twice in the same exercise today. The session then goes on to the next
 * exercise only when the person confirms; a second stop in one session ends it ({@link #endsSession}).
 * Thread-safe and side-effect free.
 *
 * @param painThreshold pain (1-10) at or above which the exercise stops
 */
public record SafetyStop(int painThreshold) {
    /** Pain at which an exercise stops unless the person's own threshold says otherwise. */
    public static final int DEFAULT_PAIN_THRESHOLD = 5;
    /** Stops in one session after which the session ends. */
    public static final int STOPS_THAT_END_THE_SESSION = 2;

    /** Why an exercise stopped. */
    public enum Reason {
        PAIN, SHARP_PAIN_OR_TINGLING, FORM_LOST_TWICE
    }

    /** Checks the threshold. */
    public SafetyStop {
        if (painThreshold < 1 || painThreshold > 10) {
            throw new IllegalArgumentException("a pain threshold is 1 to 10, was " + painThreshold);
        }
    }

    /** The stop rule with the default threshold. */
    public static SafetyStop standard() {
        return new SafetyStop(DEFAULT_PAIN_THRESHOLD);
    }

    /**
     * Whether the exercise stops after {@code trial}.
     *
     * @param trial           the trial just finished, with its answers
     * @param sharpOrTingling the person said the pain was sharp, or came with tingling or numbness
     * @param earlierToday    the same exercise's earlier trials in this session
     * @return the reason to stop, or empty to go on
     */
    public Optional<Reason> after(TrialOutcome trial, boolean sharpOrTingling, List<TrialOutcome> earlierToday) {
        if (sharpOrTingling) {
            return Optional.of(Reason.SHARP_PAIN_OR_TINGLING);
        }
        if (trial.pain().isPresent() && trial.pain().getAsInt() >= painThreshold) {
            return Optional.of(Reason.PAIN);
        }
        if (trial.form() == FormReport.LOST) {
            boolean lostBefore = earlierToday.stream().anyMatch(t -> t.exerciseId().equals(trial.exerciseId())
                    && t.form() == FormReport.LOST);
            if (lostBefore) {
                return Optional.of(Reason.FORM_LOST_TWICE);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code stops} stops in one session end it. */
    public static boolean endsSession(int stops) {
        return stops >= STOPS_THAT_END_THE_SESSION;
    }

    /** Why the exercise stopped, as it follows "—" in the progression's sentence. */
    public static String because(Reason reason, int pain) {
        return switch (reason) {
            case PAIN -> "it stopped today with pain of " + pain + "/10";
            case SHARP_PAIN_OR_TINGLING -> "it stopped today with sharp pain, tingling or numbness";
            case FORM_LOST_TWICE -> "it stopped today when your form broke twice";
        };
    }

    /** The one plain sentence the screen shows when {@code exerciseName} stops for {@code reason}. */
    public static String sentence(Reason reason, String exerciseName, int pain) {
        return switch (reason) {
            case PAIN -> "Pain of " + pain + "/10: that is enough " + exerciseName + " for today.";
            case SHARP_PAIN_OR_TINGLING -> "Sharp pain, tingling or numbness: stop " + exerciseName
                    + " for today, and tell your physiotherapist if it comes back.";
            case FORM_LOST_TWICE -> "Your form broke twice: that is enough " + exerciseName + " for today.";
        };
    }
}
