package dev.stork.cli;

import dev.stork.sensor.sim.GroundTruth;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.sensor.sim.PlateSessionModel;
import dev.stork.sensor.sim.SessionScript;
import dev.stork.sensor.sim.SimulationWriter;
import dev.stork.sensor.sim.WobbleSessionModel;
import dev.stork.signal.cop.PlateGeometry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code stork simulate}: writes a simulated session as a Stork recording plus its ground truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Writes a simulated session on a four-cell plate or an IMU wobble board as a Stork recording "
                + "(CSV) and what really happened in it as FILE.truth.json.",
            "Script phases, separated by ';': empty S | on S [first=left|right] [gap=G] | both S | "
                + "hesitate left|right S [share=X] | lift left|right S [away=X] | toe S [share=X] | touchdown | "
                + "support S [share=X] | off [S] [first=left|right] [gap=G] | chair X | "
                + "rep S [depth=D] [load=L] [forward=M] [hold=H] (S in seconds). A lift ends with touchdown, toe, "
                + "support or off; docs/simulation.md says what each does."})
public final class SimulateCommand implements Callable<Integer> {
    /** The script used when none is given. */
    public static final String DEFAULT_SCRIPT =
            "on 2; both 5; lift left 12; touchdown; both 3; lift right 20; touchdown; both 3; off";

    /** Which board to simulate. */
    enum Board {
        plate, imu
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the recording to write")
    private Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--rate", defaultValue = "100", paramLabel = "HZ",
            description = "sample rate, 50 to 1000 Hz (default ${DEFAULT-VALUE})")
    private double rateHz;

    @Option(names = "--script", defaultValue = DEFAULT_SCRIPT, description = "what the person does (default: "
            + "${DEFAULT-VALUE})")
    private String script;

    @Option(names = "--board", defaultValue = "plate", description = "plate or imu (default ${DEFAULT-VALUE})")
    private Board board;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SessionScript session;
        try {
            session = SessionScript.parse(script);
            if (!(rateHz >= 50 && rateHz <= 1000)) {
                throw new IllegalArgumentException("--rate must be 50 to 1000 Hz, got " + rateHz);
            }
        } catch (IllegalArgumentException e) {
            err.println("stork simulate: " + e.getMessage());
            return 2;
        }
        PersonModel person = PersonModel.typicalAdult();
        GroundTruth truth;
        if (board == Board.plate) {
            PlateGeometry geometry = PlateGeometry.WII_BALANCE_BOARD;
            truth = SimulationWriter.writePlate(new PlateSessionModel(session, person, rateHz,
                    geometry.cellSpacingMlM(), geometry.cellSpacingApM(), seed), geometry.cellSpacingMlM(),
                    geometry.cellSpacingApM(), out);
        } else {
            truth = SimulationWriter.writeWobbleBoard(new WobbleSessionModel(session, person, rateHz, seed),
                    person.wobbleEdgeDeg(), out);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(String.format(Locale.ROOT, "wrote %s: %s, %.1f s at %.0f Hz, %d hold(s)", out,
                board == Board.plate ? "four-cell plate" : "IMU wobble board", truth.durationS(), rateHz,
                truth.holds().size()));
        for (GroundTruth.HoldTruth hold : truth.holds()) {
            stdout.println(String.format(Locale.ROOT, "  %6.2f s - %6.2f s  %-5s  %s", hold.startS(), hold.endS(),
                    hold.stanceFoot() == null ? "both" : hold.stanceFoot().name().toLowerCase(Locale.ROOT),
                    hold.ending().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
        }
        stdout.println("wrote " + GroundTruth.fileFor(out));
        stdout.flush();
        return 0;
    }
}
