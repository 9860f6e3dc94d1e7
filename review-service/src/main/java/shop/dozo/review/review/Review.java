package shop.dozo.review.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
public class Review extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String externalId;

    public String sku;

    public int rating;

    public String title;

    public String body;

    public String nickname;

    @Enumerated(EnumType.STRING)
    public ReviewStatus status;

    /** Why staff rejected or withdrew it (the full story is in the moderation events). */
    public String statusReason;

    @Enumerated(EnumType.STRING)
    public PurchaseCheck purchaseCheck;

    public String orderNumber;

    public String replyBody;

    public String replyAuthor;

    public Instant repliedAt;

    public String withdrawKeyHash;

    public String clientHash;

    public String bodyHash;

    @Version
    public long version;

    public Instant createdAt;

    public Instant updatedAt;

    public boolean verifiedPurchase() {
        return purchaseCheck == PurchaseCheck.VERIFIED;
    }
}
