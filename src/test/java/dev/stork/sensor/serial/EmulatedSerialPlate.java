package dev.stork.sensor.serial;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays the Stork plate firmware on a file path, normally one end of a pseudo-terminal pair, using the same
 * {@link FrameEncoder} as the protocol tests. Like a board that resets when its port is opened, it stays silent
 * until the host's first request-info command, then sends its info frame and streams sample frames at the set
 * rate; it answers ping, request-info and set-rate. When the path goes away (the pty pair is torn down) it keeps
 * trying to reopen it and, once back, behaves like a freshly powered board again.
 *
 * <p>Cell values are a fixed function of the sequence number ({@link #cellValue(int, int)}) so a reader can tell a
 * genuine sample from a bogus one, unless a {@link #cellSignal} (a simulated person) supplies them. Test hooks, set
 * before {@link #start()}: frames to leave out, garbage to write before a frame, frames to corrupt, a clock drift
 * and the starting sequence number and device time (to cross the 16- and 32-bit wraps). Sample indexes count
 * samples since power-on, from 0.
 *
 * <p>Runs its own two daemon threads (writer and command reader).
 */
public final class EmulatedSerialPlate implements AutoCloseable {

    private static final long REOPEN_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Path path;
    private final Object writeLock = new Object();
    private final FrameEncoder sampleEncoder = new FrameEncoder();
    private final FrameEncoder replyEncoder = new FrameEncoder();
    private final byte[] sampleWire = new byte[FrameLayout.MAX_WIRE_LENGTH];
    private final byte[] replyWire = new byte[FrameLayout.MAX_WIRE_LENGTH + 1];

    private final Set<Long> droppedIndexes = new HashSet<>();
    private final Set<Long> corruptedIndexes = new HashSet<>();
    private final Map<Long, byte[]> garbageBeforeIndex = new HashMap<>();
    private long boardId = 0x5702_0001L;
    private int initialSequence;
    private long initialDeviceMicros;
    private double clockDriftPpm;
    private long sampleLimit = Long.MAX_VALUE;
    private CellSignal cellSignal = EmulatedSerialPlate::fillPattern;
    private final int[] counts = new int[4];
    private long[] writeTimesNanos;

    private volatile int rateHz;
    private volatile boolean running;
    private volatile boolean poweredOn;
    private volatile long powerOnCount;
    private volatile long samplesWritten;
    private volatile long nextIndex;
    private volatile OutputStream out;
    private volatile InputStream in;
    private Thread writer;
    private Thread reader;

    /** An emulated plate writing to {@code path} at {@code rateHz} (1..1000 Hz). */
    public EmulatedSerialPlate(Path path, int rateHz) {
        if (rateHz < 1 || rateHz > 1000) {
            throw new IllegalArgumentException("emulated plate on " + path + ": rate must be 1..1000 Hz, got "
                    + rateHz);
        }
        this.path = path;
        this.rateHz = rateHz;
    }

    /** The value the emulator sends for {@code cell} (0..3, top-left first) in the sample with this 16-bit number. */
    public static int cellValue(int sequence, int cell) {
        // Spreads over the whole signed 24-bit range, negative values included, and differs between cells.
        int mixed = (sequence * 40503 + cell * 2_654_435) & 0xFFFFFF;
        return (mixed << 8) >> 8;
    }

    /**
     * Where the cell values of each sample come from: by default the fixed pattern of {@link #cellValue}; a test can
     * put a simulated person on the plate instead. Called on the emulator's writer thread.
     */
    @FunctionalInterface
    public interface CellSignal {
        /**
         * Fills {@code counts} with the four cells (top-left first, signed 24-bit raw counts) of the sample written
         * at host time {@code hostNanos} with the 16-bit sequence number {@code sequence}.
         */
        void fill(long hostNanos, int sequence, int[] counts);
    }

    private static void fillPattern(long hostNanos, int sequence, int[] counts) {
        for (int cell = 0; cell < 4; cell++) {
            counts[cell] = cellValue(sequence, cell);
        }
    }

    /** Takes the cell values from {@code signal} instead of the fixed pattern. */
    public EmulatedSerialPlate cellSignal(CellSignal signal) {
        this.cellSignal = signal;
        return this;
    }

    /** Leaves out the samples with these indexes (their sequence numbers are skipped, as after a lost frame). */
    public EmulatedSerialPlate dropSamples(long... indexes) {
        for (long index : indexes) {
            droppedIndexes.add(index);
        }
        return this;
    }

    /** Flips bits in one byte inside each of these samples' frames, leaving delimiters alone. */
    public EmulatedSerialPlate corruptSamples(long... indexes) {
        for (long index : indexes) {
            corruptedIndexes.add(index);
        }
        return this;
    }

    /** Writes {@code garbage} just before the frame of sample {@code index}. */
    public EmulatedSerialPlate injectGarbageBefore(long index, byte[] garbage) {
        garbageBeforeIndex.put(index, garbage.clone());
        return this;
    }

    /** Starts each power-on at this 16-bit sequence number. */
    public EmulatedSerialPlate initialSequence(int sequence) {
        this.initialSequence = sequence & (FrameLayout.SEQUENCE_MODULUS - 1);
        return this;
    }

    /** Starts each power-on at this 32-bit device time, in microseconds. */
    public EmulatedSerialPlate initialDeviceMicros(long micros) {
        this.initialDeviceMicros = micros & 0xFFFF_FFFFL;
        return this;
    }

    /** Makes the device clock run fast (positive) or slow by this many ppm. */
    public EmulatedSerialPlate clockDriftPpm(double ppm) {
        this.clockDriftPpm = ppm;
        return this;
    }

    /** Stops streaming after this many samples per power-on (commands are still answered). */
    public EmulatedSerialPlate sampleLimit(long limit) {
        this.sampleLimit = limit;
        return this;
    }

    /** Keeps the host time just before each of the first {@code count} samples was written. */
    public EmulatedSerialPlate recordWriteTimes(int count) {
        this.writeTimesNanos = new long[count];
        return this;
    }

    /** The board id the info frame reports. */
    public EmulatedSerialPlate boardId(long id) {
        this.boardId = id & 0xFFFF_FFFFL;
        return this;
    }

    /** Opens the path and starts the writer and command-reader threads. */
    public void start() {
        running = true;
        writer = new Thread(this::writeLoop, "emulated-plate-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Stops both threads and closes the path. */
    @Override
    public void close() {
        running = false;
        closeStreams();
        if (writer != null) {
            LockSupport.unpark(writer);
            try {
                writer.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Samples written since {@link #start()}, over all power-ons. */
    public long samplesWritten() {
        return samplesWritten;
    }

    /** How many times the emulated board powered on (answered its first request after the path opened). */
    public long powerOnCount() {
        return powerOnCount;
    }

    /**
     * Host time just before sample {@code index} of the current power-on was written, if recorded.
     * Read after the samples of interest were received.
     */
    public long writeTimeNanos(long index) {
        return writeTimesNanos[(int) index];
    }

    private void writeLoop() {
        while (running) {
            if (!openStreams()) {
                LockSupport.parkNanos(REOPEN_INTERVAL_NANOS);
                continue;
            }
            try {
                streamUntilFailure();
            } catch (IOException e) {
                // The pty went away: a board pulled from the USB socket. Try the path again.
                closeStreams();
            }
        }
    }

    private boolean openStreams() {
        if (!Files.exists(path)) {
            return false;
        }
        try {
            out = new FileOutputStream(path.toFile());
            in = new FileInputStream(path.toFile());
        } catch (IOException e) {
            closeStreams();
            return false;
        }
        poweredOn = false;
        reader = new Thread(this::readLoop, "emulated-plate-reader");
        reader.setDaemon(true);
        reader.start();
        return true;
    }

    private void streamUntilFailure() throws IOException {
        while (running && !poweredOn) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
            if (out == null) {
                throw new IOException("emulated plate: " + path + " closed");
            }
        }
        long startNanos = System.nanoTime();
        long index = 0;
        while (running && index < sampleLimit) {
            long periodNanos = 1_000_000_000L / rateHz;
            long due = startNanos + index * periodNanos;
            long wait;
            while (running && (wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            long now = System.nanoTime();
            long deviceMicros = deviceMicros(now, startNanos);
            int sequence = (int) ((initialSequence + index) & (FrameLayout.SEQUENCE_MODULUS - 1));
            cellSignal.fill(now, sequence, counts);
            int length = sampleEncoder.encodeSample(sequence, deviceMicros, counts[0], counts[1], counts[2],
                    counts[3], 0, sampleWire, 0);
            if (corruptedIndexes.contains(index)) {
                corrupt(sampleWire, length);
            }
            byte[] garbage = garbageBeforeIndex.get(index);
            if (writeTimesNanos != null && index < writeTimesNanos.length) {
                writeTimesNanos[(int) index] = now;
            }
            synchronized (writeLock) {
                OutputStream stream = requireOut();
                if (garbage != null) {
                    stream.write(garbage);
                }
                if (!droppedIndexes.contains(index)) {
                    stream.write(sampleWire, 0, length);
                    samplesWritten++;
                }
            }
            index++;
            nextIndex = index;
        }
        while (running) {
            requireOut();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private long deviceMicros(long nowNanos, long startNanos) {
        double elapsedMicros = (nowNanos - startNanos) / 1000.0 * (1 + clockDriftPpm * 1e-6);
        return (initialDeviceMicros + (long) elapsedMicros) & 0xFFFF_FFFFL;
    }

    private static void corrupt(byte[] wire, int length) {
        // Flip a bit in the middle of the frame; a flip that would create a 0x00 flips another bit instead.
        int at = length / 2;
        byte flipped = (byte) (wire[at] ^ 0x10);
        wire[at] = flipped != 0 ? flipped : (byte) (wire[at] ^ 0x20);
    }

    private void readLoop() {
        FrameDecoder decoder = new FrameDecoder();
        byte[] buffer = new byte[256];
        FrameHandler commands = new FrameHandler() {
            @Override
            public void onCommand(int type, int sequence, long argument) {
                answer(type, argument);
            }
        };
        InputStream stream = in;
        try {
            int n;
            while (running && stream != null && (n = stream.read(buffer)) >= 0) {
                decoder.feed(buffer, 0, n, commands);
            }
        } catch (IOException e) {
            // The pty went away; the writer notices on its next write and reopens. A newer pair of streams
            // (already reopened by the writer) is left alone.
            if (in == stream) {
                closeStreams();
            }
        }
    }

    private void answer(int type, long argument) {
        try {
            synchronized (writeLock) {
                OutputStream stream = requireOut();
                int sequence = (int) ((initialSequence + nextIndex) & (FrameLayout.SEQUENCE_MODULUS - 1));
                int length;
                if (type == FrameLayout.PING) {
                    length = replyEncoder.encodePong(sequence, argument, System.nanoTime() / 1000, replyWire, 0);
                } else {
                    if (type == FrameLayout.SET_RATE) {
                        rateHz = (int) Math.max(1, Math.min(1000, argument));
                    }
                    if (!poweredOn) {
                        // A board fresh out of reset ends any partial frame with a lone delimiter first.
                        stream.write(0);
                        nextIndex = 0;
                        sequence = initialSequence;
                    }
                    length = replyEncoder.encodeInfo(sequence, new DeviceInfo(FrameLayout.PROTOCOL_VERSION, 1, 0,
                            0, boardId, rateHz, 4), replyWire, 0);
                }
                stream.write(replyWire, 0, length);
                if (!poweredOn && type != FrameLayout.PING) {
                    powerOnCount++;
                    poweredOn = true;
                }
            }
        } catch (IOException e) {
            closeStreams();
        }
    }

    private OutputStream requireOut() throws IOException {
        OutputStream stream = out;
        if (stream == null) {
            throw new IOException("emulated plate: " + path + " closed");
        }
        return stream;
    }

    private void closeStreams() {
        OutputStream o = out;
        InputStream i = in;
        out = null;
        in = null;
        try {
            if (o != null) {
                o.close();
            }
            if (i != null) {
                i.close();
            }
        } catch (IOException e) {
            // Closing a pty whose other side is gone can fail; the streams are dropped either way.
            poweredOn = false;
        }
        poweredOn = false;
    }
}
