package shop.dozo.storefront.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import shop.dozo.storefront.category.Pagination;
import shop.dozo.storefront.content.Content;
import shop.dozo.storefront.content.Document;
import shop.dozo.storefront.content.NewsList;
import shop.dozo.storefront.layout.PageContext;

/** The shop's own pages (about us, shipping, legal notice) and its news, from content-service. */
@Path("/")
public class ContentPages {
    static final int NEWS_PAGE_SIZE = 10;
    private static final String SLUG = "[a-z0-9][a-z0-9-]{0,99}";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(Document document, RawString body);

        static native TemplateInstance news(NewsList news, Pagination pagination);

        static native TemplateInstance newsPost(Document document, RawString body);
    }

    @Inject
    Content content;

    @Inject
    PageContext page;

    @GET
    @Path("/pages/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("slug") String slug) {
        Document document = content.page(requireSlug(slug));
        return page.localized(Templates.page(document, SafeHtml.of(document.html())));
    }

    /** 特定商取引法に基づく表記: whichever page the settings name. */
    @GET
    @Path("/legal")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance legal() {
        return page(page.settings().legalNoticeSlug());
    }

    @GET
    @Path("/news")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance news(@QueryParam("page") String pageParam) {
        int number = Pagination.parsePage(pageParam);
        NewsList news = content.news(number - 1, NEWS_PAGE_SIZE);
        Pagination pagination = Pagination.of(number, news.total(), NEWS_PAGE_SIZE, "/news?");
        return page.localized(Templates.news(news, pagination));
    }

    @GET
    @Path("/news/{slug}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newsPost(@PathParam("slug") String slug) {
        Document document = content.newsPost(requireSlug(slug));
        return page.localized(Templates.newsPost(document, SafeHtml.of(document.html())));
    }

    private static String requireSlug(String slug) {
        if (slug == null || !slug.matches(SLUG)) {
            throw new NotFoundException();
        }
        return slug;
    }
}
