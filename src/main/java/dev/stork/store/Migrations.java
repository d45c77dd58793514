package dev.stork.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a database to the current schema. Each migration is a SQL resource under
 * {@code dev/stork/store/migrations/}, named {@code NNN-what.sql} with NNN its version; {@code schema_version}
 * records the ones applied. Each migration runs in its own transaction, so a failed one leaves the previous
 * version intact.
 *
 * <p>SQLite changes a column's constraints only by rebuilding its table, which dropping the old table would
 * trip over when foreign keys are enforced. So each migration runs as
 * <a href="https://www.sqlite.org/lang_altertable.html">the SQLite manual</a> sets out for such changes: foreign keys
 * off before its transaction begins (the pragma does nothing inside one), {@code PRAGMA foreign_key_check} before
 * it commits (a migration that breaks a reference is rolled back), and foreign keys back as they were afterwards.
 */
final class Migrations {
    /** The migrations in order; append new ones, never edit applied ones. */
    static final List<String> ALL = List.of("001-initial.sql", "002-unanswered-pain.sql",
            "003-time-to-stabilisation.sql", "004-pain-threshold.sql");

    private Migrations() {
    }

    /** The version the code expects: that of the last migration. */
    static int latestVersion() {
        return version(ALL.get(ALL.size() - 1));
    }

    /**
     * Applies every migration newer than the database's version.
     *
     * @return the number applied
     * @throws StoreException when a migration fails or the database is newer than this code
     */
    static int migrate(Connection connection) throws SQLException {
        return migrate(connection, ALL);
    }

    /**
     * Applies those of {@code migrations} (names in order, as in {@link #ALL}) newer than the database's version;
     * a prefix of {@link #ALL} brings a database to an earlier schema, as an earlier Stork left it.
     *
     * @return the number applied
     * @throws StoreException when a migration fails or the database is newer than the last of them
     */
    static int migrate(Connection connection, List<String> migrations) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(connection);
        int latest = version(migrations.get(migrations.size() - 1));
        if (current > latest) {
            throw new StoreException("the database is at schema version " + current + ", newer than this Stork "
                    + "knows (" + latest + "); use a newer Stork");
        }
        int applied = 0;
        for (String name : migrations) {
            int version = version(name);
            if (version <= current) {
                continue;
            }
            boolean autoCommit = connection.getAutoCommit();
            boolean foreignKeys = foreignKeys(connection);
            setForeignKeys(connection, false);
            connection.setAutoCommit(false);
            try {
                for (String sql : statements(read(name))) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate(sql);
                    }
                }
                requireForeignKeysIntact(connection);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    insert.setInt(1, version);
                    insert.setString(2, name);
                    insert.setString(3, Instant.now().toString());
                    insert.executeUpdate();
                }
                connection.commit();
                applied++;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw new StoreException("migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(autoCommit);
                setForeignKeys(connection, foreignKeys);
            }
        }
        return applied;
    }

    private static boolean foreignKeys(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_keys")) {
            return rows.next() && rows.getInt(1) != 0;
        }
    }

    /** Outside a transaction only: inside one SQLite ignores the pragma. */
    private static void setForeignKeys(Connection connection, boolean on) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    /** Fails, naming the first broken reference, when a row refers to a parent that is not there. */
    private static void requireForeignKeysIntact(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (rows.next()) {
                throw new StoreException("row " + rows.getLong(2) + " of " + rows.getString(1)
                        + " refers to a missing row of " + rows.getString(3));
            }
        }
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    private static int version(String name) {
        return Integer.parseInt(name.substring(0, name.indexOf('-')));
    }

    /** Statements of a migration: split at ';' ending a line, with '--' comment lines dropped. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("--") || stripped.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (stripped.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String read(String name) {
        String resource = "/dev/stork/store/migrations/" + name;
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException("migration " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + resource + ": " + e.getMessage(), e);
        }
    }
}
