package shop.dozo.backoffice.session;

import java.time.Instant;
import java.util.Set;

/**
 * A signed-in person, as the encrypted session cookie carries it: their own content-service token (never shown
 * to the page), when it expires, and when they were last seen, for the idle timeout.
 *
 * @param id random, per sign-in: the CSRF tokens are bound to it
 */
public record StaffSession(String id, String email, Set<String> roles, String token, Instant tokenExpiresAt,
        Instant lastSeen) {

    public boolean isOwner() {
        return roles.contains("owner");
    }

    public StaffSession seenAt(Instant now) {
        return new StaffSession(id, email, roles, token, tokenExpiresAt, now);
    }

    public StaffSession withToken(String newToken, Instant expiresAt) {
        return new StaffSession(id, email, roles, newToken, expiresAt, lastSeen);
    }
}
