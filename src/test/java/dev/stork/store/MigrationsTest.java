package dev.stork.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.training.FormReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations on real SQLite files, including a database as the first schema left it, with trials in it. */
class MigrationsTest {
    private static final List<String> FIRST_SCHEMA = List.of("001-initial.sql");
    private static final String TRIAL_INSERT = "INSERT INTO trials (session_id, exercise_id, level, leg, "
            + "target_kind, target_amount, hold_s, repetitions, end_reason, path_velocity_cm_s, pain, lost_form, "
            + "started_at, score, hold_credit, score_basis, events_json) VALUES (?, 'single-leg-stance', 1, 'LEFT', "
            + "'HOLD_SECONDS', 15, ?, 0, 'TARGET', ?, ?, ?, '2026-01-05T08:00:00Z', 100, 100, 'hold only', '[]')";
    @TempDir
    Path dir;

    @Test
    void migrationsApplyOnceAndRecordTheirVersion() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"))) {
            assertEquals(Migrations.ALL.size(), Migrations.migrate(connection));
            assertEquals(0, Migrations.migrate(connection), "nothing left to apply");
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(connection));
        }
    }

    @Test
    void aNewerDatabaseIsRefused() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("m.db"))) {
            Migrations.migrate(connection);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("INSERT INTO schema_version VALUES (99, '099-future.sql', 'later')");
            }
            StoreException e = assertThrows(StoreException.class, () -> Migrations.migrate(connection));
            assertTrue(e.getMessage().contains("schema version 99"), e.getMessage());
        }
    }

    @Test
    void aDatabaseOfTheFirstSchemaKeepsItsTrialsAndReferencesAndThenTakesUnansweredPain() throws Exception {
        Path file = dir.resolve(Store.FILE_NAME);
        List<List<Object>> before;
        try (Connection old = open(file)) {
            assertEquals(1, Migrations.migrate(old, FIRST_SCHEMA));
            execute(old, "INSERT INTO people (id, name, created_at) VALUES (1, 'Ada', '2026-01-05T08:00:00Z')");
            execute(old, "INSERT INTO sessions (id, person_id, started_at) VALUES (1, 1, '2026-01-05T08:00:00Z')");
            insertTrial(old, 1, 15, 6.2, 3, 1);
            insertTrial(old, 1, 9.5, Double.NaN, 0, 0);
            execute(old, "INSERT INTO recordings (trial_id, format, csv_bytes, csv_gzip) VALUES (1, 'STORK_PLATE', 3, "
                    + "x'1f8b')");
            execute(old, "INSERT INTO decisions (person_id, session_id, exercise_id, kind, from_level, to_level, "
                    + "reason, sentence, decided_at) VALUES (1, 1, 'single-leg-stance', 'HOLD', 1, 1, 'NOT_YET', "
                    + "'Stay.', '2026-01-05T08:30:00Z')");
            // The first schema refuses a trial without its pain: the reason for the second.
            SQLException refused = assertThrows(SQLException.class, () -> insertTrial(old, 1, 15, 1, null, null));
            assertTrue(refused.getMessage().contains("NOT NULL constraint failed: trials.pain"), refused.getMessage());
            before = rows(old, "SELECT * FROM trials ORDER BY id");
        }

        try (Connection connection = open(file)) {
            assertEquals(3, Migrations.migrate(connection), "only the newer migrations run");
            assertEquals(Migrations.latestVersion(), Migrations.currentVersion(connection));
            List<List<Object>> after = rows(connection, "SELECT * FROM trials ORDER BY id");
            for (List<Object> row : after) {
                // Migration 3 adds the time to stabilisation, unknown for the trials stored before it.
                assertEquals(null, row.remove(row.size() - 1), "time to stabilisation of an old trial");
            }
            assertEquals(before, after, "every trial kept as it was");
            assertEquals(List.of(), rows(connection, "PRAGMA foreign_key_check"));
            assertEquals(List.of(List.of("ok")), rows(connection, "PRAGMA integrity_check"));
            assertEquals(List.of(List.of(1)), rows(connection, "PRAGMA foreign_keys"), "foreign keys on again");
            assertEquals(List.of(List.of("trials_session")),
                    rows(connection, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'trials'"));
            assertEquals(List.of(List.of(1, 1)), rows(connection,
                    "SELECT r.trial_id, t.id FROM recordings r JOIN trials t ON t.id = r.trial_id"));

            insertTrial(connection, 1, 15, 5.0, null, null);
            assertEquals(List.of(List.of(3)), rows(connection,
                    "SELECT id FROM trials WHERE pain IS NULL AND lost_form IS NULL"), "not reported is NULL");
            SQLException tooMuch = assertThrows(SQLException.class, () -> insertTrial(connection, 1, 15, 1, 11, 0));
            assertTrue(tooMuch.getMessage().contains("CHECK constraint failed"), tooMuch.getMessage());
            SQLException negative = assertThrows(SQLException.class, () -> insertTrial(connection, 1, 15, 1, -1, 0));
            assertTrue(negative.getMessage().contains("CHECK constraint failed"), negative.getMessage());
            SQLException notABoolean = assertThrows(SQLException.class,
                    () -> insertTrial(connection, 1, 15, 1, 2, 2));
            assertTrue(notABoolean.getMessage().contains("CHECK constraint failed"), notABoolean.getMessage());
            // The references still hold, to and from the rebuilt table.
            SQLException noSession = assertThrows(SQLException.class,
                    () -> insertTrial(connection, 999, 15, 1, 0, 0));
            assertTrue(noSession.getMessage().contains("FOREIGN KEY constraint failed"), noSession.getMessage());
            SQLException noTrial = assertThrows(SQLException.class, () -> execute(connection, "INSERT INTO "
                    + "recordings (trial_id, format, csv_bytes, csv_gzip) VALUES (42, 'STORK_PLATE', 1, x'00')"));
            assertTrue(noTrial.getMessage().contains("FOREIGN KEY constraint failed"), noTrial.getMessage());
        }

        try (Store store = Store.open(dir)) {
            List<StoredTrial> trials = store.trials(1);
            assertEquals(3, trials.size());
            assertEquals(OptionalInt.of(3), trials.get(0).outcome().pain());
            assertEquals(FormReport.LOST, trials.get(0).outcome().form());
            assertTrue(trials.get(0).hasRecording());
            assertEquals(OptionalInt.of(0), trials.get(1).outcome().pain());
            assertEquals(FormReport.KEPT, trials.get(1).outcome().form());
            assertTrue(Double.isNaN(trials.get(1).outcome().pathVelocityCmS()), "NULL sway is still NaN");
            assertEquals(OptionalInt.empty(), trials.get(2).outcome().pain());
            assertEquals(FormReport.NOT_REPORTED, trials.get(2).outcome().form());
            assertFalse(trials.get(2).outcome().answered());
        }
    }

    @Test
    void aMigrationThatBreaksAReferenceIsRolledBackWithTheReason() throws Exception {
        try (Connection connection = open(dir.resolve("m.db"))) {
            Migrations.migrate(connection, FIRST_SCHEMA);
            StoreException broken = assertThrows(StoreException.class, () -> Migrations.migrate(connection,
                    List.of("001-initial.sql", "900-breaks-a-reference.sql")));
            assertEquals("migration 900-breaks-a-reference.sql failed: row 900 of trials refers to a missing row of "
                    + "sessions", broken.getMessage());
            assertEquals(1, Migrations.currentVersion(connection), "still at the version before");
            assertEquals(List.of(), rows(connection, "SELECT id FROM trials"), "nothing of it is left");
            assertEquals(List.of(List.of(1)), rows(connection, "PRAGMA foreign_keys"), "foreign keys on again");
        }
    }

    @Test
    void scriptsSplitAtSemicolonsEndingALine() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (\n    y TEXT\n);"),
                Migrations.statements("-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n    y TEXT\n);\n"));
    }

    /** A connection as the store opens one: foreign keys enforced. */
    private static Connection open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        execute(connection, "PRAGMA foreign_keys = ON");
        return connection;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void insertTrial(Connection connection, long sessionId, double holdS, double velocityCmS,
                                    Integer pain, Integer lostForm) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(TRIAL_INSERT)) {
            insert.setLong(1, sessionId);
            insert.setDouble(2, holdS);
            insert.setObject(3, Double.isNaN(velocityCmS) ? null : velocityCmS);
            insert.setObject(4, pain);
            insert.setObject(5, lostForm);
            insert.executeUpdate();
        }
    }

    /** Every row of a query, each as its column values. */
    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData meta = result.getMetaData();
            while (result.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    row.add(result.getObject(c));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
