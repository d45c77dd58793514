package dev.stork.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the dashboard listens and who may use it.
 *
 * @param host  address to bind, e.g. {@code 127.0.0.1} (default) or {@code 0.0.0.0} for the LAN
 * @param port  TCP port; 0 picks a free one
 * @param token the access token every API and live request must carry; required when {@code host} is not a
 *              loopback address, optional (null) on loopback
 */
public record DashboardConfig(String host, int port, AccessToken token) {
    /** Default address: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** Default port. */
    public static final int DEFAULT_PORT = 8080;

    /** Checks the port and that a LAN binding has a token. */
    public DashboardConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("--host must name an address, e.g. 127.0.0.1 or 0.0.0.0");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0..65535, got " + port);
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("listening on " + host + " needs an access token");
        }
    }

    /** Whether {@code host} names this machine only (127.0.0.0/8, ::1, localhost). */
    public static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host '" + host + "' is not a known address: " + e.getMessage(), e);
        }
    }
}
