package shop.dozo.backoffice.product;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.session.BackofficeConfig;
import shop.dozo.backoffice.upstream.CategoriesClient;
import shop.dozo.backoffice.upstream.ProductsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Formats;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * The product list and editor. Every rule (SKU format, a price that cannot be negative, a duplicate SKU, the
 * version of a stale edit) is catalog-service's; this screen keeps what was typed and says what it answered.
 */
@Path("/products")
@Produces(MediaType.TEXT_HTML)
public class ProductPages {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int PAGE_SIZE = 50;
    /** Searching reads the whole catalogue page by page; a small shop's is a few pages. */
    private static final int SEARCH_PAGES = 40;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<ProductsClient.Product> products, String q, String status, int page,
                boolean hasNext, long total);

        static native TemplateInstance editor(ProductForm form, boolean creating, String status,
                List<CategoriesClient.Category> categories, FormErrors errors, Conflict conflict, String notice,
                List<PhotoView> photos, FormErrors photoErrors, String shopUrl);
    }

    /** A photo of the product as the editor shows it: its place, its id and its alt text. */
    public record PhotoView(int position, String id, String altText, boolean first, boolean last) {
    }

    @Inject
    @RestClient
    ProductsClient products;

    @Inject
    @RestClient
    CategoriesClient categories;

    @Inject
    PhotoList photos;

    @Inject
    Language lang;

    @Inject
    BackofficeConfig config;

    @GET
    public TemplateInstance list(@QueryParam("q") String q, @QueryParam("status") String status,
            @QueryParam("page") @DefaultValue("0") int page) {
        String wantedStatus = status == null || !status.matches("draft|published|archived") ? null : status;
        String query = q == null ? "" : q.strip();
        int safePage = Math.max(0, Math.min(page, 10_000));
        if (query.isEmpty()) {
            ProductsClient.ProductPage found = products.list(wantedStatus, safePage, PAGE_SIZE);
            return Templates.list(found.items(), "", wantedStatus, safePage,
                    (long) (safePage + 1) * PAGE_SIZE < found.total(), found.total());
        }
        List<ProductsClient.Product> matching = new ArrayList<>();
        String needle = query.toLowerCase(Locale.ROOT);
        for (int p = 0; p < SEARCH_PAGES; p++) {
            ProductsClient.ProductPage found = products.list(wantedStatus, p, 100);
            found.items().stream().filter(product -> matches(product, needle)).forEach(matching::add);
            if ((long) (p + 1) * 100 >= found.total()) {
                break;
            }
        }
        return Templates.list(matching, query, wantedStatus, 0, false, matching.size());
    }

    @GET
    @Path("/new")
    public TemplateInstance create() {
        return editor(ProductForm.empty(), true, "draft", FormErrors.NONE, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        ProductForm typed = ProductForm.read(form, List.of());
        FormErrors numbers = typed.numberErrors(lang.isEnglish(), true);
        if (numbers.any()) {
            return refused(typed, true, "draft", numbers);
        }
        try {
            ProductsClient.Product created = products.create(typed.toRequest(true));
            return Redirects.seeOther("/products/" + encode(created.sku()) + "?notice=created").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409 || refused.status() == 400 || refused.status() == 422) {
                return refused(typed, true, "draft", errors(refused));
            }
            throw refused;
        }
    }

    @GET
    @Path("/{sku}")
    public TemplateInstance edit(@PathParam("sku") String sku, @QueryParam("notice") String notice) {
        ProductsClient.Product product = products.one(sku);
        return editor(ProductForm.of(product), false, product.status(), FormErrors.NONE, null, notice);
    }

    @POST
    @Path("/{sku}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("sku") String sku, MultivaluedMap<String, String> form) {
        List<String> imageIds = form.getOrDefault("imageId", List.of());
        ProductForm typed = ProductForm.read(form, imageIds);
        typed = new ProductForm(sku, typed.name(), typed.nameEn(), typed.description(), typed.descriptionEn(),
                typed.price(), typed.taxRate(), typed.cool(), typed.category(), typed.tags(), typed.recommended(), "",
                typed.version(), imageIds);
        String status = form.getFirst("status") == null ? "" : form.getFirst("status");
        FormErrors numbers = typed.numberErrors(lang.isEnglish(), false);
        if (numbers.any()) {
            return refused(typed, false, status, numbers);
        }
        try {
            products.update(sku, typed.toRequest(false));
            return Redirects.seeOther("/products/" + encode(sku) + "?notice=saved").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409 && refused.problem().current() != null) {
                ProductsClient.Product current =
                        JSON.convertValue(refused.problem().current(), ProductsClient.Product.class);
                Conflict conflict = Conflict.between(typed, ProductForm.of(current), Formats.jst(current.updatedAt()));
                // The form keeps what they typed; saving it again now knowingly replaces the newer version.
                return Response.status(409).entity(editor(typed.withVersion(current.version()), false,
                        current.status(), FormErrors.NONE, conflict, null)).build();
            }
            if (refused.status() == 400 || refused.status() == 409 || refused.status() == 422) {
                return refused(typed, false, status, errors(refused));
            }
            throw refused;
        }
    }

    @POST
    @Path("/{sku}/publish")
    public Response publish(@PathParam("sku") String sku) {
        return statusChange(sku, () -> products.publish(sku), "published");
    }

    @POST
    @Path("/{sku}/archive")
    public Response archive(@PathParam("sku") String sku) {
        return statusChange(sku, () -> products.archive(sku), "archived");
    }

    private Response statusChange(String sku, Runnable change, String notice) {
        try {
            change.run();
            return Redirects.seeOther("/products/" + encode(sku) + "?notice=" + notice).build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 409) {
                throw refused;
            }
            ProductsClient.Product product = products.one(sku);
            return Response.status(409).entity(editor(ProductForm.of(product), false, product.status(),
                    FormErrors.of(refused.problem(), lang.isEnglish(), Map.of()), null, null)).build();
        }
    }

    TemplateInstance editor(ProductForm form, boolean creating, String status, FormErrors errors, Conflict conflict,
            String notice) {
        return editorWithPhotoErrors(form, creating, status, errors, conflict, notice, FormErrors.NONE);
    }

    TemplateInstance editorWithPhotoErrors(ProductForm form, boolean creating, String status, FormErrors errors,
            Conflict conflict, String notice, FormErrors photoErrors) {
        return Templates.editor(form, creating, status, categories.active(), errors, conflict, notice,
                creating ? List.of() : photos.views(form.imageIds()), photoErrors, config.storefrontUrl());
    }

    private Response refused(ProductForm typed, boolean creating, String status, FormErrors errors) {
        return Response.status(400).entity(editor(typed, creating, status, errors, null, null)).build();
    }

    private FormErrors errors(UpstreamProblem refused) {
        return FormErrors.of(refused.problem(), lang.isEnglish(), Map.of("priceYen", "price"));
    }

    private static boolean matches(ProductsClient.Product product, String needle) {
        return product.sku().toLowerCase(Locale.ROOT).contains(needle)
                || product.name().toLowerCase(Locale.ROOT).contains(needle)
                || product.nameEn() != null && product.nameEn().toLowerCase(Locale.ROOT).contains(needle);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
