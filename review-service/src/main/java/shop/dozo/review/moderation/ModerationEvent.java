package shop.dozo.review.moderation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;
import shop.dozo.review.review.Review;
import shop.dozo.review.review.ReviewStatus;

/** One line of a review's history. Written in the same transaction as the change it describes; never updated. */
@Entity
public class ModerationEvent extends PanacheEntityBase {
    public static final String SHOPPER = "shopper";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long reviewId;

    @Enumerated(EnumType.STRING)
    public ModerationAction action;

    @Enumerated(EnumType.STRING)
    public ReviewStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public ReviewStatus toStatus;

    public String reason;

    public String note;

    public String actor;

    public Instant createdAt;

    public static ModerationEvent record(Review review, ModerationAction action, ReviewStatus from, String reason,
            String note, String actor, Instant at) {
        ModerationEvent event = new ModerationEvent();
        event.reviewId = review.id;
        event.action = action;
        event.fromStatus = from;
        event.toStatus = review.status;
        event.reason = reason;
        event.note = note;
        event.actor = actor;
        event.createdAt = at;
        event.persist();
        return event;
    }

    public static List<ModerationEvent> historyOf(long reviewId) {
        return list("reviewId = ?1 order by id", reviewId);
    }
}
