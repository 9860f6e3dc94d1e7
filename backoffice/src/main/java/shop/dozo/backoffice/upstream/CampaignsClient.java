package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** cart-service's points campaigns: orders placed while one runs earn its multiple of the usual points. */
@RegisterRestClient(configKey = "cart")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff/campaigns")
@Consumes(MediaType.APPLICATION_JSON)
public interface CampaignsClient {

    record Campaign(String code, String name, int pointsMultiplier, Instant startsAt, Instant endsAt,
            Instant createdAt) {
    }

    /** Times carry their offset (the back office sends Japan's), as cart-service asks. */
    record CampaignRequest(String code, String name, Integer pointsMultiplier, OffsetDateTime startsAt,
            OffsetDateTime endsAt) {
    }

    /** Every campaign, past and future too, by start. */
    @GET
    List<Campaign> all();

    @POST
    Campaign create(CampaignRequest request);

    /** Ends it now; one that has not started yet is cancelled. */
    @POST
    @Path("/{code}/end")
    Campaign end(@PathParam("code") String code);
}
