package dev.stork.calibration;

/**
 * One step of a guided calibration.
 *
 * @param id     a stable identifier (e.g. {@code near-top-left}) for a dashboard or a simulated helper
 * @param prompt the instruction shown to the person
 */
public record ProcedureStep(String id, String prompt) {
}
