package dev.stork.sensor.spec;

import dev.stork.sensor.ForwardingSource;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;

/**
 * A source together with something that must be released with it, such as the Pi4J context an I2C source talks
 * through. The release runs once, after the source has been closed and its {@link #run} has returned, so a transfer
 * in progress never meets a context that is already shut down; a source closed without ever running releases at
 * once. A closed source does not run again.
 */
final class OwningSource extends ForwardingSource {
    private final Runnable release;
    private final Object lock = new Object();
    private boolean running;
    private boolean closed;
    private boolean released;

    /**
     * @param source  the source
     * @param release what to release when the source is done; called once, on the thread that finishes last
     */
    OwningSource(SampleSource source, Runnable release) {
        super(source);
        this.release = release;
    }

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        synchronized (lock) {
            if (closed) {
                listener.onEnd();
                return;
            }
            running = true;
        }
        try {
            source.run(listener);
        } finally {
            boolean releaseNow;
            synchronized (lock) {
                running = false;
                releaseNow = closed && !released;
                released |= releaseNow;
            }
            if (releaseNow) {
                release.run();
            }
        }
    }

    @Override
    public void close() {
        boolean releaseNow;
        synchronized (lock) {
            closed = true;
            releaseNow = !running && !released;
            released |= releaseNow;
        }
        source.close();
        if (releaseNow) {
            release.run();
        }
    }
}
