package dev.stork.web;

import io.javalin.http.sse.SseClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Pushes the session's state to every live client about 30 times a second. Its own timer thread reads the latest
 * snapshot (the acquisition thread never waits for it), writes one JSON frame and hands it to a small pool of
 * sender threads. A client still busy with its previous frame skips this one; a client that skipped
 * {@value #MAX_SKIPPED_IN_A_ROW} frames in a row (about 3 s) is dropped.
 */
final class LiveBroadcaster implements AutoCloseable {
    /** Period between frames, ms (about 30 per second). */
    static final long PERIOD_MS = 33;
    static final int MAX_SKIPPED_IN_A_ROW = 90;
    private static final int SENDER_THREADS = 4;

    private final DashboardSession session;
    private final Map<SseClient, ClientState> clients = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer;
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
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "stork-live"));
        this.senders = Executors.newFixedThreadPool(SENDER_THREADS, r -> daemon(r, "stork-live-send"));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    void start() {
        timer.scheduleAtFixedRate(this::tick, 0, PERIOD_MS, TimeUnit.MILLISECONDS);
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
        timer.shutdownNow();
        for (SseClient client : clients.keySet()) {
            drop(client);
        }
        senders.shutdownNow();
    }
}
