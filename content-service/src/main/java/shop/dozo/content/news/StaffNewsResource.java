package shop.dozo.content.news;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.content.document.StaffDocumentResource;

/** Staff write news posts; as with pages, every save is a revision and nothing is ever deleted. */
@Path("/api/staff/news")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "News (staff)", description = "News posts with full revision history")
public class StaffNewsResource extends StaffDocumentResource<NewsPost, NewsRevision> {
    @Inject
    NewsEditor news;

    @Override
    protected NewsEditor editor() {
        return news;
    }
}
