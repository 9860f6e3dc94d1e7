package shop.dozo.content.news;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import shop.dozo.content.document.DocumentEditor;

@ApplicationScoped
public class NewsEditor extends DocumentEditor<NewsPost, NewsRevision> {

    @Override
    protected String kind() {
        return "news post";
    }

    @Override
    protected Optional<NewsPost> findBySlug(String slug, LockModeType lock) {
        return NewsPost.find("slug", slug).withLock(lock).firstResultOptional();
    }

    @Override
    protected NewsPost newDocument() {
        return new NewsPost();
    }

    @Override
    protected NewsRevision newRevision(NewsPost post) {
        NewsRevision revision = new NewsRevision();
        revision.newsPostId = post.id;
        return revision;
    }

    @Override
    protected Optional<NewsRevision> findRevision(NewsPost post, int revision) {
        return NewsRevision.find("newsPostId = ?1 and revision = ?2", post.id, revision).firstResultOptional();
    }

    @Override
    public List<NewsRevision> revisions(NewsPost post) {
        return NewsRevision.list("newsPostId = ?1 order by revision", post.id);
    }
}
