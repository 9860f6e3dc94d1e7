package shop.dozo.storefront.content;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's public API: settings, pages, news, media. */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@Path("/api")
interface ContentClient {

    @GET
    @Path("/settings")
    ShopSettings settings();

    @GET
    @Path("/pages")
    List<PageLink> pages();

    @GET
    @Path("/pages/{slug}")
    Document page(@PathParam("slug") String slug);

    @GET
    @Path("/news")
    NewsList news(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/news/{slug}")
    Document newsPost(@PathParam("slug") String slug);

    /** The image bytes with content-service's own caching headers; any status comes back as it is. */
    @GET
    @Path("/media/{id}/{variant}")
    Response media(@PathParam("id") String id, @PathParam("variant") String variant,
            @HeaderParam("If-None-Match") String ifNoneMatch);
}
