package dev.stork.cli;

import dev.stork.sensor.spec.SourceDiscovery;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stork sources}: the boards this machine can see and the {@code --source} spec for each. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "List serial ports, I2C buses and the chips that answer on them, Wii Balance Boards, "
                + "and the simulations, each with the --source spec that reads it.")
public final class SourcesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-18s %-32s %s%n", "kind", "--source", "details");
        for (SourceDiscovery.Found found : new SourceDiscovery().find()) {
            out.printf(Locale.ROOT, "%-18s %-32s %s%n", found.kind(), found.spec() == null ? "-" : found.spec(),
                    found.description());
        }
        out.flush();
        return 0;
    }
}
