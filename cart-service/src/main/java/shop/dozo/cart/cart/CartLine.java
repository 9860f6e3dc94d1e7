package shop.dozo.cart.cart;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One SKU in a cart. Only the quantity is stored: prices always come fresh from the catalogue. */
@Embeddable
public class CartLine {
    public String sku;

    public int quantity;

    public Instant addedAt;

    protected CartLine() {
    }

    CartLine(String sku, int quantity) {
        this.sku = sku;
        this.quantity = quantity;
        this.addedAt = Instant.now();
    }
}
