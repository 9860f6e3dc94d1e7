package shop.dozo.cart.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shop.dozo.cart.points.Points;
import shop.dozo.support.ProblemException;

/** Staff find orders and move them along: placed → paid → shipped, or cancelled before shipping. */
@Path("/api/staff/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
@Transactional
public class StaffOrderResource {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final Map<String, Set<String>> NEXT = Map.of(
            "PLACED", Set.of("PAID", "CANCELLED"),
            "PAID", Set.of("SHIPPED", "CANCELLED"),
            "SHIPPED", Set.of(),
            "CANCELLED", Set.of());

    public record StatusRequest(@NotNull @Pattern(regexp = "PAID|SHIPPED|CANCELLED", message = "PAID, SHIPPED or CANCELLED")
            String status) {
    }

    public record Found(List<OrderView> items, long total) {
    }

    @Inject
    Points points;

    /** Search by email, order number and order date (Japan time, inclusive). */
    @GET
    public Found search(@QueryParam("email") String email, @QueryParam("number") String number,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw ProblemException.badRequest("size", "page ≥ 0 and size between 1 and 200");
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (email != null && !email.isBlank()) {
            where.append(" and email = :email");
            params.put("email", email.trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (number != null && !number.isBlank()) {
            where.append(" and orderNumber = :number");
            params.put("number", number.trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (from != null) {
            where.append(" and createdAt >= :from");
            params.put("from", day(from, "from").atStartOfDay(JAPAN).toInstant());
        }
        if (to != null) {
            where.append(" and createdAt < :to");
            params.put("to", day(to, "to").plusDays(1).atStartOfDay(JAPAN).toInstant());
        }
        var query = CustomerOrder.<CustomerOrder>find(where + " order by createdAt desc, id", params);
        return new Found(query.page(page, size).list().stream().map(OrderView::of).toList(), query.count());
    }

    @GET
    @Path("/{number}")
    public OrderView one(@PathParam("number") String number) {
        return OrderView.of(find(number));
    }

    @POST
    @Path("/{number}/status")
    public OrderView changeStatus(@PathParam("number") String number, @Valid @NotNull StatusRequest request,
            SecurityContext security) {
        CustomerOrder order = find(number);
        if (!NEXT.get(order.status).contains(request.status())) {
            throw ProblemException.conflict("An order that is " + order.status.toLowerCase() + " cannot become "
                    + request.status().toLowerCase() + ".");
        }
        order.changeStatus(request.status(), security.getUserPrincipal().getName());
        if (request.status().equals("CANCELLED")) {
            // Stock that was sold stays sold until staff put the goods back with a stock adjustment.
            points.refund(order.email, order.pointsUsed, order.pointsEarned, order.id);
        }
        return OrderView.of(order);
    }

    private static CustomerOrder find(String number) {
        return CustomerOrder.findByNumber(number.trim().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("No order " + number + "."));
    }

    private static LocalDate day(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "a date like 2026-07-15");
        }
    }

}
