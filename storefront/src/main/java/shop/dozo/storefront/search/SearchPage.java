package shop.dozo.storefront.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import shop.dozo.storefront.catalog.Catalog;
import shop.dozo.storefront.catalog.Product;
import shop.dozo.storefront.layout.PageContext;

/** Search results, ranked by catalog-service (names first; hiragana finds katakana). */
@Path("/search")
public class SearchPage {
    static final int MAX_QUERY = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String query, List<Product> results, boolean tooLong);
    }

    @Inject
    Catalog catalog;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance search(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            return page.localized(Templates.search(query.substring(0, MAX_QUERY), List.of(), true));
        }
        List<Product> results = query.isEmpty() ? List.of() : catalog.search(query).items();
        return page.localized(Templates.search(query, results, false));
    }
}
