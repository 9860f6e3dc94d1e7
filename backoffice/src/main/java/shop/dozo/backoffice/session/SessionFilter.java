package shop.dozo.backoffice.session;

import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import shop.dozo.backoffice.web.Frames;
import shop.dozo.backoffice.web.ResumeForm;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.security.SameOrigin;

/**
 * Every screen but sign-in needs a live session: one whose token has not expired and that was used within the idle
 * timeout. A page visit without one goes to sign-in and comes back; a form sent after the session ended is kept
 * (from this app's own pages only) and offered again after signing in, so nothing typed is lost. The owner's
 * screens answer 403 to anyone else, whatever the menu shows.
 */
public class SessionFilter {
    /** Screens only the owner may open (the services refuse their APIs to staff too). */
    static final List<String> OWNER_ONLY = List.of("/accounts", "/settings");
    /** Marks a request whose session ended, for {@link CsrfFilter}. */
    private static final String ENDED = "dozo.session-ended";
    /** A token this close to its expiry is not used for a new request: it could expire on the way. */
    private static final long TOKEN_MARGIN_SECONDS = 60;

    @Inject
    SessionCookie cookie;

    @Inject
    CurrentStaff staff;

    @Inject
    BackofficeConfig config;

    @Inject
    Frames frames;

    Clock clock = Clock.systemUTC();

    /** Before matching, so a path that does not exist tells nothing to someone who is not signed in. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION, preMatching = true)
    public Optional<Response> requireSession(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        String path = routing.normalizedPath();
        Instant now = clock.instant();
        Optional<StaffSession> session = cookie.read(routing).filter(live -> isLive(live, now));
        if (isPublic(path)) {
            session.ifPresent(staff::set);
            return Optional.empty();
        }
        if (session.isEmpty()) {
            // A form post whose session ended goes on to keepEndedForm; anything else goes to sign in.
            boolean hadOne = routing.request().getCookie(SessionCookie.NAME) != null;
            cookie.clear(routing);
            if (isSafe(request.getMethod()) || !isForm(request)) {
                return Optional.of(Redirects.seeOther("/signin?next=" + encode(pathAndQuery(routing))
                        + (hadOne ? "&expired=1" : "")).build());
            }
            routing.put(ENDED, Boolean.TRUE);
            return Optional.empty();
        }
        StaffSession seen = session.get().seenAt(now);
        staff.set(seen);
        cookie.write(routing, seen);
        if (isOwnerOnly(path) && !seen.isOwner()) {
            return Optional.of(Response.status(Response.Status.FORBIDDEN).entity(frames.ownerOnly())
                    .type("text/html;charset=UTF-8").build());
        }
        return Optional.empty();
    }

    boolean isLive(StaffSession session, Instant now) {
        return session.lastSeen().plus(config.idleTimeout()).isAfter(now)
                && session.tokenExpiresAt().minusSeconds(TOKEN_MARGIN_SECONDS).isAfter(now);
    }

    /** Whether this request's session ended ({@link CsrfFilter} then keeps its form instead of refusing it). */
    static boolean sessionEnded(RoutingContext routing) {
        return routing.get(ENDED) != null;
    }

    /** A form from another site is never kept: signing in must not send someone else's form. */
    static ResumeForm keptForm(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!SameOrigin.allows(routing.request()) || routing.request().getHeader("Origin") == null
                && routing.request().getHeader("Referer") == null) {
            return ResumeForm.EMPTY;
        }
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        return ResumeForm.of(context);
    }

    static boolean isPublic(String path) {
        return path.equals("/signin") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }

    static boolean isOwnerOnly(String path) {
        // JAX-RS ignores matrix parameters ("/settings;x=1" is /settings), so they must not hide the path here.
        String plain = path.replaceAll(";[^/]*", "");
        return OWNER_ONLY.stream().anyMatch(prefix -> plain.equals(prefix) || plain.startsWith(prefix + "/"));
    }

    private static boolean isForm(ResteasyReactiveContainerRequestContext request) {
        String type = request.getHeaderString("Content-Type");
        return type != null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"));
    }

    static boolean isSafe(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    private static String pathAndQuery(RoutingContext routing) {
        String query = routing.request().query();
        return routing.normalizedPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
