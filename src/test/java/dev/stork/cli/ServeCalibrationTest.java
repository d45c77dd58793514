package dev.stork.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stork.web.CalibrationWizard;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration wizard {@code stork serve} builds from its {@code --source} spec. */
class ServeCalibrationTest {
    @TempDir
    Path data;

    @Test
    void theSimulationIsCalibratedOnTheDashboard() throws Exception {
        CalibrationWizard wizard = ServeCommand.calibration("sim", data);
        assertTrue(wizard.available());
        assertEquals("sim", wizard.source());
        wizard.close();
    }

    @Test
    void aRealPlateHeldForTrainingIsCalibratedFromTheTerminal() throws Exception {
        CalibrationWizard wizard = ServeCommand.calibration("serial:/dev/ttyACM0", data);
        assertFalse(wizard.available());
        assertEquals("The plate serial:/dev/ttyACM0 is held open for training. To calibrate it, stop the dashboard "
                + "and run: stork calibrate plate --source serial:/dev/ttyACM0", wizard.unavailableReason());
        wizard.close();
    }
}
