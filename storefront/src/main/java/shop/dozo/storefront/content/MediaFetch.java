package shop.dozo.storefront.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A product image from content-service, for the storefront's media proxy: the upstream call with its own time
 * limit (a picture may be slower than a page read, but not forever). The caller closes the response.
 */
@ApplicationScoped
public class MediaFetch {

    @RestClient
    ContentClient content;

    @Timeout(5000)
    public Response get(String id, String variant, String ifNoneMatch) {
        return content.media(id, variant, ifNoneMatch);
    }
}
