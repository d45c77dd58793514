package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.session.TrialBoard;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code stork serve}'s board seam: one place turns {@code --source} into a board, and refuses what it cannot. */
class ServeCommandTest {

    @TempDir
    Path data;

    @Test
    void simIsTheSimulatedBoardAtOneHundredHertz() {
        TrialBoard board = ServeCommand.board("sim");
        assertEquals(100, board.rateHz());
        assertEquals("simulation", board.sourceName());
    }

    @Test
    void anyOtherSourceIsRefusedWithTheSpecNamed() throws Exception {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ServeCommand.board("serial:/dev/ttyACM0"));
        assertTrue(refused.getMessage().startsWith("--source serial:/dev/ttyACM0: sessions run only on the "
                + "simulated plate (sim) so far"), refused.getMessage());

        AnalyzeCommandTest.Run run = AnalyzeCommandTest.run("serve", "--source", "wii", "--data", data.toString(),
                "--port", "0");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("stork serve: --source wii"), run.err());
        assertTrue(run.err().contains("simulated plate (sim)"), run.err());
    }
}
