package dev.stork.sensor;

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
    public void close() {
        source.close();
    }
}
