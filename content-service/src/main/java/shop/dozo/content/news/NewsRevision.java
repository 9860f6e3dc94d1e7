package shop.dozo.content.news;

import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import shop.dozo.content.document.DocumentRevision;

@Entity
@Immutable
public class NewsRevision extends DocumentRevision {
    public Long newsPostId;
}
