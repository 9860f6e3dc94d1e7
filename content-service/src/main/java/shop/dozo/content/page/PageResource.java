package shop.dozo.content.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.content.document.DocumentStatus;
import shop.dozo.content.document.DocumentViews;
import shop.dozo.content.document.DocumentViews.PublicView;
import shop.dozo.support.ProblemException;

/** Published pages for the storefront. Drafts and archived pages do not exist here. */
@Path("/api/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages")
public class PageResource {

    public record PageLink(String slug, String title, String titleEn) {
    }

    @Inject
    DocumentViews views;

    @GET
    @Operation(summary = "The published pages, by slug, for menus and footers")
    public List<PageLink> all() {
        return Page.<Page>list("status = ?1 order by slug", DocumentStatus.PUBLISHED).stream()
                .map(page -> new PageLink(page.slug, page.title, page.titleEn)).toList();
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "A published page, its Markdown rendered to safe HTML")
    public PublicView one(@PathParam("slug") String slug) {
        Page page = Page.<Page>find("slug", slug).firstResultOptional()
                .filter(found -> found.isPublicAt(Instant.now()))
                .orElseThrow(() -> ProblemException.notFound("There is no page with the slug '" + slug + "'."));
        return views.published(page);
    }
}
