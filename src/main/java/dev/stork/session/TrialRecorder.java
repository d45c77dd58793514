package dev.stork.session;

import dev.stork.board.TrialBoard;
import dev.stork.store.Store;
import dev.stork.store.StoreException;
import dev.stork.store.TrialEvent;
import dev.stork.store.TrialRecord;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.PrescribedTrial;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import dev.stork.training.TrialScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Records and commits a finished trial: scores its outcome against the person's history, writes the raw buffer as
 * a Stork CSV in the work directory, submits both to the store's writer and waits for the commit, so that the
 * session goes on only once the trial is safe. Session thread only, once the trial's acquisition has finished.
 */
final class TrialRecorder {
    private final Store store;
    private final ExerciseCatalogue catalogue;
    private final TrialBoard board;
    private final RawTrialBuffer raw;
    private final Path workDirectory;

    /**
     * @param store         where the trial goes
     * @param catalogue     the exercises, for the scoring
     * @param board         the board, for the recording's metadata
     * @param raw           the trial's raw samples, read once its acquisition has finished
     * @param workDirectory where the raw recording is written before the store keeps it (then deleted)
     */
    TrialRecorder(Store store, ExerciseCatalogue catalogue, TrialBoard board, RawTrialBuffer raw,
                  Path workDirectory) {
        this.store = store;
        this.catalogue = catalogue;
        this.board = board;
        this.raw = raw;
        this.workDirectory = workDirectory;
    }

    /**
     * Scores, records and commits one trial, waiting for the commit.
     *
     * @param sessionId the session in the store
     * @param number    the trial's number in the session, from 1
     * @param trial     the prescribed trial
     * @param outcome   what happened, with the person's answers
     * @param events    the trial's timeline
     * @param history   the person's earlier outcomes, without this one
     * @return the committed trial
     * @throws InterruptedException if the session thread is interrupted while the commit is waited for
     * @throws StoreException       if the store cannot keep the trial
     */
    FinishedTrial commit(long sessionId, int number, PrescribedTrial trial, TrialOutcome outcome,
                         List<TrialEvent> events, List<TrialOutcome> history) throws InterruptedException {
        TrialScore score = TrialScorer.score(outcome, catalogue, history);
        Path recording = writeRecording(trial, number);
        CompletableFuture<Long> commit = store.submitTrial(new TrialRecord(sessionId, outcome, score, events,
                recording));
        long trialId = committed(commit, number);
        deleteQuietly(recording);
        return new FinishedTrial(number, trial, outcome, score, trialId);
    }

    /**
     * Commits an exercise logged off the board: scored like any trial, with no raw recording.
     *
     * @throws InterruptedException if the session thread is interrupted while the commit is waited for
     * @throws StoreException       if the store cannot keep the trial
     */
    FinishedTrial commitLogged(long sessionId, int number, PrescribedTrial trial, TrialOutcome outcome,
                               List<TrialOutcome> history) throws InterruptedException {
        TrialScore score = TrialScorer.score(outcome, catalogue, history);
        long trialId = committed(store.submitTrial(new TrialRecord(sessionId, outcome, score, List.of(), null)),
                number);
        return new FinishedTrial(number, trial, outcome, score, trialId);
    }

    private Path writeRecording(PrescribedTrial trial, int number) {
        Path file = workDirectory.resolve("trial-" + number + "-" + System.nanoTime() + ".csv");
        try {
            raw.write(file, board.rateHz(), board.geometry().cellSpacingMlM(), board.geometry().cellSpacingApM(),
                    Map.of("source", board.sourceName(), "exercise", trial.exerciseId(),
                            "leg", trial.leg().name().toLowerCase(), "dropped_samples",
                            Long.toString(raw.droppedCount())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the raw recording of trial " + number + " to " + file, e);
        }
        return file;
    }

    private static long committed(CompletableFuture<Long> commit, int number) throws InterruptedException {
        try {
            return commit.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException storeFailure) {
                throw storeFailure;
            }
            throw new IllegalStateException("trial " + number + " was not stored", e.getCause());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The store keeps its own compressed copy; a leftover file in the work directory is harmless.
            System.getLogger(TrialRecorder.class.getName()).log(System.Logger.Level.WARNING,
                    "could not delete " + file + ": " + e.getMessage());
        }
    }
}
