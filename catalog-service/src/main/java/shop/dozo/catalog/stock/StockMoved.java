package shop.dozo.catalog.stock;

/** Fired inside the transaction that moved a SKU's available stock; the read cache forgets once it commits. */
public record StockMoved(String sku) {
}
