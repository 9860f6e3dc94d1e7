package shop.dozo.content.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import shop.dozo.content.document.DocumentEditor;

@ApplicationScoped
public class PageEditor extends DocumentEditor<Page, PageRevision> {

    @Override
    protected String kind() {
        return "page";
    }

    @Override
    protected Optional<Page> findBySlug(String slug, LockModeType lock) {
        return Page.find("slug", slug).withLock(lock).firstResultOptional();
    }

    @Override
    protected Page newDocument() {
        return new Page();
    }

    @Override
    protected PageRevision newRevision(Page page) {
        PageRevision revision = new PageRevision();
        revision.pageId = page.id;
        return revision;
    }

    @Override
    protected Optional<PageRevision> findRevision(Page page, int revision) {
        return PageRevision.find("pageId = ?1 and revision = ?2", page.id, revision).firstResultOptional();
    }

    @Override
    public List<PageRevision> revisions(Page page) {
        return PageRevision.list("pageId = ?1 order by revision", page.id);
    }
}
