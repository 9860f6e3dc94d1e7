package shop.dozo.cart.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import shop.dozo.support.MultiLineText;
import shop.dozo.support.ProblemException;

@Path("/api/staff/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffOrderResource {

    public record StatusRequest(@NotBlank String status, @MultiLineText @Size(max = 500) String note) {
    }

    @Inject
    OrderSearch search;

    @Inject
    OrderStatusService statuses;

    /** Newest first. {@code from}/{@code to} are days in Japan (yyyy-MM-dd), both included. */
    @GET
    public OrderSearch.Page list(@QueryParam("email") String email, @QueryParam("number") String number,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return search.find(new OrderSearch.Criteria(email, number, status, from, to), page, size);
    }

    @GET
    @Path("/{number}")
    public StaffOrderView one(@PathParam("number") String number) {
        return search.one(number);
    }

    /** Body {@code {"status":"paid","note":"振込確認"}}; a move the order does not allow is 409 with the order. */
    @POST
    @Path("/{number}/status")
    public StaffOrderView changeStatus(@PathParam("number") String number, @Valid @NotNull StatusRequest request,
            @Context SecurityContext security) {
        OrderStatus target = OrderStatus.parse(request.status());
        if (target == null) {
            throw ProblemException.badRequest("status", "one of placed, paid, shipped, cancelled");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        return statuses.change(number, target, note, security.getUserPrincipal().getName());
    }
}
