package shop.dozo.cart.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import shop.dozo.support.MultiLineText;
import shop.dozo.support.ProblemException;

@Path("/api/staff/orders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("staff")
public class StaffOrderResource {

    /** The tracking number only with "shipped": the carrier's number as printed, letters, digits and hyphens. */
    public record StatusRequest(@NotBlank String status, @MultiLineText @Size(max = 500) String note,
            @Pattern(regexp = "\\s*[0-9A-Za-z][0-9A-Za-z-]{0,39}\\s*",
                    message = "letters, digits and hyphens, at most 40") String trackingNumber) {
    }

    @Inject
    OrderSearch search;

    @Inject
    OrderStatusService statuses;

    @Inject
    OrderFigures figures;

    @Inject
    OrderExport export;

    /** Newest first. {@code from}/{@code to} are days in Japan (yyyy-MM-dd), both included. */
    @GET
    public OrderSearch.Page list(@QueryParam("email") String email, @QueryParam("number") String number,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return search.find(new OrderSearch.Criteria(email, number, status, from, to), page, size);
    }

    @GET
    @Path("/summary")
    public OrderFigures.Summary summary(@QueryParam("days") @DefaultValue("30") int days) {
        return figures.summary(days);
    }

    /** The orders matching the list's filters, as a CSV file named for today. */
    @GET
    @Path("/export")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@QueryParam("email") String email, @QueryParam("number") String number,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to) {
        String csv = export.csv(new OrderSearch.Criteria(email, number, status, from, to));
        String name = "orders-" + LocalDate.now(OrderNumbers.JAPAN).format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
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
        String tracking = blankToNull(request.trackingNumber());
        if (tracking != null && target != OrderStatus.SHIPPED) {
            throw ProblemException.badRequest("trackingNumber", "only when the order becomes shipped");
        }
        return statuses.change(number, new OrderStatusService.Move(target, blankToNull(request.note()), tracking),
                security.getUserPrincipal().getName());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
