package dev.stork.calibration.flow;

import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import java.util.concurrent.CountDownLatch;

/**
 * A counts plate for the engine's tests: {@link #play} does whatever the test needs on the acquisition thread, then
 * the plate stays connected and silent until stopped. Records whether it was closed.
 */
abstract class ScriptedPlate implements SampleSource {
    private final String name;
    private final CountDownLatch stopped = new CountDownLatch(1);
    volatile boolean closed;

    ScriptedPlate(String name) {
        this.name = name;
    }

    /** Runs on the acquisition thread before the plate falls silent. */
    abstract void play(SampleListener listener);

    @Override
    public SourceDescription description() {
        return new SourceDescription(name, SourceDescription.BoardKind.FORCE_PLATE, 100,
                SourceDescription.CellUnit.COUNTS, name.replace(' ', '-'));
    }

    @Override
    public final void run(SampleListener listener) throws InterruptedException {
        play(listener);
        stopped.await();
        listener.onEnd();
    }

    @Override
    public final void stop() {
        stopped.countDown();
    }

    @Override
    public final void close() {
        stop();
        closed = true;
    }
}
