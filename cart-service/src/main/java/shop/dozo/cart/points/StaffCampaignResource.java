package shop.dozo.cart.points;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Instant;
import shop.dozo.support.ProblemException;

/** Staff set up points campaigns (e.g. x10 for the renewal month); orders placed while one runs earn more. */
@Path("/api/staff/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
@Transactional
public class StaffCampaignResource {

    public record CampaignRequest(@NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}") String code,
            @NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(100) Integer pointsMultiplier,
            @NotNull Instant startsAt, @NotNull Instant endsAt) {
    }

    @Inject
    EntityManager em;

    @POST
    public Response createCampaign(@Valid @NotNull CampaignRequest campaign) {
        if (!campaign.endsAt().isAfter(campaign.startsAt())) {
            throw ProblemException.badRequest("endsAt", "must be after startsAt");
        }
        int inserted = em.createNativeQuery("INSERT IGNORE INTO campaign (code, name, points_multiplier, starts_at, "
                + "ends_at) VALUES (?1, ?2, ?3, ?4, ?5)").setParameter(1, campaign.code()).setParameter(2, campaign.name())
                .setParameter(3, campaign.pointsMultiplier()).setParameter(4, Timestamp.from(campaign.startsAt()))
                .setParameter(5, Timestamp.from(campaign.endsAt())).executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("A campaign with code " + campaign.code() + " already exists.");
        }
        return Response.status(201).entity(campaign).build();
    }
}
