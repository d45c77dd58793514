package dev.stork.web;

import io.javalin.Javalin;
import io.javalin.config.Key;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

/**
 * The dashboard's web server, in the acquisition process: the page, the JSON API, the live stream and the access
 * check. {@link #start} returns once it listens; {@link #url()} is what to open (with the token when one is
 * needed). Every route is listed in {@link #routes}.
 */
public final class DashboardServer implements AutoCloseable {
    /** The session the handlers read and command. */
    static final Key<DashboardSession> SESSION = new Key<>("stork.session");
    /** The live broadcaster. */
    static final Key<LiveBroadcaster> LIVE = new Key<>("stork.live");
    /** The access token, absent on loopback without one. */
    static final Key<TokenCheck> TOKEN = new Key<>("stork.token");
    /** Header carrying the token; the query parameter {@value #TOKEN_PARAMETER} works too (EventSource). */
    public static final String TOKEN_HEADER = "X-Stork-Token";
    /** Query parameter carrying the token. */
    public static final String TOKEN_PARAMETER = "token";

    private final Javalin app;
    private final LiveBroadcaster live;
    private final String url;

    /** Holds the token (or none) for the access check. */
    record TokenCheck(AccessToken token) {
    }

    private DashboardServer(Javalin app, LiveBroadcaster live, String url) {
        this.app = app;
        this.live = live;
        this.url = url;
    }

    /**
     * Starts the dashboard for {@code session} and returns once it listens.
     *
     * @throws IllegalStateException when the address cannot be bound
     */
    public static DashboardServer start(DashboardConfig config, DashboardSession session) {
        return start(config, session, null);
    }

    /**
     * Starts the dashboard for {@code session} with the calibration wizard on {@code calibration} (null: the wizard
     * has no board) and returns once it listens.
     *
     * @throws IllegalStateException when the address cannot be bound
     */
    public static DashboardServer start(DashboardConfig config, DashboardSession session,
                                        CalibrationWizard calibration) {
        LiveBroadcaster live = new LiveBroadcaster(session);
        Javalin app = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            javalin.http.maxRequestSize = 4L * RequestBodies.MAX_BODY_BYTES;
            javalin.appData(SESSION, session);
            javalin.appData(LIVE, live);
            javalin.appData(TOKEN, new TokenCheck(config.token()));
            javalin.appData(CalibrationHandlers.WIZARD, new CalibrationHandlers.Slot(calibration));
            routes(javalin.routes);
        });
        app.start();
        live.start();
        return new DashboardServer(app, live, url(config, app.port()));
    }

    /** Every route of the dashboard. */
    static void routes(RoutesConfig routes) {
        routes.before("/api/*", DashboardServer::checkToken);
        routes.before("/live", DashboardServer::checkToken);
        routes.get("/", Assets::index);
        routes.get("/assets/{name}", Assets::asset);
        routes.get("/api/status", ApiHandlers::status);
        routes.get("/api/session", ApiHandlers::sessionView);
        routes.post("/api/session/start", ApiHandlers::start);
        routes.post("/api/session/pause", ApiHandlers::pause);
        routes.post("/api/session/resume", ApiHandlers::resume);
        routes.post("/api/session/skip", ApiHandlers::skip);
        routes.post("/api/session/stop", ApiHandlers::stop);
        routes.post("/api/session/report", ApiHandlers::report);
        routes.get("/api/history", ApiHandlers::history);
        routes.get("/api/export", ApiHandlers::export);
        routes.sse("/live", DashboardServer::liveClient);
        CalibrationHandlers.routes(routes);
        PlanHandlers.routes(routes);
        routes.exception(BadRequest.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> fail(ctx, 400, e.getMessage()));
        routes.exception(IllegalStateException.class, (e, ctx) -> fail(ctx, 409, e.getMessage()));
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                fail(ctx, 404, "no such page: " + ctx.path());
            }
        });
    }

    private static void fail(Context ctx, int status, String reason) {
        ctx.status(status).contentType("application/json").result(DashboardJson.write(DashboardJson.error(
                reason == null ? "bad request" : reason)));
    }

    /** Refuses API and live requests without the token (when one is set) with 401. */
    static void checkToken(Context ctx) {
        AccessToken token = ctx.appData(TOKEN).token();
        if (token == null) {
            return;
        }
        String presented = ctx.header(TOKEN_HEADER);
        if (presented == null) {
            presented = ctx.queryParam(TOKEN_PARAMETER);
        }
        if (!token.matches(presented)) {
            ctx.header("Cache-Control", "no-store");
            throw new io.javalin.http.UnauthorizedResponse(DashboardJson.write(DashboardJson.error(
                    "missing or wrong access token: open the URL Stork printed")));
        }
    }

    private static void liveClient(io.javalin.http.sse.SseClient client) {
        client.ctx().appData(LIVE).add(client);
    }

    private static String url(DashboardConfig config, int port) {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = lanAddress();
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        String base = "http://" + host + ":" + port + "/";
        return config.token() == null ? base : base + "?" + TOKEN_PARAMETER + "=" + config.token().value();
    }

    /** This machine's first site-local IPv4 address, for a URL another device can open; else its host name. */
    private static String lanAddress() {
        try {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof Inet4Address && address.isSiteLocalAddress()) {
                        return address.getHostAddress();
                    }
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (SocketException | java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    /** What to open in a browser, with {@code ?token=} when a token is needed. */
    public String url() {
        return url;
    }

    /** The port listened on. */
    public int port() {
        return app.port();
    }

    /** Live clients connected now. */
    public int liveClients() {
        return live.clientCount();
    }

    /** Frames a busy live client skipped since the start. */
    public long liveFramesSkipped() {
        return live.framesSkipped();
    }

    /** Frames built since the start (one per period while clients are connected). */
    public long liveFramesBuilt() {
        return live.framesBuilt();
    }

    /** Stops the live stream and the server. */
    @Override
    public void close() {
        live.close();
        app.stop();
    }
}
