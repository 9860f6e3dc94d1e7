package shop.dozo.web.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * Every redirect the shop answers. The Location is the path alone: JAX-RS would make a relative URI absolute
 * with the request's Host header, which an attacker controls, so it is set as a plain header here instead.
 */
public final class Redirects {
    private Redirects() {
    }

    /** 303 to one of the shop's own paths (post/redirect/get). */
    public static Response.ResponseBuilder seeOther(String path) {
        if (!SafePaths.isOwnPath(path)) {
            throw new IllegalArgumentException("Not a path of this shop: " + path);
        }
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }
}
