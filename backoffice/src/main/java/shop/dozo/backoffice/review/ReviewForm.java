package shop.dozo.backoffice.review;

import shop.dozo.backoffice.upstream.ReviewsClient;

/**
 * The three things staff can write on a review, as typed: a note when approving, the reason when rejecting, and
 * the shop's reply. A refused one comes back with its text; whether a reason is needed is review-service's rule.
 */
public record ReviewForm(String approveNote, String rejectReason, String replyBody) {

    static ReviewForm of(ReviewsClient.Review review) {
        return new ReviewForm("", "", review.reply() == null ? "" : review.reply().body());
    }

    ReviewForm withApproveNote(String note) {
        return new ReviewForm(nz(note), rejectReason, replyBody);
    }

    ReviewForm withRejectReason(String reason) {
        return new ReviewForm(approveNote, nz(reason), replyBody);
    }

    ReviewForm withReplyBody(String body) {
        return new ReviewForm(approveNote, rejectReason, nz(body));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
