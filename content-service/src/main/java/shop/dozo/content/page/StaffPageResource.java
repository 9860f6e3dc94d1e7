package shop.dozo.content.page;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import shop.dozo.content.document.StaffDocumentResource;

/** Staff write pages; a page leaves the shop by being archived. */
@Path("/api/staff/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages (staff)", description = "Pages with full revision history")
public class StaffPageResource extends StaffDocumentResource<Page, PageRevision> {
    @Inject
    PageEditor pages;

    @Override
    protected PageEditor editor() {
        return pages;
    }
}
