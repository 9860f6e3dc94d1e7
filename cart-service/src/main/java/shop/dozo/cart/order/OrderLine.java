package shop.dozo.cart.order;

import jakarta.persistence.Embeddable;

/** A line as it was bought: name, price and rate are copied, never looked up again. */
@Embeddable
public class OrderLine {
    public String sku;
    public String name;
    public int unitPrice;
    public int taxRate;
    public int quantity;
    public boolean cool;

    protected OrderLine() {
    }

    public OrderLine(String sku, String name, int unitPrice, int taxRate, int quantity, boolean cool) {
        this.sku = sku;
        this.name = name;
        this.unitPrice = unitPrice;
        this.taxRate = taxRate;
        this.quantity = quantity;
        this.cool = cool;
    }

    public int total() {
        return Math.multiplyExact(unitPrice, quantity);
    }
}
