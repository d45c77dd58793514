package dev.stork.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The page's files, served from the jar's {@code dev/stork/web/public/} only and only by their known names: no
 * path from the request ever reaches a file system or resource lookup, so nothing outside can be read.
 */
final class Assets {
    private static final String ROOT = "/dev/stork/web/public/";
    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "icon.svg", "image/svg+xml",
            "calibration.js", "text/javascript; charset=utf-8",
            "calibration.css", "text/css; charset=utf-8",
            "plan.js", "text/javascript; charset=utf-8",
            "plan.css", "text/css; charset=utf-8");

    private Assets() {
    }

    /** {@code GET /}: the page. */
    static void index(Context ctx) {
        serve(ctx, "index.html");
    }

    /** {@code GET /assets/{name}}: a known file, else 404. */
    static void asset(Context ctx) {
        serve(ctx, ctx.pathParam("name"));
    }

    private static void serve(Context ctx, String name) {
        String type = TYPES.get(name);
        if (type == null) {
            ctx.status(404).contentType("application/json").result(DashboardJson.write(DashboardJson.error(
                    "no such file")));
            return;
        }
        try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + ROOT + name);
            }
            ctx.header("Cache-Control", "no-cache").header("X-Content-Type-Options", "nosniff")
                    .contentType(type).result(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + ROOT + name + ": " + e.getMessage(), e);
        }
    }
}
