package shop.dozo.review.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import shop.dozo.api.Problem;
import shop.dozo.review.Sha256;
import shop.dozo.review.review.Review;
import shop.dozo.support.ProblemException;

/**
 * Rate limit per client and duplicate detection, counted from the review rows themselves: every replica sees
 * the same numbers, and nothing lives in memory.
 *
 * <p>Not a rate-limit library (SmallRye Fault Tolerance's {@code @RateLimit}, Bucket4j): those count in each
 * replica's memory, so n replicas would allow n times the posts and a restart would forget them all.
 */
@ApplicationScoped
public class PostingGuard {

    @Inject
    PostingGuardConfig config;

    /** The same text for the same SKU, whatever the spacing, letter case or full-/half-width forms. */
    public static String bodyFingerprint(String sku, String body) {
        String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).replaceAll("(?U)\\s+", "")
                .toLowerCase(Locale.ROOT);
        return Sha256.hex(sku + "\n" + folded);
    }

    public void check(String clientHash, String bodyHash, Instant now) {
        Object[] recent = Review.getEntityManager().createQuery(
                "select count(r), min(r.createdAt) from Review r where r.clientHash = ?1 and r.createdAt > ?2",
                Object[].class)
                .setParameter(1, clientHash).setParameter(2, now.minus(config.rateLimit().window())).getSingleResult();
        if (((Number) recent[0]).longValue() >= config.rateLimit().maxPosts()) {
            Instant oldest = (Instant) recent[1];
            throw new RateLimitedException(Duration.between(now, oldest.plus(config.rateLimit().window())));
        }
        if (Review.count("bodyHash = ?1 and createdAt > ?2", bodyHash, now.minus(config.duplicateWindow())) > 0) {
            throw new ProblemException(
                    Problem.of(409, "Conflict", "This review has already been posted for this product.")
                            .withErrors(List.of(new Problem.FieldError("body", "already posted"))));
        }
    }
}
