package dev.stork.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates files of the shared reference data (see {@code ../shared/reference-data/README.md}) for tests.
 *
 * <p>The folder comes from the system property {@code stork.referenceData}, which Surefire sets to
 * {@code <project>/../shared/reference-data}. A missing file is a test failure with a message naming the path,
 * never a silent skip.
 */
public final class ReferenceData {
    /** The system property that names the reference-data folder. */
    public static final String PROPERTY = "stork.referenceData";

    private ReferenceData() {
    }

    /** The reference-data folder; fails when the property is unset or the folder is missing. */
    public static Path root() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            throw new AssertionError("system property " + PROPERTY
                    + " is not set; run the tests through Maven or pass -D" + PROPERTY + "=<folder>");
        }
        Path root = Path.of(value);
        if (!Files.isDirectory(root)) {
            throw new AssertionError("reference data folder " + root.toAbsolutePath()
                    + " (property " + PROPERTY + ") does not exist");
        }
        return root;
    }

    /** A file below the reference-data folder, such as {@code "bds/BDS00001.txt"}; fails when it is missing. */
    public static Path file(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("reference data file " + file.toAbsolutePath() + " is missing");
        }
        return file;
    }
}
