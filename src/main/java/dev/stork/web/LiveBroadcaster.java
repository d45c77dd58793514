package dev.stork.web;

import io.javalin.http.sse.SseClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes the session's state to every live client about 30 times a second. Its own thread builds a frame as soon as
 * the session says it has published new live state ({@link DashboardSession#onUpdate}), so a sample reaches the
 * browser with no timer of this class in between, and at least every {@value #IDLE_PERIOD_MS} ms when nothing
 * is published (rests, an idle board). The acquisition thread only releases a permit and never waits for it. Each
 * frame is one JSON text handed to a small pool of sender threads. A client still busy with its previous frame
 * skips this one; a client that skipped {@value #MAX_SKIPPED_IN_A_ROW} frames in a row (about 3 s) is dropped.
 */
final class LiveBroadcaster implements AutoCloseable {
    /**
     * Longest time between frames, ms, when the session publishes nothing (a rest, an idle board). Longer than
     * the session's period of publication while samples flow (33 ms), so that a publication a little late is waited
     * for rather than raced by a stale frame.
     */
    static final long IDLE_PERIOD_MS = 50;
    /** Shortest time between frames, ms: a burst of publications is sent as one frame. */
    static final long MIN_PERIOD_MS = 10;
    static final int MAX_SKIPPED_IN_A_ROW = 90;
    private static final int SENDER_THREADS = 4;

    private final DashboardSession session;
    private final Map<SseClient, ClientState> clients = new ConcurrentHashMap<>();
    private final Thread framer;
    /** Released by the session on each publication; the framer waits on it. */
    private final Semaphore published = new Semaphore(0);
    private volatile boolean running = true;
    private final ExecutorService senders;
    private final AtomicLong framesSkipped = new AtomicLong();
    private final AtomicLong clientsDropped = new AtomicLong();
    private final AtomicLong framesBuilt = new AtomicLong();

    private static final class ClientState {
        final AtomicBoolean busy = new AtomicBoolean();
        int skippedInARow;
    }

    LiveBroadcaster(DashboardSession session) {
        this.session = session;
        this.framer = daemon(this::frameLoop, "stork-live");
        this.senders = Executors.newFixedThreadPool(SENDER_THREADS, r -> daemon(r, "stork-live-send"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    void start() {
        session.onUpdate(published::release);
        framer.start();
    }

    /** The framer thread: a frame on each publication (at most one per {@value #MIN_PERIOD_MS} ms), or on time. */
    private void frameLoop() {
        long lastFrameNanos = System.nanoTime();
        try {
            while (running) {
                long sinceLast = System.nanoTime() - lastFrameNanos;
                long waitNanos = TimeUnit.MILLISECONDS.toNanos(IDLE_PERIOD_MS) - sinceLast;
                if (waitNanos > 0 && published.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
                    long early = TimeUnit.MILLISECONDS.toNanos(MIN_PERIOD_MS) - (System.nanoTime() - lastFrameNanos);
                    if (early > 0) {
                        TimeUnit.NANOSECONDS.sleep(early);
                    }
                }
                published.drainPermits();
                lastFrameNanos = System.nanoTime();
                tick();
            }
        } catch (InterruptedException e) {
            // Closed: the server is stopping.
            Thread.currentThread().interrupt();
        }
    }

    /** A new live client (request thread): keeps its connection open until it or the server closes. */
    void add(SseClient client) {
        clients.put(client, new ClientState());
        client.onClose(() -> clients.remove(client));
        client.keepAlive();
    }

    int clientCount() {
        return clients.size();
    }

    long framesSkipped() {
        return framesSkipped.get();
    }

    long framesBuilt() {
        return framesBuilt.get();
    }

    long clientsDropped() {
        return clientsDropped.get();
    }

    /** One frame: the session and source now, as JSON. */
    String frame() {
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("session", DashboardJson.session(session.view()));
        frame.put("status", DashboardJson.status(session.status()));
        return DashboardJson.write(frame);
    }

    private void tick() {
        if (clients.isEmpty()) {
            return;
        }
        String frame;
        try {
            frame = frame();
            framesBuilt.incrementAndGet();
        } catch (RuntimeException e) {
            System.err.println("stork dashboard: cannot build a live frame: " + e);
            return;
        }
        for (Map.Entry<SseClient, ClientState> entry : clients.entrySet()) {
            SseClient client = entry.getKey();
            ClientState state = entry.getValue();
            if (!state.busy.compareAndSet(false, true)) {
                framesSkipped.incrementAndGet();
                if (++state.skippedInARow >= MAX_SKIPPED_IN_A_ROW) {
                    drop(client);
                }
                continue;
            }
            state.skippedInARow = 0;
            senders.execute(() -> send(client, state, frame));
        }
    }

    private void send(SseClient client, ClientState state, String frame) {
        try {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("state", frame);
            }
        } catch (RuntimeException e) {
            drop(client);
        } finally {
            state.busy.set(false);
        }
    }

    private void drop(SseClient client) {
        if (clients.remove(client) != null) {
            clientsDropped.incrementAndGet();
            try {
                client.close();
            } catch (RuntimeException e) {
                System.err.println("stork dashboard: closing a slow live client failed: " + e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        session.onUpdate(() -> { });
        framer.interrupt();
        for (SseClient client : clients.keySet()) {
            drop(client);
        }
        senders.shutdownNow();
    }
}
