package dev.stork.cli;

import dev.stork.store.DataDirectory;
import dev.stork.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --person} and {@code --data} options of the commands that read the store, and opening it. */
final class StoreOptions {
    @Option(names = "--person", paramLabel = "NAME", description = "Only this person (default: everyone).")
    String person;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (default: $STORK_DATA, else ~/.local/share/stork).")
    Path data;

    /** The store of the chosen data directory, or null after telling {@code err} that there is none. */
    Store openExisting(PrintWriter err, String command) {
        Path directory = DataDirectory.resolve(data);
        if (!Files.exists(directory.resolve(Store.FILE_NAME))) {
            err.println("stork " + command + ": no Stork data in " + directory + " (use --data DIR or set "
                    + DataDirectory.ENV + ")");
            err.flush();
            return null;
        }
        return Store.open(directory);
    }
}
