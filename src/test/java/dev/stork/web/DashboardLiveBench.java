package dev.stork.web;

import dev.stork.sensor.sim.Pacing;
import dev.stork.sensor.sim.PersonModel;
import dev.stork.session.SessionClock;
import dev.stork.session.SimulatedTrialBoard;
import dev.stork.training.ExerciseCatalogue;
import dev.stork.training.Plan;
import dev.stork.web.support.RunningDashboard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures, does not assert: the live stream of a session run by the shared session runner over a real-time
 * simulated plate at 1000 Hz. Acquisition rate with 0
 * and with 10 SSE clients, frames per second each client receives, and sample-to-client latency (from the sample's
 * timestamp, on the same monotonic clock, to the frame's arrival at a {@code java.net.http} client in the same
 * process; a browser adds its own parsing and painting). Excluded from {@code mvn verify}; run with
 * {@code mvn test -DexcludedTestGroups=hardware -Dtest=DashboardLiveBench}. Writes
 * {@code target/bench/dashboard-live.txt}.
 */
@Tag("bench")
class DashboardLiveBench {
    private static final double RATE_HZ = 1000;
    private static final long WARM_UP_MS = 1000;
    private static final long WINDOW_MS = 4000;
    private static final int CLIENTS = 10;
    private static final Pattern SAMPLE_NANOS = Pattern.compile("\"sampleNanos\":(\\d+)");

    @TempDir
    Path data;

    @Test
    void acquisitionRateAndLatencyWithZeroAndTenClients() throws Exception {
        StringBuilder report = new StringBuilder();
        // The stance test's 45 s target and a person who holds 60 s: one trial outlasts both measurements.
        try (RunningDashboard dashboard = new RunningDashboard(data, "127.0.0.1", false,
                Plan.starting(ExerciseCatalogue.standard(), "stance-test"), new SimulatedTrialBoard(
                PersonModel.typicalAdult(), RATE_HZ, 7, Pacing.REAL_TIME, System::nanoTime, k -> 60),
                SessionClock.system())) {
            dashboard.session.start();
            // The session thread opens the session in the store before the board: wait for the first samples.
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (dashboard.session.status().samples() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            double alone = measureRate(dashboard, new AtomicBoolean());
            report.append(String.format(Locale.ROOT, "acquisition, 0 clients: %.1f samples/s (nominal %.0f)%n",
                    alone, RATE_HZ));

            List<Long> latencies = new ArrayList<>();
            long[] frames = new long[CLIENTS];
            AtomicBoolean recording = new AtomicBoolean();
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<Stream<String>>>> streams = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                streams.add(http.sendAsync(HttpRequest.newBuilder(URI.create(dashboard.base() + "live"))
                                .header("Accept", "text/event-stream").build(),
                        HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
                            Thread reader = new Thread(() -> response.body().forEach(line -> {
                                long now = System.nanoTime();
                                Matcher m = SAMPLE_NANOS.matcher(line);
                                if (recording.get() && line.startsWith("data:") && m.find()) {
                                    synchronized (latencies) {
                                        latencies.add(now - Long.parseLong(m.group(1)));
                                        frames[client]++;
                                    }
                                }
                            }), "bench-client-" + client);
                            reader.setDaemon(true);
                            reader.start();
                            return response;
                        }));
            }
            for (CompletableFuture<HttpResponse<Stream<String>>> stream : streams) {
                stream.get();
            }
            long built0 = dashboard.server.liveFramesBuilt();
            long skipped0 = dashboard.server.liveFramesSkipped();
            long start = System.nanoTime();
            double withClients = measureRate(dashboard, recording);
            double seconds = (System.nanoTime() - start) * 1e-9;
            long built = dashboard.server.liveFramesBuilt() - built0;
            long skipped = dashboard.server.liveFramesSkipped() - skipped0;
            long[] sorted;
            synchronized (latencies) {
                sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            report.append(String.format(Locale.ROOT, "acquisition, %d clients: %.1f samples/s%n", CLIENTS,
                    withClients));
            report.append(String.format(Locale.ROOT, "frames built per second: %.1f; frames skipped by busy "
                    + "clients: %d%n", built / seconds, skipped));
            report.append(String.format(Locale.ROOT, "frames received per client per second: %s%n",
                    Arrays.toString(Arrays.stream(frames).mapToObj(f -> String.format(Locale.ROOT, "%.1f",
                            f * 1000.0 / WINDOW_MS)).toArray())));
            report.append(String.format(Locale.ROOT, "sample-to-client latency over %d frames: p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms%n", sorted.length, percentile(sorted, 0.50) / 1e6,
                    percentile(sorted, 0.99) / 1e6, sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6));
            report.append(String.format(Locale.ROOT, "live clients connected at the end: %d%n",
                    dashboard.server.liveClients()));
            report.append(String.format(Locale.ROOT, "still in trial 1 at the end: %s%n",
                    dashboard.session.view().phase()));
        }
        System.out.print(report);
        Path out = Path.of("target", "bench", "dashboard-live.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * Counts the samples delivered over a window after a warm-up; samples per second. {@code window} is true
     * during the window.
     */
    private static double measureRate(RunningDashboard dashboard, AtomicBoolean window) throws InterruptedException {
        Thread.sleep(WARM_UP_MS);
        window.set(true);
        long samples0 = dashboard.session.status().samples();
        long t0 = System.nanoTime();
        Thread.sleep(WINDOW_MS);
        long samples1 = dashboard.session.status().samples();
        long t1 = System.nanoTime();
        window.set(false);
        return (samples1 - samples0) * 1e9 / (t1 - t0);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))];
    }
}
