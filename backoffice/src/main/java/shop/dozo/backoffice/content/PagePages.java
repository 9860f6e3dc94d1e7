package shop.dozo.backoffice.content;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The shop's pages: about us, shipping, the legal notice. */
@Path("/pages")
@Produces(MediaType.TEXT_HTML)
public class PagePages extends DocumentPages {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.PAGES;
    }
}
