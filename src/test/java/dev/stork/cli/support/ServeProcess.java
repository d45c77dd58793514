package dev.stork.cli.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code stork serve} process (this test run's JVM and class path) on a free loopback port, started and
 * waited for until it prints its dashboard's address; stopped with SIGTERM as Ctrl-C or a service manager stops it.
 * Its standard error goes to a file.
 */
public final class ServeProcess implements AutoCloseable {
    private static final String DASHBOARD = "Stork dashboard: ";

    private final Process process;
    private final Path stderr;
    private final BufferedReader out;
    private final URI base;

    private ServeProcess(Process process, Path stderr) throws IOException {
        this.process = process;
        this.stderr = stderr;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        assertTrue(first != null && first.startsWith(DASHBOARD + "http://127.0.0.1:"),
                first + "\n" + Files.readString(stderr));
        this.base = URI.create(first.substring(DASHBOARD.length()));
    }

    /**
     * Starts {@code stork serve --port 0 ARGS...} and returns once it has printed its address.
     *
     * @param stderr where its standard error is written
     */
    public static ServeProcess start(Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.stork.app.Main", "serve", "--port",
                "0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        try {
            return new ServeProcess(process, stderr);
        } catch (IOException | RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The dashboard's address, ending in '/'. */
    public URI base() {
        return base;
    }

    /** The next line it printed after the address, or null at the end. */
    public String readLine() throws IOException {
        return out.readLine();
    }

    /** Sends SIGTERM and waits up to {@code timeout} for the process to exit; true when it has. */
    public boolean terminate(Duration timeout) throws InterruptedException {
        process.toHandle().destroy();
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** What it wrote to standard error so far. */
    public String stderr() throws IOException {
        return Files.readString(stderr);
    }

    /** Kills the process if it is still running. */
    @Override
    public void close() {
        process.destroyForcibly();
    }
}
