package shop.dozo.cart.points;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/** Staff look at a customer's points: the balance and every ledger line behind it. */
@Path("/api/staff/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
@Transactional
public class StaffPointsResource {

    public record Balance(String email, int balance, List<Map<String, Object>> ledger) {
    }

    @Inject
    EntityManager em;

    @Inject
    Points points;

    @GET
    @Path("/{email}/points")
    @SuppressWarnings("unchecked")
    public Balance points(@PathParam("email") String email) {
        String normalised = email.trim().toLowerCase(java.util.Locale.ROOT);
        List<Object[]> rows = em.createNativeQuery("SELECT delta, reason, order_id, campaign, created_at FROM "
                + "points_ledger WHERE email = ?1 ORDER BY id").setParameter(1, normalised).getResultList();
        List<Map<String, Object>> ledger = rows.stream().map(row -> {
            Map<String, Object> line = new java.util.LinkedHashMap<>();
            line.put("delta", ((Number) row[0]).intValue());
            line.put("reason", row[1]);
            line.put("orderId", row[2]);
            line.put("campaign", row[3]);
            line.put("at", String.valueOf(row[4]));
            return line;
        }).toList();
        return new Balance(normalised, points.balance(normalised), ledger);
    }
}
