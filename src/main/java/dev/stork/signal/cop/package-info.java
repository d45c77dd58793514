/**
 * Centre of pressure (COP) per sample: from four load cells at known positions ({@link dev.stork.signal.cop.FourCellCop})
 * or from a force plate's vertical force and moments ({@link dev.stork.signal.cop.ForcePlateCop}).
 *
 * <p>Axes everywhere in Stork: ML (medio-lateral) positive towards the person's right, AP (antero-posterior)
 * positive towards the person's front; metres, relative to the board's centre.
 */
package dev.stork.signal.cop;
