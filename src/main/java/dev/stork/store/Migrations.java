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
 */
final class Migrations {
    /** The migrations in order; append new ones, never edit applied ones. */
    static final List<String> ALL = List.of("001-initial.sql");

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
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException("the database is at schema version " + current + ", newer than this Stork "
                    + "knows (" + latestVersion() + "); use a newer Stork");
        }
        int applied = 0;
        for (String name : ALL) {
            int version = version(name);
            if (version <= current) {
                continue;
            }
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (String sql : statements(read(name))) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate(sql);
                    }
                }
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
            }
        }
        return applied;
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
