package dev.stork.sensor;

import java.util.Optional;

/**
 * A source that runs another: everything is passed on, and a subclass overrides {@link #run} to put a listener of
 * its own (counting, checking) between the source and the caller's listener, or to note when it runs.
 */
public abstract class ForwardingSource implements SampleSource {
    /** The source passed on to. */
    protected final SampleSource source;

    /** @param source the source passed on to */
    protected ForwardingSource(SampleSource source) {
        this.source = source;
    }

    @Override
    public SourceDescription description() {
        return source.description();
    }

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        source.run(listener);
    }

    @Override
    public void stop() {
        source.stop();
    }

    @Override
    public Optional<LinkStats> linkStats() {
        return source.linkStats();
    }

    @Override
    public void close() {
        source.close();
    }
}
