package shop.dozo.storefront.category;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import shop.dozo.storefront.cache.PageCache;
import shop.dozo.storefront.catalog.Catalog;
import shop.dozo.storefront.catalog.CategoryDetail;
import shop.dozo.storefront.catalog.ProductList;
import shop.dozo.storefront.catalog.ProductSort;
import shop.dozo.storefront.i18n.Messages;
import shop.dozo.storefront.i18n.Msg;
import shop.dozo.storefront.layout.PageContext;

/** A category: where it sits (breadcrumbs), what is below it, and its products, sorted and in pages. */
@Path("/category/{slug}")
public class CategoryPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance category(CategoryDetail detail, ProductList products, List<SortOption> sorts,
                Pagination pagination);
    }

    @Inject
    Catalog catalog;

    @Inject
    PageContext page;

    @Inject
    Messages messages;

    @Inject
    PageCache pageCache;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response category(@PathParam("slug") String slug, @QueryParam("sort") String sortParam,
            @QueryParam("page") String pageParam) {
        if (!slug.matches("[a-z0-9-]{1,100}")) {
            throw new NotFoundException();
        }
        CategoryDetail detail = catalog.category(slug);
        ProductSort sort = ProductSort.parse(sortParam);
        int pageNumber = Pagination.parsePage(pageParam);
        ProductList products = catalog.products(slug, sort, pageNumber - 1);
        Pagination pagination = Pagination.of(pageNumber, products.total(), catalog.pageSize(),
                "/category/" + slug + "?sort=" + sort.param + "&");
        if (pageNumber > pagination.pages()) {
            throw new NotFoundException();
        }
        return pageCache.respond(page.localized(Templates.category(detail, products, sortOptions(sort), pagination)));
    }

    private List<SortOption> sortOptions(ProductSort selected) {
        Msg msg = messages.of(page.lang());
        return List.of(option(ProductSort.RECOMMENDED, msg.sort_recommended(), selected),
                option(ProductSort.PRICE_ASC, msg.sort_price_asc(), selected),
                option(ProductSort.PRICE_DESC, msg.sort_price_desc(), selected),
                option(ProductSort.NEWEST, msg.sort_newest(), selected),
                option(ProductSort.NAME, msg.sort_name(), selected));
    }

    private static SortOption option(ProductSort sort, String label, ProductSort selected) {
        return new SortOption(sort.param, label, sort == selected);
    }
}
