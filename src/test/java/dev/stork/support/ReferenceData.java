package dev.stork.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the public reference recordings in {@code ../shared/reference-data} (Maven passes the folder as the
 * system property {@code stork.referenceData}). They are read in place and never copied into the repository.
 * A test that needs them fails, rather than skips, when they are missing.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    /** The reference-data folder. */
    public static Path root() {
        String configured = System.getProperty("stork.referenceData");
        Path root = configured != null ? Paths.get(configured) : Paths.get("..", "shared", "reference-data");
        if (!Files.isDirectory(root)) {
            fail("reference data not found at " + root.toAbsolutePath()
                    + ": the shared folder must sit beside the project (../shared/reference-data)");
        }
        return root;
    }

    /** A file below the reference-data folder, e.g. {@code bds/BDS00001.txt}; fails when it is missing. */
    public static Path file(String relative) {
        Path path = root().resolve(relative);
        if (!Files.isRegularFile(path)) {
            fail("reference file missing: " + path.toAbsolutePath());
        }
        return path;
    }
}
