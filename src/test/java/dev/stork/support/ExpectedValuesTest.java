package dev.stork.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedValuesTest {
    @TempDir
    Path dir;

    @Test
    void readsRowsAndColumnsByName() throws IOException {
        Path file = Files.writeString(dir.resolve("t.tsv"), "Trial\tA\tB\nT1\t1.5\t-2e-3\nT2\t3\t4\n");
        ExpectedValues table = ExpectedValues.read(file);
        assertEquals(List.of("T1", "T2"), table.rowKeys());
        assertEquals(List.of("A", "B"), table.columns());
        assertEquals(-2e-3, table.value("T1", "B"), 0.0, "parsed exactly");
        assertEquals(3.0, table.value("T2", "A"), 0.0, "parsed exactly");
    }

    @Test
    void malformedCellNamesFileLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.tsv"), "Trial\tA\nT1\tx1\n");
        AssertionError e = assertThrows(AssertionError.class, () -> ExpectedValues.read(file));
        assertTrue(e.getMessage().contains("bad.tsv line 2 column A"), e.getMessage());
    }

    @Test
    void unknownRowOrColumnFails() throws IOException {
        ExpectedValues table = ExpectedValues.read(Files.writeString(dir.resolve("t.tsv"), "Trial\tA\nT1\t1\n"));
        assertThrows(AssertionError.class, () -> table.value("T9", "A"));
        assertThrows(AssertionError.class, () -> table.value("T1", "Z"));
    }
}
