package shop.dozo.content.news;

import jakarta.enterprise.context.ApplicationScoped;
import shop.dozo.content.document.DocumentEditor;

@ApplicationScoped
public class NewsEditor extends DocumentEditor<NewsPost, NewsRevision> {
    NewsEditor() {
        super(new DocumentKind<>("news post", NewsPost.class, NewsRevision.class, "newsPostId",
                "publishedAt desc, id desc", NewsPost::new,
                (revision, post) -> revision.newsPostId = post, NewsRevision::new));
    }
}
