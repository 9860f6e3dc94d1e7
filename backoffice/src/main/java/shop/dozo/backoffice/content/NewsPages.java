package shop.dozo.backoffice.content;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The shop's news posts, each with a publish date that may lie in the future. */
@Path("/news")
@Produces(MediaType.TEXT_HTML)
public class NewsPages extends DocumentPages {
    @Override
    protected DocumentKind kind() {
        return DocumentKind.NEWS;
    }
}
