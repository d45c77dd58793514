package dev.stork.cli;

import dev.stork.store.Exporter;
import dev.stork.store.Store;
import dev.stork.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stork export}: trials, decisions and raw recordings to CSV or JSON files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes trials and decisions as CSV or JSON, and each raw recording as a Stork CSV file "
                + "(recordings/trial-ID.csv) that Stork's recording reader reads back.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "File format of trials and decisions: csv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "stork-export",
            description = "Directory to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Exporter.Format chosen;
        if ("csv".equalsIgnoreCase(format)) {
            chosen = Exporter.Format.CSV;
        } else if ("json".equalsIgnoreCase(format)) {
            chosen = Exporter.Format.JSON;
        } else {
            err.println("stork export: --format must be csv or json, not '" + format + "'");
            return 2;
        }
        Store opened = options.openExisting(err, "export");
        if (opened == null) {
            return 1;
        }
        try (Store store = opened) {
            Exporter.Summary summary = Exporter.export(store, chosen, out, options.person);
            PrintWriter printer = spec.commandLine().getOut();
            printer.println("Exported " + summary.trials() + " trials, " + summary.recordings() + " recordings and "
                    + summary.decisions() + " decisions to " + out);
            printer.flush();
            return 0;
        } catch (StoreException | IOException e) {
            err.println("stork export: " + e.getMessage());
            return 1;
        }
    }
}
