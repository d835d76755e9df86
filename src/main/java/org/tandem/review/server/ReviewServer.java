package org.tandem.review.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import org.tandem.input.BadInputException;
import org.tandem.flag.FlagKind;
import org.tandem.review.project.InvalidActionException;
import org.tandem.review.project.ProjectEvent;
import org.tandem.review.project.ReviewProject;
import org.tandem.review.project.StaleVersionException;
import org.tandem.review.project.UnknownBeadException;
import org.tandem.write.FlagVerdict;
import org.tandem.write.OutputFormat;
import org.tandem.write.Review;
import org.tandem.write.ReviewStatus;

/**
 * The review workbench's web server: the page, its script and style, and the JSON API over a
 * {@link ReviewProject}. It listens on 127.0.0.1 only, and every page and API request must carry the
 * token made when it started ({@code X-Tandem-Token} header or {@code token} query parameter). It sends
 * no CORS headers, refuses requests addressed to any other host name (DNS rebinding), and every
 * response carries a Content-Security-Policy that allows only its own script and style files.
 */
public final class ReviewServer implements AutoCloseable {
    /** The header that carries the token. */
    public static final String TOKEN_HEADER = "X-Tandem-Token";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final int MAX_PAGE = 100_000;
    /** Path, content type and class-path resource of the files the page loads; report.css gives it the report's look. */
    private static final Map<String, String[]> ASSETS = Map.of(
            "/static/workbench.js", new String[] {"text/javascript; charset=utf-8", "workbench.js"},
            "/static/workbench.css", new String[] {"text/css; charset=utf-8", "workbench.css"},
            "/static/report.css", new String[] {"text/css; charset=utf-8", "/org/tandem/review/report.css"});

    private final ReviewProject project;
    private final ReviewProject.GapAligner aligner;
    private final String toolVersion;
    private final String token;
    private final ObjectMapper json = new ObjectMapper();
    private final ApiJson api;
    private final Javalin app;
    private Set<String> hosts;

    private ReviewServer(ReviewProject project, ReviewProject.GapAligner aligner, String toolVersion) {
        this.project = project;
        this.aligner = aligner;
        this.toolVersion = toolVersion;
        this.token = newToken();
        this.api = new ApiJson(json, project);
        this.app = Javalin.create(this::configure);
    }

