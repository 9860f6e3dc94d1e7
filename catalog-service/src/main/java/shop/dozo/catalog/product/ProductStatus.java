package shop.dozo.catalog.product;

public enum ProductStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
