package dev.stork.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Stork keeps its data: {@code --data DIR} when given, else {@code $STORK_DATA}, else
 * {@code ~/.local/share/stork}.
 */
public final class DataDirectory {
    /** Environment variable naming the data directory. */
    public static final String ENV = "STORK_DATA";

    private DataDirectory() {
    }

    /** The data directory for this process: {@code override} (may be null), the environment, or the default. */
    public static Path resolve(Path override) {
        return resolve(override, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** As {@link #resolve(Path)} with the environment and home directory given. */
    public static Path resolve(Path override, Map<String, String> environment, Path home) {
        if (override != null) {
            return override;
        }
        String fromEnvironment = environment.get(ENV);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return home.resolve(".local").resolve("share").resolve("stork");
    }
}
