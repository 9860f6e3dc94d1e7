package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's media library: photo uploads (it checks type and size, strips EXIF, keeps the bytes). */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api")
public interface MediaClient {

    record Media(String id, String contentType, long sizeBytes, Integer width, Integer height, String altText,
            String url, Map<String, String> variants) {
    }

    record AltText(String altText) {
    }

    @POST
    @Path("/staff/media")
    @Consumes(MediaType.WILDCARD)
    Media upload(InputStream body, @HeaderParam("Content-Type") String contentType, @QueryParam("alt") String alt);

    @GET
    @Path("/media/{id}/info")
    Media one(@PathParam("id") String id);

    @PUT
    @Path("/staff/media/{id}/alt")
    @Consumes(MediaType.APPLICATION_JSON)
    Media alt(@PathParam("id") String id, AltText alt);

    @GET
    @Path("/media/{id}/{variant}")
    jakarta.ws.rs.core.Response variant(@PathParam("id") String id, @PathParam("variant") String variant);
}
