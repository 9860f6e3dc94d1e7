package shop.dozo.catalog.stock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import shop.dozo.support.MultiLineText;
import shop.dozo.support.TransactionRetry;

/** Staff corrections of stock (a stocktake, a delivery, breakage), each kept in the ledger with its reason. */
@Path("/api/staff/stock/{sku}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StockResource {

    public record Adjustment(@NotNull Integer delta,
            @NotBlank @Pattern(regexp = "delivery|stocktake|damaged|returned|correction",
                    message = "one of delivery, stocktake, damaged, returned, correction") String reason,
            @MultiLineText @Size(max = 200) String note) {
    }

    public record StockView(String sku, int available) {
    }

    public record LedgerLine(long id, int delta, String reason, String note, String actor, String reservationId,
            Instant createdAt) {
    }

    @Inject
    StockLedger ledger;

    @GET
    public StockView current(@PathParam("sku") String sku) {
        return new StockView(sku, ledger.requireAvailable(sku));
    }

    @POST
    @Path("/adjustments")
    public StockView adjust(@PathParam("sku") String sku, @Valid @NotNull Adjustment adjustment,
            SecurityContext security) {
        String note = adjustment.note() == null ? "" : adjustment.note();
        String actor = security.getUserPrincipal().getName();
        // One short transaction, retried whole on a deadlock or Galera certification failure (1213).
        return new StockView(sku,
                TransactionRetry.call(() -> ledger.adjustment(sku, adjustment.delta(), adjustment.reason(),
                        note, actor)));
    }

    @GET
    @Path("/ledger")
    public List<LedgerLine> history(@PathParam("sku") String sku) {
        return ledger.history(sku).stream().map(line -> new LedgerLine(line.id, line.delta, line.reason, line.note,
                line.actor, line.reservationId, line.createdAt)).toList();
    }
}
