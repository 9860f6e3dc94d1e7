package shop.dozo.content.page;

import jakarta.persistence.Entity;
import org.hibernate.annotations.Immutable;
import shop.dozo.content.document.DocumentRevision;

@Entity
@Immutable
public class PageRevision extends DocumentRevision {
    public Long pageId;
}
