package shop.dozo.support.staff;

/**
 * What content-service knows about a staff account, for token checks: a disabled or unknown account's tokens
 * are refused, and so are tokens issued (iat) before {@code tokensValidFrom} (epoch seconds; a password change).
 */
public record StaffStatus(boolean active, long tokensValidFrom) {
    public static final StaffStatus UNKNOWN = new StaffStatus(false, Long.MAX_VALUE);

    public boolean accepts(long issuedAt) {
        return active && issuedAt >= tokensValidFrom;
    }
}
