package dev.stork.sensor.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.LinkStats;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A four-cell force plate behind a microcontroller running the Stork firmware, read through jSerialComm. Cell
 * values are raw ADC counts ({@link SourceDescription.CellUnit#COUNTS}).
 *
 * <p>{@link #run(SampleListener)} opens the port, asks for the device-info frame (opening resets many Arduinos, so
 * it waits up to {@link SerialPlateSettings#infoTimeoutMillis()}), then reads with semi-blocking reads on the
 * calling thread, which is the acquisition thread. When the port fails or falls silent it reports the plate as
 * unplugged, retries the same path until the device is back, and carries on. Data loss (sequence gaps, corrupt
 * frames) is reported at most once a second as a {@link HealthEvent.Kind#DATA_LOSS} event with counts; the running
 * figures are available from any thread through {@link #stats()}.
 *
 * <p>The decode path reuses its buffers and one sample holder: nothing is allocated per sample.
 */
public final class SerialPlateSource implements SampleSource {

    /** The reference firmware's rate, assumed in {@link #description()} until the plate says otherwise. */
    public static final int FIRMWARE_DEFAULT_RATE_HZ = 1000;

    private static final int READ_TIMEOUT_MILLIS = 100;
    private static final long INFO_REQUEST_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final long STATS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long RATE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long LOSS_REPORT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final SerialPlateSettings settings;
    private final PlateStreamDecoder decoder = new PlateStreamDecoder();
    private final FrameEncoder commandEncoder = new FrameEncoder();
    private final byte[] commandBuffer = new byte[FrameLayout.MAX_WIRE_LENGTH];
    private final byte[] readBuffer = new byte[4096];

    /** True from construction until {@link #stop()}; a stop before {@link #run} makes run return at once. */
    private volatile boolean running = true;
    private volatile Thread acquisitionThread;
    private volatile SourceDescription description;
    private volatile LinkStats stats;

    private SerialPort port;
    private int pendingOffset;
    private int pendingLength;
    private long pendingArrivalNanos;
    private int commandSequence;
    private long reconnections;
    private boolean everConnected;
    private long lastStatsNanos;
    private long rateWindowStartNanos;
    private long rateWindowStartSamples;
    private double achievedRateHz;
    private long lastLossReportNanos;
    private long reportedLost;
    private long reportedCorrupt;
    private long reportedDuplicates;

    /** A plate on {@code portPath} with default settings ({@link SerialPlateSettings#forPort(String)}). */
    public SerialPlateSource(String portPath) {
        this(SerialPlateSettings.forPort(portPath));
    }

    /** A plate reached with {@code settings}. */
    public SerialPlateSource(SerialPlateSettings settings) {
        this.settings = settings;
        this.description = new SourceDescription("serial plate on " + settings.portPath(),
                SourceDescription.BoardKind.FORCE_PLATE,
                settings.rateHz() > 0 ? settings.rateHz() : FIRMWARE_DEFAULT_RATE_HZ,
                SourceDescription.CellUnit.COUNTS, settings.portPath());
        this.stats = LinkStats.initial(System.nanoTime());
    }

    /** The settings this source was made with. */
    public SerialPlateSettings settings() {
        return settings;
    }

    @Override
    public SourceDescription description() {
        return description;
    }

    /** The latest health figures, refreshed about ten times a second while running; safe from any thread. */
    public LinkStats stats() {
        return stats;
    }

    /** {@link #stats()}: a serial plate always has its link's figures. */
    @Override
    public Optional<LinkStats> linkStats() {
        return Optional.of(stats);
    }

    /** The device-info frame of the connected plate, or null before the first connection. */
    public DeviceInfo deviceInfo() {
        return decoder.deviceInfo();
    }

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        acquisitionThread = Thread.currentThread();
        boolean outageReported = false;
        try {
            while (running) {
                checkInterrupt();
                ConnectResult result = connect(listener, !outageReported);
                if (result == ConnectResult.CONNECTED) {
                    outageReported = false;
                    String lostReason = readUntilLost(listener);
                    closePort();
                    if (lostReason != null) {
                        publishStats(System.nanoTime(), false);
                        listener.onHealth(new HealthEvent(System.nanoTime(), HealthEvent.Kind.DISCONNECTED,
                                lostReason));
                        reportReconnecting(listener);
                        outageReported = true;
                    }
                } else {
                    closePort();
                    if (!outageReported && running) {
                        reportReconnecting(listener);
                        outageReported = true;
                    }
                }
                if (running && !connectedNow()) {
                    pause(TimeUnit.MILLISECONDS.toNanos(settings.retryIntervalMillis()));
                }
            }
        } finally {
            closePort();
            long now = System.nanoTime();
            reportLoss(now, listener, true);
            publishStats(now, false);
            running = false;
            acquisitionThread = null;
            listener.onEnd();
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = acquisitionThread;
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** Stops; the acquisition thread closes the port as {@link #run(SampleListener)} returns. */
    @Override
    public void close() {
        stop();
    }

    private enum ConnectResult { CONNECTED, FAILED }

    private void reportReconnecting(SampleListener listener) {
        listener.onHealth(new HealthEvent(System.nanoTime(), HealthEvent.Kind.RECONNECTING, "reconnecting to "
                + settings.portPath() + " every " + settings.retryIntervalMillis() + " ms"));
    }

    private ConnectResult connect(SampleListener listener, boolean reportFailure) throws InterruptedException {
        String path = settings.portPath();
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            port = null;
            if (reportFailure) {
                listener.onHealth(new HealthEvent(System.nanoTime(), HealthEvent.Kind.DISCONNECTED,
                        "no plate at " + path + ": " + e.getMessage()));
            }
            return ConnectResult.FAILED;
        }
        port.setComPortParameters(settings.baudRate(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, READ_TIMEOUT_MILLIS, 0);
        if (!port.openPort()) {
            if (reportFailure) {
                listener.onHealth(new HealthEvent(System.nanoTime(), HealthEvent.Kind.DISCONNECTED,
                        "cannot open " + path + " (plate unplugged, or the port is busy or not permitted; error "
                                + port.getLastErrorCode() + ")"));
            }
            port = null;
            return ConnectResult.FAILED;
        }
        decoder.beginConnection();
        long infoFramesBefore = decoder.infoFrames();
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(settings.infoTimeoutMillis());
        long nextRequest = start;
        while (running && decoder.infoFrames() == infoFramesBefore) {
            checkInterrupt();
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                if (!reportFailure) {
                    return ConnectResult.FAILED;
                }
                listener.onHealth(new HealthEvent(now, HealthEvent.Kind.WARNING, "no device-info frame from "
                        + path + " within " + settings.infoTimeoutMillis() + " ms: is the Stork plate firmware "
                        + "flashed, and the line at " + settings.baudRate() + " baud?"));
                return ConnectResult.FAILED;
            }
            if (now - nextRequest >= 0) {
                if (!sendCommand(commandEncoder.encodeRequestInfo(nextCommandSequence(), commandBuffer, 0))) {
                    return ConnectResult.FAILED;
                }
                nextRequest = now + INFO_REQUEST_INTERVAL_NANOS;
            }
            int n = port.readBytes(readBuffer, readBuffer.length);
            if (n < 0) {
                return ConnectResult.FAILED;
            }
            long arrival = System.nanoTime();
            int used = 0;
            while (used < n && decoder.infoFrames() == infoFramesBefore) {
                used += decoder.feed(readBuffer, used, n - used, arrival, listener);
            }
            // Bytes after the info frame wait until the connection has been announced.
            pendingOffset = used;
            pendingLength = n - used;
            pendingArrivalNanos = arrival;
        }
        if (!running) {
            return ConnectResult.FAILED;
        }
        DeviceInfo info = decoder.deviceInfo();
        if (info.protocolVersion() != FrameLayout.PROTOCOL_VERSION) {
            listener.onHealth(new HealthEvent(System.nanoTime(), HealthEvent.Kind.WARNING, "plate on " + path
                    + " speaks protocol version " + info.protocolVersion() + ", Stork speaks "
                    + FrameLayout.PROTOCOL_VERSION + ": update the firmware or Stork"));
            return ConnectResult.FAILED;
        }
        if (settings.rateHz() > 0 && info.rateHz() != settings.rateHz()
                && !sendCommand(commandEncoder.encodeSetRate(nextCommandSequence(), settings.rateHz(),
                commandBuffer, 0))) {
            return ConnectResult.FAILED;
        }
        if (everConnected) {
            reconnections++;
        }
        everConnected = true;
        int rateHz = settings.rateHz() > 0 ? settings.rateHz() : info.rateHz();
        description = new SourceDescription("serial plate " + info.boardIdHex() + " on " + path,
                SourceDescription.BoardKind.FORCE_PLATE, rateHz, SourceDescription.CellUnit.COUNTS,
                info.boardIdHex());
        long now = System.nanoTime();
        rateWindowStartNanos = now;
        rateWindowStartSamples = decoder.samples();
        publishStats(now, true);
        listener.onHealth(new HealthEvent(now, HealthEvent.Kind.CONNECTED, "plate " + info.boardIdHex()
                + " (firmware " + info.firmwareVersion() + ", " + info.channels() + " cells) on " + path + " at "
                + rateHz + " Hz"));
        feedAll(pendingOffset, pendingLength, pendingArrivalNanos, listener);
        return ConnectResult.CONNECTED;
    }

    /** Reads until stopped (returns null) or the plate is lost (returns the reason). */
    private String readUntilLost(SampleListener listener) throws InterruptedException {
        long lastDataNanos = System.nanoTime();
        long silenceNanos = TimeUnit.MILLISECONDS.toNanos(settings.silenceTimeoutMillis());
        while (running) {
            checkInterrupt();
            int n = port.readBytes(readBuffer, readBuffer.length);
            long now = System.nanoTime();
            if (n < 0) {
                return "plate unplugged from " + settings.portPath();
            }
            if (n > 0) {
                lastDataNanos = now;
                feedAll(0, n, now, listener);
            } else if (now - lastDataNanos > silenceNanos) {
                return "plate on " + settings.portPath() + " sent nothing for " + settings.silenceTimeoutMillis()
                        + " ms (unplugged or stalled)";
            }
            if (now - lastStatsNanos >= STATS_INTERVAL_NANOS) {
                publishStats(now, true);
                reportLoss(now, listener, false);
            }
        }
        return null;
    }

    private void feedAll(int offset, int length, long arrivalNanos, SampleListener listener) {
        int used = 0;
        while (used < length) {
            used += decoder.feed(readBuffer, offset + used, length - used, arrivalNanos, listener);
        }
    }

    private void publishStats(long now, boolean connected) {
        long samples = decoder.samples();
        long window = now - rateWindowStartNanos;
        if (window >= RATE_WINDOW_NANOS) {
            achievedRateHz = (samples - rateWindowStartSamples) * 1e9 / window;
            rateWindowStartNanos = now;
            rateWindowStartSamples = samples;
        }
        if (!connected) {
            achievedRateHz = 0;
        }
        lastStatsNanos = now;
        stats = new LinkStats(now, connected, achievedRateHz, samples, decoder.lostSamples(),
                decoder.duplicates(), decoder.corruptFrames(), reconnections, decoder.clockDriftPpm());
    }

    private void reportLoss(long now, SampleListener listener, boolean force) {
        long lost = decoder.lostSamples();
        long corrupt = decoder.corruptFrames();
        long duplicates = decoder.duplicates();
        if (lost == reportedLost && corrupt == reportedCorrupt && duplicates == reportedDuplicates) {
            return;
        }
        if (!force && now - lastLossReportNanos < LOSS_REPORT_INTERVAL_NANOS) {
            return;
        }
        listener.onHealth(new HealthEvent(now, HealthEvent.Kind.DATA_LOSS, "plate on " + settings.portPath() + ": "
                + (lost - reportedLost) + " samples lost, " + (corrupt - reportedCorrupt) + " corrupt frames (CRC), "
                + (duplicates - reportedDuplicates) + " duplicates since the last report; in total " + lost
                + " lost of " + (decoder.samples() + lost) + ", " + corrupt + " corrupt"));
        reportedLost = lost;
        reportedCorrupt = corrupt;
        reportedDuplicates = duplicates;
        lastLossReportNanos = now;
    }

    private boolean sendCommand(int length) {
        return port.writeBytes(commandBuffer, length) == length;
    }

    private int nextCommandSequence() {
        int sequence = commandSequence;
        commandSequence = (commandSequence + 1) & (FrameLayout.SEQUENCE_MODULUS - 1);
        return sequence;
    }

    private boolean connectedNow() {
        return port != null && port.isOpen();
    }

    private void closePort() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private void pause(long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        long left;
        while (running && (left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, left);
            checkInterrupt();
        }
    }

    private static void checkInterrupt() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("serial plate acquisition interrupted");
        }
    }
}
