package dev.stork.sensor.serial;

/**
 * Maps the device's 32-bit microsecond clock onto the host's monotonic nanosecond clock.
 *
 * <p>Method. The device clock is first unwrapped: consecutive timestamps differ by their signed 32-bit difference,
 * so the 71.6-minute wrap is invisible. For each frame, {@code arrival − device} is the true clock offset plus a
 * transport delay that is never negative; its lower envelope is therefore the best estimate of the offset, and
 * the envelope's slope is the drift between the two crystals (typically tens to hundreds of ppm). The mapper keeps
 * the minimum of {@code arrival − device} per {@link #WINDOW_NANOS} of device time, fits a least-squares slope
 * through the last {@link #WINDOWS} window minima (8 s), and lays the line with that slope under all of them.
 * Until two windows have closed, the offset is the running minimum with no drift. A frame that arrives earlier
 * than the line allows (impossible for the true offset) lowers the line at once. The mapped time is the device
 * time plus the line, kept strictly increasing and never later than the frame's arrival. What remains is the
 * constant part of the transport delay, which no one-way method can see.
 *
 * <p>One thread only; allocates nothing after construction.
 */
public final class DeviceClockMapper {

    /** Length of one minimum-tracking window, in device nanoseconds. */
    public static final long WINDOW_NANOS = 500_000_000L;
    /** Number of window minima the drift fit uses. */
    public static final int WINDOWS = 16;

    private final long[] windowTimeNanos = new long[WINDOWS];
    private final long[] windowOffsetNanos = new long[WINDOWS];
    private int windowCount;
    private int windowNext;

    private boolean started;
    private long lastRawMicros;
    private long deviceMicros;
    private boolean anyMapped;
    private long lastMappedNanos;

    private boolean windowOpen;
    private long currentWindowStart;
    private long currentMinOffset;
    private long currentMinTime;

    private boolean lineKnown;
    private long lineTimeNanos;
    private long lineOffsetNanos;
    private double slope;

    /**
     * Maps one frame's timestamp.
     *
     * @param rawDeviceMicros the frame's 32-bit device time in microseconds
     * @param arrivalNanos    host monotonic time when the frame's bytes were read
     * @return the sample time in host monotonic nanoseconds
     */
    public long toHostNanos(long rawDeviceMicros, long arrivalNanos) {
        if (!started) {
            started = true;
            deviceMicros = 0;
            lastRawMicros = rawDeviceMicros;
        } else {
            deviceMicros += (int) (rawDeviceMicros - lastRawMicros);
            lastRawMicros = rawDeviceMicros;
        }
        long deviceNanos = deviceMicros * 1000L;
        long offset = arrivalNanos - deviceNanos;
        trackWindow(deviceNanos, offset);

        if (!lineKnown) {
            lineKnown = true;
            lineTimeNanos = deviceNanos;
            lineOffsetNanos = offset;
        }
        long predicted = lineOffsetNanos + Math.round(slope * (deviceNanos - lineTimeNanos));
        if (offset < predicted) {
            // Arrived earlier than the line allows: the line is too high, lower it through this frame.
            lineTimeNanos = deviceNanos;
            lineOffsetNanos = offset;
            predicted = offset;
        }
        long mapped = deviceNanos + predicted;
        if (mapped > arrivalNanos) {
            mapped = arrivalNanos;
        }
        if (anyMapped && mapped <= lastMappedNanos) {
            mapped = lastMappedNanos + 1;
        }
        anyMapped = true;
        lastMappedNanos = mapped;
        return mapped;
    }

    private void trackWindow(long deviceNanos, long offset) {
        if (!windowOpen) {
            windowOpen = true;
            startWindow(deviceNanos, offset);
            return;
        }
        if (deviceNanos - currentWindowStart >= WINDOW_NANOS) {
            closeWindow();
            startWindow(deviceNanos, offset);
            return;
        }
        if (offset < currentMinOffset) {
            currentMinOffset = offset;
            currentMinTime = deviceNanos;
        }
    }

    private void startWindow(long deviceNanos, long offset) {
        currentWindowStart = deviceNanos;
        currentMinOffset = offset;
        currentMinTime = deviceNanos;
    }

    private void closeWindow() {
        windowTimeNanos[windowNext] = currentMinTime;
        windowOffsetNanos[windowNext] = currentMinOffset;
        windowNext = (windowNext + 1) % WINDOWS;
        if (windowCount < WINDOWS) {
            windowCount++;
        }
        if (windowCount >= 2) {
            refit();
        }
    }

    private void refit() {
        // Least-squares slope through the window minima, relative to the newest one for precision.
        int newest = (windowNext + WINDOWS - 1) % WINDOWS;
        long t0 = windowTimeNanos[newest];
        long d0 = windowOffsetNanos[newest];
        double sumT = 0;
        double sumD = 0;
        for (int i = 0; i < windowCount; i++) {
            sumT += windowTimeNanos[i] - t0;
            sumD += windowOffsetNanos[i] - d0;
        }
        double meanT = sumT / windowCount;
        double meanD = sumD / windowCount;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < windowCount; i++) {
            double t = windowTimeNanos[i] - t0 - meanT;
            covariance += t * (windowOffsetNanos[i] - d0 - meanD);
            variance += t * t;
        }
        slope = variance > 0 ? covariance / variance : 0;
        // Lay the line under every minimum: its offset at t0 is the smallest residual.
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < windowCount; i++) {
            long atT0 = windowOffsetNanos[i] - Math.round(slope * (windowTimeNanos[i] - t0));
            if (atT0 < lowest) {
                lowest = atT0;
            }
        }
        lineTimeNanos = t0;
        lineOffsetNanos = lowest;
    }

    /** Estimated drift of the device clock against the host clock, in parts per million (host faster is positive). */
    public double driftPpm() {
        return slope * 1e6;
    }

    /**
     * Forgets the device clock: the device restarted and its clock with it. Mapped times stay increasing across a
     * reset.
     */
    public void reset() {
        started = false;
        windowCount = 0;
        windowNext = 0;
        windowOpen = false;
        lineKnown = false;
        slope = 0;
    }
}
