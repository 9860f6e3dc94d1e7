package shop.dozo.review.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.dozo.review.Sha256;

/**
 * Who is posting, for the rate limit: the shopper's address (X-Forwarded-For from a trusted proxy, see
 * application.properties), kept only as a salted hash.
 */
@ApplicationScoped
public class ClientIdentity {

    @ConfigProperty(name = "dozo.review.client-hash-salt")
    String salt;

    public String hash(String address) {
        return Sha256.hex(salt + "|" + (address == null ? "unknown" : address));
    }
}
