package dev.stork.sensor.wii;

import dev.stork.sensor.HealthEvent;
import dev.stork.sensor.PlateSample;
import dev.stork.sensor.SampleListener;
import dev.stork.sensor.SampleSource;
import dev.stork.sensor.SourceDescription;
import dev.stork.sensor.SourceDescription.BoardKind;
import dev.stork.sensor.SourceDescription.CellUnit;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * A Nintendo Wii Balance Board read through Linux's hid-wiimote driver from {@code /dev/input/eventN}.
 *
 * <p>Delivers one {@link PlateSample} per kernel frame, cells in kilograms (the board's factory calibration), time
 * mapped from the kernel's event clock onto the host's monotonic clock. The board sends at an irregular rate
 * (the description's nominal rate is 0), so the pipeline resamples it onto a uniform grid.
 *
 * <p>When the board is absent, unreadable or disconnects, the source reports why as a {@link HealthEvent} and keeps
 * looking for it every {@code retryMillis} until stopped; a replayed file instead ends at its last event.
 */
public final class WiiBoardSource implements SampleSource {
    /** How long to wait between attempts to find or reopen the board. */
    public static final long DEFAULT_RETRY_MILLIS = 1000;
    private static final int EVENTS_PER_READ = 64;

    private final Locator locator;
    private final String name;
    private final InputEventLayout layout;
    private final boolean endAtEof;
    private final LongSupplier monotonicNanos;
    private final Sleeper sleeper;
    private final long retryMillis;
    private final BalanceBoardDecoder decoder;
    private final KernelClockMapper clock;
    private final PlateSample sample = new PlateSample();
    private final ByteBuffer buffer;
    private volatile boolean stopped;
    private volatile FileChannel channel;
    private String lastHealth = "";

    WiiBoardSource(Locator locator, String name, InputEventLayout layout, boolean endAtEof,
                   LongSupplier monotonicNanos, Sleeper sleeper, long retryMillis) {
        this.locator = locator;
        this.name = name;
        this.layout = layout;
        this.endAtEof = endAtEof;
        this.monotonicNanos = monotonicNanos;
        this.sleeper = sleeper;
        this.retryMillis = retryMillis;
        this.decoder = new BalanceBoardDecoder(layout);
        this.clock = new KernelClockMapper(endAtEof);
        this.buffer = ByteBuffer.allocateDirect(EVENTS_PER_READ * layout.eventBytes()).order(ByteOrder.nativeOrder());
    }

    /** The board at a known event device, e.g. {@code /dev/input/event7}; reconnects when it comes back. */
    public static WiiBoardSource atDevice(Path eventDevice) {
        return new WiiBoardSource(() -> eventDevice, "Wii Balance Board on " + eventDevice,
                InputEventLayout.ofThisMachine(), false, System::nanoTime, Thread::sleep, DEFAULT_RETRY_MILLIS);
    }

    /** The first board {@code finder} sees, looked for again after each disconnection. */
    public static WiiBoardSource firstFound(WiiBoardFinder finder) {
        return new WiiBoardSource(() -> {
            List<Path> boards = finder.find();
            return boards.isEmpty() ? null : boards.get(0);
        }, "Wii Balance Board", InputEventLayout.ofThisMachine(), false, System::nanoTime, Thread::sleep,
                DEFAULT_RETRY_MILLIS);
    }

    /** Replays a file of recorded input events in {@code layout}, ending at its last event. */
    public static WiiBoardSource replay(Path eventsFile, InputEventLayout layout) {
        return new WiiBoardSource(() -> eventsFile, "Wii Balance Board events from " + eventsFile, layout, true,
                System::nanoTime, Thread::sleep, DEFAULT_RETRY_MILLIS);
    }

    @Override
    public SourceDescription description() {
        return new SourceDescription(name, BoardKind.FORCE_PLATE, 0, CellUnit.KILOGRAMS, "wii-balance-board");
    }

    /** Frames decoded since the source was created. */
    public long frames() {
        return decoder.frames();
    }

    /** Times the kernel reported dropping events because Stork read too slowly. */
    public long kernelDrops() {
        return decoder.droppedReports();
    }

    @Override
    public void run(SampleListener listener) throws InterruptedException {
        try {
            while (!stopped) {
                Path device = locator.locate();
                if (device == null) {
                    health(listener, HealthEvent.Kind.DISCONNECTED, "no Wii Balance Board found: pair it over "
                            + "Bluetooth (press the red button under the battery cover) and check that the "
                            + "hid-wiimote driver is loaded");
                } else if (readUntilLost(device, listener)) {
                    return;
                }
                if (!stopped) {
                    sleeper.sleep(retryMillis);
                }
            }
        } finally {
            listener.onEnd();
        }
    }

    /** Reads the device until it is lost or stopped; true when the source has ended for good. */
    private boolean readUntilLost(Path device, SampleListener listener) {
        try (FileChannel open = FileChannel.open(device, StandardOpenOption.READ)) {
            channel = open;
            if (stopped) {
                return true;
            }
            clock.reset();
            health(listener, HealthEvent.Kind.CONNECTED, "Wii Balance Board connected on " + device);
            buffer.clear();
            while (!stopped) {
                int read = open.read(buffer);
                if (read < 0) {
                    break;
                }
                deliverWholeEvents(listener);
            }
            if (endAtEof || stopped) {
                return true;
            }
            health(listener, HealthEvent.Kind.DISCONNECTED, "Wii Balance Board disconnected from " + device
                    + " (switched off, out of range or batteries low); waiting for it to come back");
        } catch (NoSuchFileException e) {
            health(listener, HealthEvent.Kind.DISCONNECTED, "no Wii Balance Board at " + device
                    + ": the device does not exist (is the board paired and switched on?)");
        } catch (AccessDeniedException e) {
            health(listener, HealthEvent.Kind.DISCONNECTED, "cannot read " + device + ": permission denied; add "
                    + "the user to the 'input' group (sudo usermod -aG input $USER) and log in again");
        } catch (AsynchronousCloseException e) {
            return true;
        } catch (IOException e) {
            health(listener, HealthEvent.Kind.DISCONNECTED, "Wii Balance Board on " + device + " lost: "
                    + e.getMessage());
        } finally {
            channel = null;
        }
        return endAtEof;
    }

    private void deliverWholeEvents(SampleListener listener) {
        int eventBytes = layout.eventBytes();
        int whole = buffer.position() - buffer.position() % eventBytes;
        for (int offset = 0; offset < whole; offset += eventBytes) {
            if (decoder.decode(buffer, offset, sample)) {
                sample.timeNanos = clock.toHostNanos(sample.timeNanos, monotonicNanos.getAsLong());
                listener.onPlateSample(sample);
            }
        }
        buffer.limit(buffer.position()).position(whole);
        buffer.compact();
    }

    private void health(SampleListener listener, HealthEvent.Kind kind, String message) {
        if (!message.equals(lastHealth)) {
            lastHealth = message;
            listener.onHealth(new HealthEvent(monotonicNanos.getAsLong(), kind, message));
        }
    }

    @Override
    public void stop() {
        stopped = true;
        FileChannel open = channel;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                // Closing only unblocks the reader; the channel is being abandoned either way.
                lastHealth = "close failed: " + e.getMessage();
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Where the board's event device is now; null when no board can be found. */
    @FunctionalInterface
    interface Locator {
        Path locate();
    }

    /** Waits between reconnection attempts; tests pass one that does not really sleep. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }
}
