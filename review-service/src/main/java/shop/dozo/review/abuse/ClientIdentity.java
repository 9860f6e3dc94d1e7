package shop.dozo.review.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.dozo.review.Sha256;

/**
 * Who is posting, for the rate limit: the shopper's address (X-Forwarded-For from a trusted proxy, see
 * application.properties), kept only as a salted hash.
 */
@ApplicationScoped
public class ClientIdentity {

    @Inject
    ClientIdentityConfig config;

    public String hash(String address) {
        return Sha256.hex(config.clientHashSalt() + "|" + (address == null ? "unknown" : address));
    }
}
