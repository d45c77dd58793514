package dev.stork.signal.stance;

/** Why a hold ended. */
public enum HoldEndReason {
    /** The free foot touched down on the plate: the COP returned towards the centre. */
    TOUCHDOWN,
    /** The person stepped off the plate: the load dropped. */
    STEP_OFF,
    /**
     * Kneeling: the outstretched foot or a hand came down beside the plate and took weight off it, so the load fell
     * and stayed lower ({@link PlateStanceConfig#supportDropShare()}).
     */
    SUPPORT,
    /** The hold reached its target time. */
    TARGET,
    /** The wobble board tilted onto its edge. */
    EDGE_CONTACT,
    /** The recording or the source ended during the hold. */
    END_OF_DATA,
    /**
     * The board sent no data for longer than {@link StanceDetector#MAX_GAP_NANOS} (unplugged, out of range): the hold stopped at
     * the last sample before the gap, and the time without data is not counted.
     */
    DATA_GAP
}
