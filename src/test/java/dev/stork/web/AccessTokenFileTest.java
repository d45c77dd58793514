package dev.stork.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsCreatedForTheOwnerOnlyAndKeepsItsTokenAcrossStarts() throws Exception {
        Path file = dir.resolve("state/token");
        AccessToken first = AccessTokenFile.loadOrCreate(file, new SecureRandom());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.value() + "\n", Files.readString(file));
        AccessToken second = AccessTokenFile.loadOrCreate(file, new SecureRandom());
        assertEquals(first.value(), second.value(), "a restart must keep the bookmarked address working");
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file is left beside the token");
        }
    }

    @Test
    void aFileOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path file = dir.resolve("token");
        AccessTokenFile.loadOrCreate(file, new SecureRandom());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccessTokenFile.loadOrCreate(file, new SecureRandom()));
        assertTrue(e.getMessage().contains("chmod 600 " + file), e.getMessage());
    }

    @Test
    void aFileWithoutATokenIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("token");
        Files.writeString(file, "short\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AccessTokenFile.loadOrCreate(file, new SecureRandom()));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("does not hold a token"),
                e.getMessage());
    }
}
