package shop.dozo.support;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An id that cannot exist is answered before any SQL: 404 in the path (there is nothing at that address), 400 in
 * the query (naming the parameter). The shapes come from the service's {@link IdShapes} bean.
 */
public class ImpossibleIds {

    @Inject
    Instance<IdShapes> shapes;

    @ServerRequestFilter
    public void refuseImpossibleIds(UriInfo uri) {
        if (!shapes.isResolvable()) {
            return;
        }
        IdShapes ids = shapes.get();
        for (Map.Entry<String, List<String>> path : uri.getPathParameters().entrySet()) {
            if (ids.broken(path.getKey(), path.getValue()).isPresent()) {
                throw ProblemException.notFound("There is nothing at this address.");
            }
        }
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            ids.broken(parameter.getKey(), parameter.getValue()).ifPresent(shape -> {
                throw ProblemException.badRequest(parameter.getKey(), shape.message());
            });
        }
    }
}
