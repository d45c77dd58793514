package dev.stork.sensor.serial.support;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.serial.EmulatedSerialPlate;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records what a plate source delivers: sample count, sequence continuity, values that do not match the emulated
 * plate's pattern, time order, and every health event. Per-sample fields are written on the acquisition thread
 * and read by the test thread after it has polled {@link #samples()} or stopped the source.
 */
public final class RecordingPlateListener implements SampleListener {

    private final List<HealthEvent> events = new CopyOnWriteArrayList<>();
    private final long[] timeNanosBySample;
    private final long[] receivedNanosBySample;
    private volatile long samples;
    private volatile long bogusSamples;
    private volatile long sequenceJumps;
    private volatile long timeReversals;
    private volatile long firstSequence = -1;
    private long lastSequence = -1;
    private long lastTimeNanos;
    private volatile boolean ended;
    private volatile boolean connected;
    private volatile long samplesWhileNotConnected;

    /** Keeps the mapped and received times of the first {@code capacity} samples after the first one seen. */
    public RecordingPlateListener(int capacity) {
        timeNanosBySample = new long[capacity];
        receivedNanosBySample = new long[capacity];
    }

    @Override
    public void onPlateSample(PlateSample sample) {
        long receivedNanos = System.nanoTime();
        if (!connected) {
            samplesWhileNotConnected++;
        }
        if (firstSequence < 0) {
            firstSequence = sample.sequence;
        } else {
            if (sample.sequence != lastSequence + 1) {
                sequenceJumps++;
            }
            if (sample.timeNanos <= lastTimeNanos) {
                timeReversals++;
            }
        }
        int raw = (int) (sample.sequence & 0xFFFF);
        if (sample.topLeft != EmulatedSerialPlate.cellValue(raw, 0)
                || sample.topRight != EmulatedSerialPlate.cellValue(raw, 1)
                || sample.bottomLeft != EmulatedSerialPlate.cellValue(raw, 2)
                || sample.bottomRight != EmulatedSerialPlate.cellValue(raw, 3)) {
            bogusSamples++;
        }
        long index = sample.sequence - firstSequence;
        if (index >= 0 && index < timeNanosBySample.length) {
            timeNanosBySample[(int) index] = sample.timeNanos;
            receivedNanosBySample[(int) index] = receivedNanos;
        }
        lastSequence = sample.sequence;
        lastTimeNanos = sample.timeNanos;
        samples++;
    }

    @Override
    public void onHealth(HealthEvent event) {
        events.add(event);
        if (event.kind() == HealthEvent.Kind.CONNECTED) {
            connected = true;
        } else if (event.kind() == HealthEvent.Kind.DISCONNECTED) {
            connected = false;
        }
    }

    /** Samples that arrived before a CONNECTED event or after a DISCONNECTED one. */
    public long samplesWhileNotConnected() {
        return samplesWhileNotConnected;
    }

    @Override
    public void onEnd() {
        ended = true;
    }

    public long samples() {
        return samples;
    }

    /** Samples whose cells differ from {@link EmulatedSerialPlate#cellValue(int, int)} for their sequence. */
    public long bogusSamples() {
        return bogusSamples;
    }

    /** Times the extended sequence number did not advance by exactly one (after a loss or a device restart). */
    public long sequenceJumps() {
        return sequenceJumps;
    }

    /** Times a sample's mapped time was not later than the previous one's. */
    public long timeReversals() {
        return timeReversals;
    }

    public long firstSequence() {
        return firstSequence;
    }

    public long lastSequence() {
        return lastSequence;
    }

    /** Mapped time of the sample {@code index} places after the first one. */
    public long timeNanos(int index) {
        return timeNanosBySample[index];
    }

    /** Host time at which the listener received the sample {@code index} places after the first one. */
    public long receivedNanos(int index) {
        return receivedNanosBySample[index];
    }

    public List<HealthEvent> events() {
        return events;
    }

    /** Whether an event of this kind has arrived. */
    public boolean saw(HealthEvent.Kind kind) {
        return count(kind) > 0;
    }

    /** How many events of this kind have arrived. */
    public long count(HealthEvent.Kind kind) {
        long n = 0;
        for (HealthEvent e : events) {
            if (e.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    public boolean ended() {
        return ended;
    }
}
