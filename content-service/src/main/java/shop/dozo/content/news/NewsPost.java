package shop.dozo.content.news;

import jakarta.persistence.Entity;
import shop.dozo.content.document.Document;

/** A dated announcement. Public from its publish date on, so a post can be scheduled. */
@Entity
public class NewsPost extends Document {
}
