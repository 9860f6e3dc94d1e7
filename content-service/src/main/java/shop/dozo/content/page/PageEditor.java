package shop.dozo.content.page;

import jakarta.enterprise.context.ApplicationScoped;
import shop.dozo.content.document.DocumentEditor;

@ApplicationScoped
public class PageEditor extends DocumentEditor<Page, PageRevision> {
    PageEditor() {
        super(new DocumentKind<>("page", Page.class, PageRevision.class, "pageId", "slug", Page::new,
                (revision, page) -> revision.pageId = page, PageRevision::new));
    }
}
