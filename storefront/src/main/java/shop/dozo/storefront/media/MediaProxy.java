package shop.dozo.storefront.media;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import shop.dozo.storefront.content.MediaFetch;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Product images, passed through from content-service under the shop's own address, so pages need no second
 * origin (the CSP stays 'self') and the Ingress need not expose content-service. Images are immutable
 * (addressed by their SHA-256): browsers and CDNs keep them for a year and ask again only with If-None-Match.
 */
@Path("/media/{id}/{variant}")
public class MediaProxy {

    @Inject
    MediaFetch fetch;

    @GET
    public Response image(@PathParam("id") String id, @PathParam("variant") String variant,
            @HeaderParam("If-None-Match") String ifNoneMatch) {
        if (!id.matches("[a-f0-9]{64}") || !(variant.equals("list") || variant.equals("detail"))) {
            throw new NotFoundException();
        }
        try (Response upstream = fetch.get(id, variant, ifNoneMatch)) {
            Response.ResponseBuilder answer = Response.status(upstream.getStatus());
            if (upstream.getStatus() == 200) {
                answer.entity(upstream.readEntity(byte[].class)).type(upstream.getMediaType());
            }
            for (String header : new String[]{"ETag", "Cache-Control"}) {
                if (upstream.getHeaderString(header) != null) {
                    answer.header(header, upstream.getHeaderString(header));
                }
            }
            return answer.build();
        } catch (UpstreamProblem e) {
            throw new NotFoundException();
        }
    }
}
