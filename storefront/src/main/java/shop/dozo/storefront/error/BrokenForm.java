package shop.dozo.storefront.error;

import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Whether a failure is a form body that could not be read (broken multipart, bad percent-encoding): the form
 * filters read the body before anything else runs, so a form post whose form data is still missing failed there.
 * Quarkus REST reports such a body as a plain IOException or RuntimeException, like an upstream failure; this tells
 * them apart, so the shopper gets 400 rather than "try again later".
 */
final class BrokenForm {
    private BrokenForm() {
    }

    static boolean isCause() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null || request.getFormData() != null) {
            return false;
        }
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return false;
        }
        String type = request.serverRequest().getRequestHeader("Content-Type");
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED) || lower.startsWith("multipart/");
    }
}
