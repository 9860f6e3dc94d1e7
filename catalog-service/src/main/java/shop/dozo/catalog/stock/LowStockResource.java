package shop.dozo.catalog.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import shop.dozo.catalog.product.ProductStatus;
import shop.dozo.support.ProblemException;

/** What to reorder: products not archived with {@code dozo.stock.reorder-at} units or fewer, emptiest first. */
@Path("/api/staff/stock/low")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class LowStockResource {
    static final int MAX_LIMIT = 200;

    public enum State { OUT, FEW }

    public record LowStock(String sku, String name, int available, State state) {
    }

    @Inject
    EntityManager em;

    @Inject
    ReservationConfig config;

    @GET
    @Transactional
    public List<LowStock> low(@QueryParam("limit") @DefaultValue("20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.badRequest("limit", "must be 1 to " + MAX_LIMIT);
        }
        return em.createQuery("select p.sku, p.nameJa, s.available from Product p, StockItem s where s.sku = p.sku"
                + " and p.status <> :archived and s.available <= :reorderAt order by s.available, p.sku",
                Object[].class)
                .setParameter("archived", ProductStatus.ARCHIVED).setParameter("reorderAt", config.reorderAt())
                .setMaxResults(limit).getResultList().stream()
                .map(row -> new LowStock((String) row[0], (String) row[1], (Integer) row[2],
                        (Integer) row[2] <= 0 ? State.OUT : State.FEW))
                .toList();
    }
}
