package shop.dozo.content.page;

import jakarta.persistence.Entity;
import shop.dozo.content.document.Document;

/** A page of the shop: about us, shipping, the legal notice. */
@Entity
public class Page extends Document {
}
