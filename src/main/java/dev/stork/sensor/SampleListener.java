package dev.stork.sensor;

/**
 * Receives what a {@link SampleSource} acquires. Called on the source's acquisition thread only.
 *
 * <p>The sample objects passed in are reused by the source for the next sample: a listener copies the primitive
 * fields it needs and never keeps the reference.
 */
public interface SampleListener {

    /** A force-plate sample: four cell values and the device timestamp. */
    default void onPlateSample(PlateSample sample) {
    }

    /** An IMU sample: acceleration, angular rate and the device timestamp. */
    default void onImuSample(ImuSample sample) {
    }

    /** A change in the source's health (connected, lost, recovered, errors). */
    default void onHealth(HealthEvent event) {
    }

    /** The source has ended (a replayed recording ran out, or the source was stopped). */
    default void onEnd() {
    }
}
