package shop.dozo.backoffice.content;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/pages/{slug}/revisions")
@Produces(MediaType.TEXT_HTML)
public class PageRevisionPages extends RevisionPages {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.PAGES;
    }
}
