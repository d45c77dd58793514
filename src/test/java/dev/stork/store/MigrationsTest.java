package dev.stork.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
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
    void scriptsSplitAtSemicolonsEndingALine() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (\n    y TEXT\n);"),
                Migrations.statements("-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TABLE b (\n    y TEXT\n);\n"));
    }
}
