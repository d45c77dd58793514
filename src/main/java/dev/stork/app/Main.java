package dev.stork.app;

import dev.stork.cli.StorkCommand;
import picocli.CommandLine;

/** Entry point of {@code stork.jar}. */
public final class Main {
    private Main() {
    }

    /** Runs the {@code stork} command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StorkCommand()).execute(args));
    }
}
