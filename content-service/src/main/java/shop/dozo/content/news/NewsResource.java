package shop.dozo.content.news;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.content.document.DocumentStatus;
import shop.dozo.content.document.DocumentViews;
import shop.dozo.content.document.DocumentViews.PublicView;
import shop.dozo.support.ProblemException;

/** Published news, newest first. A post dated in the future appears when its date comes. */
@Path("/api/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News")
public class NewsResource {
    private static final int MAX_SIZE = 50;

    public record NewsPage(List<PublicView> items, long total, int page, int size) {
    }

    @Inject
    DocumentViews views;

    @GET
    @Operation(summary = "Published news, newest first, in pages of `size` (page counts from 0)")
    public NewsPage list(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("10") int size) {
        if (page < 0 || page > 10_000) {
            throw ProblemException.badRequest("page", "must be between 0 and 10000");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        var query = NewsPost.<NewsPost>find("status = ?1 and publishedAt <= ?2",
                Sort.descending("publishedAt").and("id", Sort.Direction.Descending), DocumentStatus.PUBLISHED,
                Instant.now());
        List<PublicView> items = query.page(page, size).list().stream().map(views::published).toList();
        return new NewsPage(items, query.count(), page, size);
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "One published news post")
    public PublicView one(@PathParam("slug") String slug) {
        NewsPost post = NewsPost.<NewsPost>find("slug", slug).firstResultOptional()
                .filter(found -> found.isPublicAt(Instant.now()))
                .orElseThrow(() -> ProblemException.notFound("There is no news post with the slug '" + slug + "'."));
        return views.published(post);
    }
}
