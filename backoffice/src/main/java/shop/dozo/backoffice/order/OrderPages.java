package shop.dozo.backoffice.order;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.backoffice.upstream.OrdersClient;
import shop.dozo.backoffice.upstream.SettingsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Orders: search, the order with its history, status moves (only those cart-service allows next, with a note and,
 * when shipping, a tracking number), the printable delivery note and receipt, and the CSV export.
 */
@Path("/orders")
@Produces(MediaType.TEXT_HTML)
public class OrderPages {
    private static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(OrdersClient.OrderPage orders, OrderFilter filter, FormErrors errors,
                boolean hasNext);

        static native TemplateInstance order(OrdersClient.StaffOrder order, MoveForm move, FormErrors errors,
                String notice);

        static native TemplateInstance document(OrdersClient.StaffOrder order, SettingsClient.Settings shop,
                boolean receipt);
    }

    /** The search as typed; cart-service checks the values (a bad date is its 400, shown next to the field). */
    public record OrderFilter(String number, String email, String status, String from, String to, int page) {
        String query(int wantedPage) {
            return "number=" + encode(number) + "&email=" + encode(email) + "&status=" + encode(status) + "&from="
                    + encode(from) + "&to=" + encode(to) + "&page=" + wantedPage;
        }

        /** cart-service's order statuses, in the order an order moves. */
        public java.util.List<String> statuses() {
            return java.util.List.of("placed", "paid", "shipped", "cancelled");
        }

        public String nextQuery() {
            return query(page + 1);
        }

        public String previousQuery() {
            return query(page - 1);
        }

        public String exportQuery() {
            return "number=" + encode(number) + "&email=" + encode(email) + "&status=" + encode(status) + "&from="
                    + encode(from) + "&to=" + encode(to);
        }
    }

    public record MoveForm(String status, String note, String trackingNumber) {
        static final MoveForm EMPTY = new MoveForm("", "", "");
    }

    @Inject
    @RestClient
    OrdersClient orders;

    @Inject
    @RestClient
    SettingsClient settings;

    @Inject
    Language lang;

    @GET
    public Response list(@QueryParam("number") String number, @QueryParam("email") String email,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page) {
        OrderFilter filter = new OrderFilter(nz(number), nz(email), nz(status), nz(from), nz(to),
                Math.max(0, Math.min(page, 100_000)));
        try {
            OrdersClient.OrderPage found = orders.search(blankToNull(filter.email()), blankToNull(filter.number()),
                    blankToNull(filter.status()), blankToNull(filter.from()), blankToNull(filter.to()), filter.page(),
                    PAGE_SIZE);
            boolean hasNext = (long) (filter.page() + 1) * PAGE_SIZE < found.total();
            return Response.ok(Templates.list(found, filter, FormErrors.NONE, hasNext)).build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return Response.status(400).entity(Templates.list(new OrdersClient.OrderPage(java.util.List.of(), 0, 0,
                    PAGE_SIZE), filter, FormErrors.of(refused.problem(), lang.isEnglish(), Map.of()), false)).build();
        }
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    public Response export(@QueryParam("number") String number, @QueryParam("email") String email,
            @QueryParam("status") String status, @QueryParam("from") String from, @QueryParam("to") String to) {
        Response csv = orders.export(blankToNull(email), blankToNull(number), blankToNull(status), blankToNull(from),
                blankToNull(to));
        String disposition = csv.getHeaderString("Content-Disposition");
        return Response.ok(csv.readEntity(InputStream.class)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition",
                        disposition == null ? "attachment; filename=\"orders.csv\"" : disposition)
                .build();
    }

    @GET
    @Path("/{number}")
    public TemplateInstance order(@PathParam("number") String number, @QueryParam("notice") String notice) {
        return Templates.order(orders.one(number), MoveForm.EMPTY, FormErrors.NONE, notice);
    }

    @POST
    @Path("/{number}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("number") String number, @RestForm("status") String status,
            @RestForm("note") String note, @RestForm("trackingNumber") String trackingNumber) {
        MoveForm typed = new MoveForm(nz(status), nz(note), nz(trackingNumber).strip());
        try {
            orders.move(number, new OrdersClient.StatusMove(typed.status(), blankToNull(typed.note()),
                    blankToNull(typed.trackingNumber())));
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            return Response.status(refused.status()).entity(Templates.order(orders.one(number), typed,
                    FormErrors.of(refused.problem(), lang.isEnglish(), Map.of()), null)).build();
        }
        return Redirects.seeOther("/orders/" + encode(number) + "?notice=moved").build();
    }

    @GET
    @Path("/{number}/receipt")
    public TemplateInstance receipt(@PathParam("number") String number) {
        return Templates.document(orders.one(number), settings.shop(), true);
    }

    @GET
    @Path("/{number}/delivery-note")
    public TemplateInstance deliveryNote(@PathParam("number") String number) {
        return Templates.document(orders.one(number), settings.shop(), false);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
