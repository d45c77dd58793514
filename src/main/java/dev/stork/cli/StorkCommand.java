package dev.stork.cli;

import picocli.CommandLine.Command;

/** The root {@code stork} command; each job is a subcommand. */
@Command(name = "stork", mixinStandardHelpOptions = true, version = "stork 0.1.0",
        description = "Balance tracker for single-leg exercises on a force plate, wobble board or Wii Balance Board.",
        subcommands = {DemoCommand.class, AnalyzeCommand.class, SimulateCommand.class, SourcesCommand.class, RunCommand.class,
                HistoryCommand.class, ExportCommand.class, CalibrateCommand.class, ServeCommand.class, TrainCommand.class,
                StanceTestCommand.class, PlanCommand.class, LogCommand.class})
public final class StorkCommand {
}
