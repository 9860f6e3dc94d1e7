package shop.dozo.review.review;

/** Only APPROVED reviews are public. WITHDRAWN is final; nothing is ever deleted. */
public enum ReviewStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
