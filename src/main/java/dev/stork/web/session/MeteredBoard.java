package dev.stork.web.session;

import dev.stork.board.BoardHealth;
import dev.stork.board.TrialBoard;
import dev.stork.sensor.ForwardingSource;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.session.ForwardingTrialBoard;
import dev.stork.training.PrescribedTrial;
import dev.stork.web.SourceStatus;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * A {@link TrialBoard} that counts what its sources deliver for the sensor screen: each trial's source is wrapped
 * so that the session runner's acquisition thread passes every sample through {@link HealthCounters} (atomic
 * increments, no allocation per sample) on its way to the runner's own listener.
 */
final class MeteredBoard extends ForwardingTrialBoard {
    private final String kind;
    private final LongSupplier clockNanos;
    private final HealthCounters health = new HealthCounters();
    private volatile String sourceName;
    private volatile boolean acquiring;

    /**
     * @param board      the board trials run on
     * @param kind       the {@code --source} it was made from, e.g. "sim"
     * @param clockNanos monotonic clock for the achieved rate
     */
    MeteredBoard(TrialBoard board, String kind, LongSupplier clockNanos) {
        super(board);
        this.kind = kind;
        this.clockNanos = clockNanos;
        this.sourceName = board.sourceName();
    }

    @Override
    public SampleSource open(PrescribedTrial trial, int trialNumber) {
        SampleSource source = board.open(trial, trialNumber);
        sourceName = source.description().name();
        return new ForwardingSource(source) {
            @Override
            public void run(SampleListener listener) throws InterruptedException {
                acquiring = true;
                try {
                    super.run(health.forwardingTo(listener));
                } finally {
                    acquiring = false;
                }
            }
        };
    }

    /**
     * The source and its health now; any thread. A live board reports its own health (kept also between trials,
     * with its lost frames and reconnections); the simulation is counted here.
     */
    SourceStatus status() {
        Optional<BoardHealth> live = board.liveHealth();
        if (live.isPresent()) {
            BoardHealth h = live.get();
            return new SourceStatus(h.source(), kind, h.nominalRateHz(), h.achievedRateHz(), h.samples(),
                    h.lostSamples(), h.corruptFrames(), h.reconnections(), h.connection().name(), h.lastMessage(),
                    h.connected());
        }
        HealthEvent last = health.lastEvent();
        boolean running = acquiring;
        String connection = !running ? "IDLE" : last == null ? "CONNECTING" : last.kind().name();
        boolean healthy = last == null || last.kind() == HealthEvent.Kind.CONNECTED
                || last.kind() == HealthEvent.Kind.WARNING;
        return new SourceStatus(sourceName, kind, board.rateHz(), health.achievedRateHz(clockNanos.getAsLong()),
                health.samples(), health.dropped(), health.dataLossEvents(), 0, connection,
                last == null ? "" : last.message(), healthy);
    }
}