    /**
     * Starts serving {@code project} on 127.0.0.1.
     *
     * @param port    the port, or 0 for any free one
     * @param aligner what realigning the stretches between confirmed beads runs
     */
    public static ReviewServer start(ReviewProject project, int port, ReviewProject.GapAligner aligner,
                                     String toolVersion) {
        ReviewServer server = new ReviewServer(project, aligner, toolVersion);
        try {
            server.app.start("127.0.0.1", port);
        } catch (RuntimeException e) {
            throw new BadInputException("cannot listen on 127.0.0.1:" + port + ": " + rootMessage(e), e);
        }
        int actual = server.app.port();
        server.hosts = Set.of("127.0.0.1:" + actual, "localhost:" + actual);
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The secret every request must carry. */
    public String token() {
        return token;
    }

    /** The address to open in a browser, token included. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/?token=" + token;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = 1_000_000L;
        var routes = config.routes;
        routes.before(this::guard);
        routes.get("/", ctx -> asset(ctx, "workbench.html", "text/html; charset=utf-8"));
        for (Map.Entry<String, String[]> asset : ASSETS.entrySet()) {
            routes.get(asset.getKey(), ctx -> asset(ctx, asset.getValue()[1], asset.getValue()[0]));
        }
        routes.get("/api/beads", this::listBeads);
        routes.get("/api/beads/{id}", ctx -> {
            long id = id(ctx);
            send(ctx, 200, api.bead(project.bead(id), project.number(id)));
        });
        routes.get("/api/events", ctx -> send(ctx, 200, api.events()));
        routes.get("/api/export", this::export);
        routes.post("/api/beads/{id}/status", ctx -> {
            RequestBody body = body(ctx);
            ReviewStatus status = parse(() -> ReviewStatus.fromLabel(body.requiredText("status")));
            change(ctx, project.setStatus(id(ctx), body.requiredLong("version"), status, body.optionalText("note")));
        });
        routes.post("/api/beads/{id}/flags/{flag}", ctx -> {
            RequestBody body = body(ctx);
            FlagVerdict verdict = parse(() -> FlagVerdict.fromLabel(body.requiredText("verdict")));
            change(ctx, project.decideFlag(id(ctx), body.requiredLong("version"), intParam(ctx, "flag"), verdict,
                    body.optionalText("note")));
        });
        routes.post("/api/beads/{id}/merge-next", ctx -> {
            RequestBody body = body(ctx);
            change(ctx, project.mergeNext(id(ctx), body.requiredLong("version"), body.optionalLong("next_version")));
        });
        routes.post("/api/beads/{id}/merge-previous", ctx -> {
            RequestBody body = body(ctx);
            change(ctx, project.mergePrevious(id(ctx), body.requiredLong("version"),
                    body.optionalLong("previous_version")));
        });
        routes.post("/api/beads/{id}/split", ctx -> {
            RequestBody body = body(ctx);
            change(ctx, project.split(id(ctx), body.requiredLong("version"), body.requiredInt("source_at"),
                    body.requiredInt("target_at")));
        });
        routes.post("/api/beads/{id}/move", ctx -> {
            RequestBody body = body(ctx);
            ReviewProject.Side side = switch (body.requiredText("side")) {
                case "source" -> ReviewProject.Side.SOURCE;
                case "target" -> ReviewProject.Side.TARGET;
                default -> throw new ApiException(400, "'side' must be source or target");
            };
            boolean next = switch (body.requiredText("to")) {
                case "next" -> true;
                case "previous" -> false;
                default -> throw new ApiException(400, "'to' must be next or previous");
            };
            change(ctx, project.move(id(ctx), body.requiredLong("version"), side, next));
        });
        routes.post("/api/beads/{id}/mark", ctx -> {
            RequestBody body = body(ctx);
            FlagKind kind = switch (body.requiredText("as")) {
                case "omission" -> FlagKind.OMISSION;
                case "addition" -> FlagKind.ADDITION;
                default -> throw new ApiException(400, "'as' must be omission or addition");
            };
            change(ctx, project.mark(id(ctx), body.requiredLong("version"), kind));
        });
        routes.put("/api/beads/{id}/target", ctx -> {
            RequestBody body = body(ctx);
            change(ctx, project.editTarget(id(ctx), body.requiredLong("version"), body.requiredText("text")));
        });
        routes.post("/api/undo", ctx -> change(ctx, project.undo()));
        routes.post("/api/redo", ctx -> change(ctx, project.redo()));
        routes.post("/api/realign", ctx -> change(ctx, project.realign(aligner)));

        routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        routes.exception(UnknownBeadException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        routes.exception(StaleVersionException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
        routes.exception(InvalidActionException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(BadInputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + rootMessage(e)));
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> error(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    }

    /** Runs before every request: security headers, the host check and the token check. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        String host = ctx.header("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new ApiException(403, "requests must be addressed to 127.0.0.1:" + port());
        }
        if (ASSETS.containsKey(ctx.path())) {
            return; // the script and style hold no data; the browser loads them without the page's query
        }
        String given = ctx.header(TOKEN_HEADER);
        if (given == null) {
            given = ctx.queryParam("token");
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(401, "a valid token is required (header " + TOKEN_HEADER + " or query parameter token)");
        }
    }

    private void listBeads(Context ctx) {
        int offset = queryInt(ctx, "offset", 0);
        int limit = queryInt(ctx, "limit", MAX_PAGE);
        send(ctx, 200, api.beads(offset, limit));
    }

    private void export(Context ctx) throws IOException {
        String formatName = ctx.queryParam("format");
        if (formatName == null) {
            throw new ApiException(400, "'format' is required: tmx, xliff, csv or jsonl");
        }
        OutputFormat format = parse(() -> OutputFormat.parse(formatName));
        String scopeName = ctx.queryParam("scope") == null ? "decided" : ctx.queryParam("scope");
        Review.Scope scope = switch (scopeName) {
            case "decided" -> Review.Scope.DECIDED;
            case "confirmed" -> Review.Scope.ONLY_CONFIRMED;
            case "all" -> Review.Scope.ALL;
            default -> throw new ApiException(400, "'scope' must be decided, confirmed or all");
        };
        if (format == OutputFormat.HTML || format == OutputFormat.BEADS) {
            throw new ApiException(400, "a review exports tmx, xliff, csv or jsonl, not " + formatName);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        project.export(format, scope, toolVersion, out);
        ctx.status(200);
        ctx.contentType(switch (format) {
            case TMX -> "application/x-tmx+xml; charset=utf-8";
            case XLIFF -> "application/xliff+xml; charset=utf-8";
            case CSV -> "text/csv; charset=utf-8";
            default -> "application/jsonl; charset=utf-8";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"" + project.name().replaceAll("[^\\w.-]", "_")
                + "." + format.extension() + "\"");
        ctx.result(out.toByteArray());
    }

    private void change(Context ctx, ProjectEvent event) {
        send(ctx, 200, api.change(event));
    }

    private RequestBody body(Context ctx) {
        return RequestBody.parse(json, ctx.body());
    }

    private void send(Context ctx, int status, Object node) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(json.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void error(Context ctx, int status, String message) {
        String line = message == null ? "error" : message.lines().findFirst().orElse(message);
        send(ctx, status, json.createObjectNode().put("error", line));
    }

    private void asset(Context ctx, String resource, String contentType) throws IOException {
        try (InputStream in = ReviewServer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ApiException(500, "the workbench file " + resource + " is missing from the jar");
            }
            ctx.status(200).contentType(contentType).result(in.readAllBytes());
        }
    }

    private static long id(Context ctx) {
        String text = ctx.pathParam("id");
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, "bead id '" + text + "' is not a number");
        }
    }

    private static int intParam(Context ctx, String name) {
        String text = ctx.pathParam(name);
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new ApiException(400, name + " '" + text + "' is not a number");
        }
    }

    private static int queryInt(Context ctx, String name, int fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ApiException(400, "'" + name + "' must be a whole number from 0");
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
