package dev.stork.calibration.flow;

/**
 * Does what a calibration step asks on a simulated board: places the mass, empties the plate, turns the IMU onto
 * a face. On a real board the person does it ({@link #PERSON}). Called on the acquisition thread whenever a step is
 * shown, so that a simulation is touched by one thread only.
 */
@FunctionalInterface
public interface StepHelper {
    /** A real board: the person at it follows the prompt, nothing is simulated. */
    StepHelper PERSON = (stepId, massKg) -> {
        // The person places the mass or turns the board; the board's own readings show it.
    };

    /**
     * A step is shown.
     *
     * @param stepId the step's id (e.g. {@code near-top-left}, {@code upside-down})
     * @param massKg the known mass, kg (NaN for an IMU)
     */
    void stepBegins(String stepId, double massKg);
}
