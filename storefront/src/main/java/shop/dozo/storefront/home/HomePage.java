package shop.dozo.storefront.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import shop.dozo.storefront.cache.PageCache;
import shop.dozo.storefront.catalog.Catalog;
import shop.dozo.storefront.catalog.Product;
import shop.dozo.storefront.content.Content;
import shop.dozo.storefront.content.Document;
import shop.dozo.storefront.layout.PageContext;

/** The front door: what the shop recommends, where to start browsing, and what is new. */
@Path("/")
public class HomePage {
    private static final Logger LOG = Logger.getLogger(HomePage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<Product> recommended, boolean productsDown, List<Document> news,
                boolean newsDown);
    }

    @Inject
    Catalog catalog;

    @Inject
    Content content;

    @Inject
    PageContext page;

    @Inject
    PageCache pageCache;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home() {
        List<Product> recommended = null;
        try {
            recommended = catalog.recommended(8);
        } catch (RuntimeException e) {
            LOG.warnf("Home without recommendations: %s", e.toString());
        }
        List<Document> news = null;
        try {
            news = content.news(0, 3).items();
        } catch (RuntimeException e) {
            LOG.debugf("Home without news: %s", e.toString());
        }
        return pageCache.respond(
                page.localized(Templates.home(recommended == null ? List.of() : recommended, recommended == null,
                        news == null ? List.of() : news, news == null)));
    }
}
