package dev.stork.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stork.sensor.file.Recording;
import dev.stork.sensor.file.RecordingFormat;
import dev.stork.sensor.file.RecordingFormatException;
import dev.stork.sensor.file.RecordingReader;
import dev.stork.training.Decision;
import dev.stork.training.EndReason;
import dev.stork.training.FormReport;
import dev.stork.training.Leg;
import dev.stork.training.Plan;
import dev.stork.training.SafetyStop;
import dev.stork.training.ScoredTrial;
import dev.stork.training.SessionResult;
import dev.stork.training.Sex;
import dev.stork.training.Target;
import dev.stork.training.TrialOutcome;
import dev.stork.training.TrialScore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Stork's database: {@value #FILE_NAME} in a data directory (see {@link DataDirectory}).
 *
 * <p>Threads: every write runs on the store's single writer thread, on its own connection, in its own
 * transaction, committed before the write reports success (WAL journal with {@code synchronous=FULL}: a
 * committed trial survives the process being killed and, on a sane disk, power loss). {@link #submitTrial} never
 * blocks and suits the thread that finishes a trial; the other write methods block until their commit. Reads use a
 * second connection and may be called from any thread.
 */
public final class Store implements AutoCloseable {
    /** Name of the database file in the data directory. */
    public static final String FILE_NAME = "stork.db";

    private static final TypeReference<List<TrialEvent>> EVENTS = new TypeReference<>() {
    };
    private static final String TRIAL_COLUMNS = "t.id, t.session_id, s.person_id, t.exercise_id, t.level, t.leg, "
            + "t.target_kind, t.target_amount, t.hold_s, t.repetitions, t.end_reason, t.path_velocity_cm_s, "
            + "t.ellipse_area95_cm2, t.rms_distance_cm, t.pain, t.lost_form, t.started_at, t.calibration_id, "
            + "t.score, t.hold_credit, t.sway_score, t.score_basis, t.events_json, "
            + "EXISTS (SELECT 1 FROM recordings r WHERE r.trial_id = t.id), t.time_to_stabilisation_s";

    private final Path file;
    private final Connection writeConnection;
    private final Connection readConnection;
    private final ExecutorService writer;
    private final ObjectMapper json = new ObjectMapper();

    private Store(Path file, Connection writeConnection, Connection readConnection, ExecutorService writer) {
        this.file = file;
        this.writeConnection = writeConnection;
        this.readConnection = readConnection;
        this.writer = writer;
    }

    /**
     * Opens (creating when needed) the database in {@code dataDirectory} and migrates it to the current schema.
     *
     * @throws StoreException naming the file when it cannot be opened or migrated
     */
    public static Store open(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "stork-store-writer");
            thread.setDaemon(true);
            return thread;
        });
        Connection write = null;
        try {
            Files.createDirectories(dataDirectory);
            write = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement statement = write.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 5000");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.migrate(write);
            write.setAutoCommit(false);
            Connection read = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement statement = read.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 5000");
                statement.execute("PRAGMA foreign_keys = ON");
            }
            return new Store(file, write, read, writer);
        } catch (SQLException | IOException | StoreException e) {
            writer.shutdownNow();
            if (write != null) {
                try {
                    write.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
            }
            throw new StoreException("cannot open the Stork database " + file + ": " + e.getMessage(), e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    // ---------------------------------------------------------------- writes (on the writer thread)

    /** Adds a person; blocks until committed. {@code birthYear} 0 and {@code sex} null mean unknown. */
    public Person savePerson(String name, int birthYear, Sex sex) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name");
        }
        long id = await(write("saving person '" + name + "'", connection -> insert(connection,
                "INSERT INTO people (name, birth_year, sex, created_at) VALUES (?, ?, ?, ?)", name.strip(),
                birthYear == 0 ? null : birthYear, sex == null ? null : sex.name(), Instant.now().toString())));
        return new Person(id, name.strip(), birthYear, sex);
    }

    /**
     * Sets a person's birth year and sex (for age norms); blocks until committed. {@code birthYear} 0 and
     * {@code sex} null mean unknown.
     *
     * @return the person as now stored
     * @throws StoreException when there is no such person
     */
    public Person updatePerson(long personId, int birthYear, Sex sex) {
        await(write("updating person " + personId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE people SET birth_year = ?, sex = ? WHERE id = ?")) {
                update.setObject(1, birthYear == 0 ? null : birthYear);
                update.setObject(2, sex == null ? null : sex.name());
                update.setLong(3, personId);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("there is no person " + personId);
                }
            }
            return personId;
        }));
        return people().stream().filter(p -> p.id() == personId).findFirst().orElseThrow();
    }

    /** Stores {@code plan} as the person's current plan; blocks until committed. Returns the plan's id. */
    public long savePlan(long personId, Plan plan, Instant at) {
        String text = toJson(plan);
        return await(write("saving a plan", connection -> insert(connection,
                "INSERT INTO plans (person_id, created_at, plan_json) VALUES (?, ?, ?)", personId, at.toString(),
                text)));
    }

    /** Opens a session; blocks until committed. Returns its id. */
    public long startSession(long personId, Instant startedAt) {
        return await(write("starting a session", connection -> insert(connection,
                "INSERT INTO sessions (person_id, started_at) VALUES (?, ?)", personId, startedAt.toString())));
    }

    /** Marks a session finished; blocks until committed. */
    public void finishSession(long sessionId, Instant endedAt) {
        await(write("finishing session " + sessionId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE sessions SET ended_at = ? WHERE id = ?")) {
                update.setString(1, endedAt.toString());
                update.setLong(2, sessionId);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("there is no session " + sessionId);
                }
            }
            return sessionId;
        }));
    }

    /**
     * Queues a finished trial for saving and returns at once. The future completes with the trial's id once the
     * trial (and its raw recording) is committed, or exceptionally with a {@link StoreException}.
     */
    public CompletableFuture<Long> submitTrial(TrialRecord record) {
        String events = toJson(record.events());
        return write("saving a " + record.outcome().exerciseId() + " trial", connection -> {
            RawRecording raw = record.rawRecording() == null ? null : compress(record.rawRecording());
            TrialOutcome o = record.outcome();
            TrialScore s = record.score();
            long id = insert(connection, "INSERT INTO trials (session_id, exercise_id, level, leg, target_kind, "
                            + "target_amount, hold_s, repetitions, end_reason, path_velocity_cm_s, ellipse_area95_cm2, "
                            + "rms_distance_cm, pain, lost_form, started_at, calibration_id, score, hold_credit, "
                            + "sway_score, score_basis, events_json, time_to_stabilisation_s) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    record.sessionId(), o.exerciseId(), o.level(), o.leg().name(), o.target().kind().name(),
                    o.target().amount(), o.holdSeconds(), o.repetitions(), o.endReason().name(),
                    orNull(o.pathVelocityCmS()), orNull(o.ellipseArea95Cm2()), orNull(o.rmsDistanceCm()),
                    o.pain().isPresent() ? o.pain().getAsInt() : null, lostFormColumn(o.form()),
                    o.startTime().toString(), o.calibrationId(), s.total(), s.holdCredit(),
                    orNull(s.sway()), s.basis(), events, orNull(o.timeToStabilisationS()));
            if (raw != null) {
                insert(connection, "INSERT INTO recordings (trial_id, format, csv_bytes, csv_gzip) VALUES (?, ?, ?, ?)",
                        id, raw.format.name(), raw.csvBytes, raw.gzip);
            }
            return id;
        });
    }

    /** Saves a finished trial and returns its id once it is committed. */
    public long saveTrial(TrialRecord record) {
        return await(submitTrial(record));
    }

    /** Records a progression decision; blocks until committed. {@code sessionId} 0 = not tied to a session. */
    public long saveDecision(long personId, long sessionId, Decision decision, Instant at) {
        return await(write("saving a decision", connection -> insert(connection,
                "INSERT INTO decisions (person_id, session_id, exercise_id, kind, from_level, to_level, reason, "
                        + "sentence, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", personId,
                sessionId == 0 ? null : sessionId, decision.exerciseId(), decision.kind().name(),
                decision.fromLevel(), decision.toLevel(), decision.reason().name(), decision.sentence(),
                at.toString())));
    }

    // ---------------------------------------------------------------- reads (any thread)

    /**
     * Sets the pain (1-10) at or above which the person's exercises stop for today; blocks until committed.
     *
     * @return the person as now stored
     * @throws StoreException when there is no such person
     */
    public Person setPainThreshold(long personId, int painThreshold) {
        if (painThreshold < 1 || painThreshold > 10) {
            throw new IllegalArgumentException("a pain threshold is 1 to 10, was " + painThreshold);
        }
        await(write("setting the pain threshold of person " + personId, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE people SET pain_threshold = ? WHERE id = ?")) {
                update.setInt(1, painThreshold);
                update.setLong(2, personId);
                if (update.executeUpdate() != 1) {
                    throw new StoreException("there is no person " + personId);
                }
            }
            return personId;
        }));
        return people().stream().filter(p -> p.id() == personId).findFirst().orElseThrow();
    }

    /** Everyone, in the order they were added. */
    public List<Person> people() {
        return read(connection -> {
            List<Person> people = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT id, name, birth_year, sex, pain_threshold FROM people ORDER BY id")) {
                while (rows.next()) {
                    int threshold = rows.getInt(5);
                    boolean thresholdUnset = rows.wasNull();
                    people.add(new Person(rows.getLong(1), rows.getString(2), rows.getInt(3),
                            rows.getString(4) == null ? null : Sex.valueOf(rows.getString(4)),
                            thresholdUnset ? SafetyStop.DEFAULT_PAIN_THRESHOLD : threshold));
                }
            }
            return people;
        });
    }

    /** The person with this name, if any. */
    public Optional<Person> person(String name) {
        return people().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The person's latest plan, if they have one. */
    public Optional<Plan> currentPlan(long personId) {
        String text = read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT plan_json FROM plans WHERE person_id = ? ORDER BY id DESC LIMIT 1")) {
                query.setLong(1, personId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, Plan.class));
        } catch (JsonProcessingException e) {
            throw new StoreException("the stored plan of person " + personId + " is not readable: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The person's sessions, oldest first. */
    public List<SessionRecord> sessions(long personId) {
        return read(connection -> {
            List<SessionRecord> sessions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, person_id, started_at, ended_at FROM sessions WHERE person_id = ? ORDER BY id")) {
                query.setLong(1, personId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String ended = rows.getString(4);
                        sessions.add(new SessionRecord(rows.getLong(1), rows.getLong(2),
                                Instant.parse(rows.getString(3)), ended == null ? null : Instant.parse(ended)));
                    }
                }
            }
            return sessions;
        });
    }

    /** The person's trials, in the order they were saved. */
    public List<StoredTrial> trials(long personId) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + TRIAL_COLUMNS
                    + " FROM trials t JOIN sessions s ON s.id = t.session_id WHERE s.person_id = ? ORDER BY t.id")) {
                query.setLong(1, personId);
                return trials(query);
            }
        });
    }

    /** One trial by id, if it exists. */
    public Optional<StoredTrial> trial(long trialId) {
        return read(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT " + TRIAL_COLUMNS
                    + " FROM trials t JOIN sessions s ON s.id = t.session_id WHERE t.id = ?")) {
                query.setLong(1, trialId);
                return trials(query).stream().findFirst();
            }
        });
    }

    /** The person's sessions with their scored trials, oldest first: the input of progression. */
    public List<SessionResult> sessionResults(long personId) {
        Map<Long, List<ScoredTrial>> bySession = new LinkedHashMap<>();
        for (SessionRecord session : sessions(personId)) {
            bySession.put(session.id(), new ArrayList<>());
        }
        for (StoredTrial trial : trials(personId)) {
            bySession.get(trial.sessionId()).add(new ScoredTrial(trial.outcome(), trial.score()));
        }
        List<SessionResult> results = new ArrayList<>();
        for (SessionRecord session : sessions(personId)) {
            results.add(new SessionResult(session.startedAt(), bySession.get(session.id())));
        }
        return results;
    }

    /** The person's progression decisions, oldest first. */
    public List<StoredDecision> decisions(long personId) {
        return read(connection -> {
            List<StoredDecision> decisions = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT id, person_id, session_id, "
                    + "exercise_id, kind, from_level, to_level, reason, sentence, decided_at FROM decisions "
                    + "WHERE person_id = ? ORDER BY id")) {
                query.setLong(1, personId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        Decision decision = new Decision(rows.getString(4), Decision.Kind.valueOf(rows.getString(5)),
                                rows.getInt(6), rows.getInt(7), Decision.Reason.valueOf(rows.getString(8)),
                                rows.getString(9));
                        decisions.add(new StoredDecision(rows.getLong(1), rows.getLong(2), rows.getLong(3), decision,
                                Instant.parse(rows.getString(10))));
                    }
                }
            }
            return decisions;
        });
    }

    /** The raw recording of a trial as the Stork CSV bytes it was saved from, if it has one. */
    public Optional<byte[]> recordingCsv(long trialId) {
        byte[] gzip = read(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT csv_gzip FROM recordings WHERE trial_id = ?")) {
                query.setLong(1, trialId);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? rows.getBytes(1) : null;
                }
            }
        });
        if (gzip == null) {
            return Optional.empty();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new StoreException("the recording of trial " + trialId + " in " + file + " is corrupt: "
                    + e.getMessage(), e);
        }
    }

    /** SQLite's {@code PRAGMA integrity_check}: "ok" when the database is intact, else the problems found. */
    public String integrityCheck() {
        return read(connection -> {
            List<String> lines = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
            return String.join("\n", lines);
        });
    }

    /** The schema version the database is at. */
    public int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    /** Finishes queued writes, then closes the database. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                throw new StoreException("the store's writer did not finish within 30 s; closing " + file
                        + " anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeConnections();
        }
    }

    // ---------------------------------------------------------------- plumbing

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException, IOException;
    }

    private record RawRecording(RecordingFormat format, int csvBytes, byte[] gzip) {
    }

    private <T> CompletableFuture<T> write(String what, SqlWork<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            writer.execute(() -> {
                try {
                    T value = work.run(writeConnection);
                    writeConnection.commit();
                    result.complete(value);
                } catch (SQLException | IOException | RuntimeException e) {
                    try {
                        writeConnection.rollback();
                    } catch (SQLException rollback) {
                        e.addSuppressed(rollback);
                    }
                    result.completeExceptionally(e instanceof StoreException ? e
                            : new StoreException(what + " in " + file + " failed: " + e.getMessage(), e));
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new StoreException(what + ": the store " + file + " is closed", e));
        }
        return result;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof StoreException store) {
                throw new StoreException(store.getMessage(), store);
            }
            throw new StoreException(String.valueOf(e.getCause()), e.getCause());
        }
    }

    private <T> T read(SqlWork<T> work) {
        synchronized (readConnection) {
            try {
                return work.run(readConnection);
            } catch (SQLException | IOException e) {
                throw new StoreException("reading " + file + " failed: " + e.getMessage(), e);
            }
        }
    }

    private List<StoredTrial> trials(PreparedStatement query) throws SQLException {
        List<StoredTrial> trials = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                TrialOutcome outcome = new TrialOutcome(rows.getString(4), rows.getInt(5),
                        Leg.valueOf(rows.getString(6)),
                        new Target(Target.Kind.valueOf(rows.getString(7)), rows.getDouble(8)), rows.getDouble(9),
                        rows.getInt(10), EndReason.valueOf(rows.getString(11)), nullable(rows, 12),
                        nullable(rows, 13), nullable(rows, 14), pain(rows, 15), form(rows, 16),
                        Instant.parse(rows.getString(17)), rows.getString(18), nullable(rows, 25));
                TrialScore score = new TrialScore(rows.getDouble(19), rows.getDouble(20), nullable(rows, 21),
                        rows.getString(22));
                List<TrialEvent> events;
                try {
                    events = json.readValue(rows.getString(23), EVENTS);
                } catch (JsonProcessingException e) {
                    throw new StoreException("the events of trial " + rows.getLong(1) + " are not readable: "
                            + e.getOriginalMessage(), e);
                }
                trials.add(new StoredTrial(rows.getLong(1), rows.getLong(2), rows.getLong(3), outcome, score,
                        events, rows.getInt(24) != 0));
            }
        }
        return trials;
    }

    private static RawRecording compress(Path csv) throws IOException {
        Recording recording;
        try {
            recording = RecordingReader.read(csv);
        } catch (RecordingFormatException e) {
            throw new StoreException("the raw recording is not readable: " + e.getMessage(), e);
        }
        if (recording.format() != RecordingFormat.STORK_PLATE && recording.format() != RecordingFormat.STORK_IMU) {
            throw new StoreException("the raw recording " + csv + " is " + recording.format()
                    + ", not a Stork CSV recording");
        }
        byte[] bytes = Files.readAllBytes(csv);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes);
        }
        return new RawRecording(recording.format(), bytes.length, buffer.toByteArray());
    }

    private static long insert(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT last_insert_rowid()")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : value;
    }

    /** The {@code lost_form} column: 1 lost, 0 kept, NULL not reported. */
    private static Integer lostFormColumn(FormReport form) {
        return switch (form) {
            case LOST -> 1;
            case KEPT -> 0;
            case NOT_REPORTED -> null;
        };
    }

    private static FormReport form(ResultSet rows, int column) throws SQLException {
        int lost = rows.getInt(column);
        return rows.wasNull() ? FormReport.NOT_REPORTED : FormReport.reported(lost != 0);
    }

    /** The {@code pain} column: NULL when not reported. */
    private static OptionalInt pain(ResultSet rows, int column) throws SQLException {
        int pain = rows.getInt(column);
        return rows.wasNull() ? OptionalInt.empty() : OptionalInt.of(pain);
    }

    private static double nullable(ResultSet rows, int column) throws SQLException {
        double value = rows.getDouble(column);
        return rows.wasNull() ? Double.NaN : value;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private void closeConnections() {
        StoreException failure = null;
        for (Connection connection : new Connection[] {writeConnection, readConnection}) {
            try {
                connection.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = new StoreException("closing " + file + " failed: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
