package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.session.SessionCommand;
import dev.stork.session.TrialAnswer;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.SessionPrescription;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The keyboard as a person uses it, typed line by line through a pipe, with the questions and keys of a session. */
class TerminalInputTest {
    private static final long WAIT_S = 10;
    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final BlockingQueue<SessionCommand> commands = new LinkedBlockingQueue<>();
    private final TerminalInput input;

    TerminalInputTest() throws IOException {
        input = new TerminalInput(new PipedInputStream(keyboard));
        input.start(commands::add);
    }

    @AfterEach
    void close() throws IOException {
        input.close();
        keyboard.close();
    }

    private void type(String line) throws IOException {
        keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
    }

    /** Waits (bounded) until a question waits for its line, so what is typed next is surely its answer. */
    private void untilAQuestionWaits() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (!input.questionWaiting()) {
            assertTrue(System.nanoTime() < deadline, "no question started waiting");
            Thread.onSpinWait();
        }
    }

    @Test
    void keysBetweenQuestionsGoToTheSessionAndAnswersWaitForTheirQuestion() throws Exception {
        type("p");
        assertEquals(SessionCommand.Kind.PAUSE, commands.poll(WAIT_S, TimeUnit.SECONDS).kind());
        // "3" is held for the next question; the reader reads nothing more until it is taken, so the "s" behind it
        // is still unread and cannot overtake it.
        type("3");
        type("s");
        assertEquals("3", input.nextAnswer());
        assertEquals(SessionCommand.Kind.SKIP, commands.poll(WAIT_S, TimeUnit.SECONDS).kind());
        assertTrue(commands.isEmpty());
    }

    @Test
    void whileAQuestionWaitsEveryLineIsItsAnswerAndTheEndOfInputIsTheLastAnswer() throws Exception {
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(this::next);
        untilAQuestionWaits();
        type("q");
        assertEquals("q", answer.get(WAIT_S, TimeUnit.SECONDS));
        assertTrue(commands.isEmpty(), "q answered the question; it was not a key");
        keyboard.close();
        assertNull(input.nextAnswer());
        assertNull(input.nextAnswer(), "and stays ended");
        assertEquals("end of input", input.endReason());
    }

    @Test
    void qAtTheFormQuestionStopsAndKeepsTheHoldWithThePainGiven() throws Exception {
        StringWriter shown = new StringWriter();
        LiveSessionView view = new LiveSessionView(new PrintWriter(shown), false, LiveSessionView.Cues.NONE);
        TerminalQuestions questions = new TerminalQuestions(input, view, true);
        ExerciseCatalogue catalogue = ExerciseCatalogue.standard();
        PrescribedTrial trial = SessionPrescription.of(Plan.starting(catalogue, "single-leg-stance"), catalogue).get(0);
        CompletableFuture<TrialAnswer> asked = CompletableFuture.supplyAsync(() -> questions.ask(trial, 1, 15));
        untilAQuestionWaits();
        type("4");
        untilAQuestionWaits();
        type("n");
        untilFormQuestion(shown);
        untilAQuestionWaits();
        type("q");
        assertEquals(TrialAnswer.stoppedAfterPain(4), asked.get(WAIT_S, TimeUnit.SECONDS),
                "the pain given is kept, the form not reported, and the session ends after storing the hold");
        assertEquals(SessionCommand.Kind.STOP, commands.take().kind());
        assertTrue(commands.isEmpty(), "nothing leaves the hold out: " + commands);
        assertTrue(input.stopAsked());
        assertTrue(shown.toString().endsWith("  Did your form break? [y/N] q\n  Stopping, as you asked.\n  Trial 1 is "
                + "stored with pain 4/10, form not reported. The session stops here.\n"),
                shown.toString());
    }

    private static void untilFormQuestion(StringWriter shown) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_S);
        while (!shown.toString().contains(TerminalQuestions.FORM_QUESTION)) {
            assertTrue(System.nanoTime() < deadline, "the form question was not asked:\n" + shown);
            Thread.onSpinWait();
        }
    }

    private String next() {
        try {
            return input.nextAnswer();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
