package shop.dozo.backoffice.product;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.backoffice.upstream.ProductsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/** A product's stock: what can be sold now, an adjustment with its reason, and the ledger of every change. */
@Path("/products/{sku}/stock")
@Produces(MediaType.TEXT_HTML)
public class StockPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stock(ProductsClient.Product product, ProductsClient.Stock stock,
                List<ProductsClient.LedgerLine> ledger, AdjustmentForm form, FormErrors errors, boolean saved);
    }

    public record AdjustmentForm(String delta, String reason, String note) {
        static final AdjustmentForm EMPTY = new AdjustmentForm("", "delivery", "");
    }

    @Inject
    @RestClient
    ProductsClient products;

    @Inject
    Language lang;

    @GET
    public TemplateInstance page(@PathParam("sku") String sku, @QueryParam("notice") String notice) {
        return page(sku, AdjustmentForm.EMPTY, FormErrors.NONE, notice != null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adjust(@PathParam("sku") String sku, @RestForm("delta") String delta,
            @RestForm("reason") String reason, @RestForm("note") String note) {
        AdjustmentForm typed = new AdjustmentForm(nz(delta), nz(reason), nz(note));
        Integer change = ProductForm.number(typed.delta());
        if (change == null) {
            return Response.status(400).entity(page(sku, typed, FormErrors.field("delta",
                    lang.isEnglish() ? "Enter a whole number, e.g. 10 or -2." : "整数で入力してください（例: 10、-2）。"),
                    false)).build();
        }
        try {
            products.adjust(sku, new ProductsClient.Adjustment(change, typed.reason(),
                    typed.note().isBlank() ? null : typed.note()));
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(page(sku, typed, FormErrors.of(refused.problem(), lang.isEnglish(), Map.of()), false))
                    .build();
        }
        return Redirects.seeOther("/products/" + ProductPages.encode(sku) + "/stock?notice=saved").build();
    }

    private TemplateInstance page(String sku, AdjustmentForm form, FormErrors errors, boolean saved) {
        ProductsClient.Product product = products.one(sku);
        List<ProductsClient.LedgerLine> newestFirst = products.ledger(sku).stream()
                .sorted(java.util.Comparator.comparingLong(ProductsClient.LedgerLine::id).reversed()).toList();
        return Templates.stock(product, products.stock(sku), newestFirst, form, errors, saved);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
