package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** cart-service's staff order API. */
@RegisterRestClient(configKey = "cart")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff/orders")
@Consumes(MediaType.APPLICATION_JSON)
public interface OrdersClient {

    record Address(String fullName, String postalCode, String prefecture, String city, String street, String phone) {
    }

    record Line(String sku, String name, int unitPriceYen, int taxRate, int quantity, int lineTotalYen,
            boolean cool) {
    }

    /** subtotalYen is tax-included; taxYen is the tax inside it. */
    record Tax(int rate, int subtotalYen, int taxYen) {
    }

    record Order(String orderNumber, String status, Instant createdAt, String email, String paymentMethod,
            Address address, List<Line> lines, int itemsTotalYen, int shippingFeeYen, int coolFeeYen, int totalYen,
            List<Tax> taxes, int pointsUsed, int amountDueYen, int pointsEarned, String campaignCode,
            String trackingNumber) {
    }

    record Change(String status, Instant at, String actor, String note) {
    }

    record StaffOrder(String id, long version, String stockState, List<String> allowedNext, Order order,
            List<Change> history, String trackingNumber) {

        /** cart-service keeps the tracking number on the order; older answers had it beside it. */
        public String tracking() {
            return trackingNumber != null ? trackingNumber : order.trackingNumber();
        }
    }

    record OrderSummary(String orderNumber, String status, Instant createdAt, String email, String name,
            String paymentMethod, int totalYen, int amountDueYen, int itemCount) {
    }

    record OrderPage(List<OrderSummary> items, long total, int page, int size) {
    }

    record StatusMove(String status, String note, String trackingNumber) {
    }

    record Day(String day, long orders, long sales) {
    }

    record Period(long orders, long sales) {
    }

    record Summary(Period today, Period month, List<Day> byDay, long awaitingPayment, long awaitingShipment) {
    }

    @GET
    OrderPage search(@QueryParam("email") String email, @QueryParam("number") String number,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/{number}")
    StaffOrder one(@PathParam("number") String number);

    @POST
    @Path("/{number}/status")
    StaffOrder move(@PathParam("number") String number, StatusMove move);

    @GET
    @Path("/summary")
    Summary summary(@QueryParam("days") int days);

    @GET
    @Path("/export")
    Response export(@QueryParam("email") String email, @QueryParam("number") String number,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to);
}
