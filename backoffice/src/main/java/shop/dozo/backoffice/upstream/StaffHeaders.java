package shop.dozo.backoffice.upstream;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;
import shop.dozo.api.DozoHeaders;
import shop.dozo.backoffice.session.CurrentStaff;
import shop.dozo.web.upstream.RelayedAddressHeaders;

/**
 * What every call to a service carries: the signed-in person's own token (so each service checks their role and
 * records who did it), and the address they came from, as a proxy relays it, for the sign-in throttle.
 */
@ApplicationScoped
public class StaffHeaders implements ClientHeadersFactory {

    @Inject
    CurrentStaff staff;

    @Inject
    CurrentVertxRequest current;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incomingHeaders,
            MultivaluedMap<String, String> clientOutgoingHeaders) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        if (!Arc.container().requestContext().isActive()) {
            return headers;
        }
        if (staff.isSignedIn()) {
            headers.putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + staff.token());
        }
        RoutingContext routing = current.getCurrent();
        String forwardedFor = routing == null ? null : RelayedAddressHeaders.forwardedFor(routing.request());
        if (forwardedFor != null) {
            headers.putSingle(DozoHeaders.FORWARDED_FOR, forwardedFor);
        }
        return headers;
    }
}
