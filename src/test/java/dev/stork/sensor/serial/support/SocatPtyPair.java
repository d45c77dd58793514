package dev.stork.sensor.serial.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A pair of connected pseudo-terminals made by socat, with stable links {@code plate} and {@code host} in a temporary
 * directory: what one end writes, the other reads, like the two ends of a USB serial cable. {@link #kill()} tears
 * the pair down as an unplugged cable would; {@link #start()} brings it back on the same link paths.
 */
public final class SocatPtyPair implements AutoCloseable {

    private final Path directory;
    private final Path plate;
    private final Path host;
    private final Path log;
    private Process socat;

    /** A pair under a fresh temporary directory; call {@link #start()}. */
    public SocatPtyPair() throws IOException {
        requireSocat();
        directory = Files.createTempDirectory("stork-pty-");
        plate = directory.resolve("plate");
        host = directory.resolve("host");
        log = directory.resolve("socat.log");
    }

    /** Fails with a message saying how to get socat when it is not installed. */
    public static void requireSocat() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, "socat"))) {
                return;
            }
        }
        throw new IllegalStateException("socat is not installed: the serial tests need it to make pseudo-terminal "
                + "pairs. Run scripts/test, which installs it (apt-get install socat).");
    }

    /** The end the emulated plate writes to. */
    public Path plate() {
        return plate;
    }

    /** The end the host (SerialPlateSource) reads. */
    public Path host() {
        return host;
    }

    /** Starts socat and waits until both links exist. */
    public void start() throws IOException, InterruptedException {
        socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + plate,
                "pty,raw,echo=0,link=" + host)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(plate) && Files.exists(host))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("socat did not create " + plate + " and " + host + ": "
                        + Files.readString(log));
            }
            // Waiting for another process to create its links: polling is the only way to see them.
            Thread.sleep(10);
        }
    }

    /** Kills socat, as when the cable is pulled; both links disappear. */
    public void kill() throws InterruptedException {
        if (socat != null) {
            socat.destroy();
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor();
            }
            socat = null;
        }
    }

    /** Kills socat and deletes the temporary directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        kill();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
