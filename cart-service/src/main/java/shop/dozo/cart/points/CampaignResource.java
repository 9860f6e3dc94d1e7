package shop.dozo.cart.points;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

@Path("/api/campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    Campaigns campaigns;

    /** For the storefront's banner: what is running now, the most generous first. */
    @GET
    @Path("/active")
    public List<CampaignView> active() {
        return campaigns.running(Instant.now());
    }
}
