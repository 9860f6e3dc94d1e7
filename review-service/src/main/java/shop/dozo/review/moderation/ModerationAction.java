package shop.dozo.review.moderation;

public enum ModerationAction {
    SUBMITTED, IMPORTED, APPROVED, REJECTED, WITHDRAWN, REPLIED, REPLY_REMOVED
}
