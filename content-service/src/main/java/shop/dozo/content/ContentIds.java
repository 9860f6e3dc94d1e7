package shop.dozo.content;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import shop.dozo.content.document.DocumentRequest;
import shop.dozo.support.IdShapes;

/** The shapes of the ids in content-service's paths; the request records validate with the same constants. */
public class ContentIds {

    @Produces
    @Singleton
    IdShapes shapes() {
        return new IdShapes()
                .id("slug", DocumentRequest.SLUG, DocumentRequest.SLUG_MAX,
                        "a page or news slug: lower-case letters, digits and single hyphens");
    }
}
