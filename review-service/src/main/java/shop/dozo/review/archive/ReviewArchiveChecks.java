package shop.dozo.review.archive;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import shop.dozo.review.moderation.ModerationAction;
import shop.dozo.review.review.PurchaseCheck;
import shop.dozo.review.review.ReviewStatus;
import shop.dozo.support.InputText;
import shop.dozo.support.NdjsonTables;

/**
 * What an archive row must be before review-service stores it, beyond the table's own constraints: the checks the
 * review importer made before it moved onto {@code NdjsonTables}. Rows come by column name.
 */
final class ReviewArchiveChecks {
    /** The columns whose text may span lines (as the API's {@code @MultiLineText} fields); every other is one line. */
    private static final Set<String> MULTI_LINE = Set.of("body", "status_reason", "reply_body", "reason", "note");

    private static final String CLASH =
            "SELECT id FROM review WHERE NOT (id <=> ?) AND (external_id = ? OR withdraw_key_hash = ?)";

    private ReviewArchiveChecks() {
    }

    static void review(Connection connection, Map<String, JsonNode> row) throws SQLException {
        text(row);
        known(row, "status", ReviewStatus.class, false);
        known(row, "purchase_check", PurchaseCheck.class, false);
        String externalId = textOf(row, "external_id");
        String withdrawKeyHash = textOf(row, "withdraw_key_hash");
        if (externalId == null && withdrawKeyHash == null) {
            return;
        }
        // ON DUPLICATE KEY would otherwise overwrite whichever row holds the same external id or key.
        try (PreparedStatement clash = connection.prepareStatement(CLASH)) {
            JsonNode id = row.get("id");
            if (id == null || id.isNull()) {
                clash.setNull(1, java.sql.Types.BIGINT);
            } else {
                clash.setLong(1, id.asLong());
            }
            clash.setString(2, externalId);
            clash.setString(3, withdrawKeyHash);
            try (ResultSet other = clash.executeQuery()) {
                if (other.next()) {
                    throw new IllegalArgumentException("review " + other.getLong(1)
                            + " already has this externalId or withdrawKeyHash");
                }
            }
        }
    }

    static void moderationEvent(Connection connection, Map<String, JsonNode> row) {
        text(row);
        known(row, "action", ModerationAction.class, false);
        known(row, "from_status", ReviewStatus.class, true);
        known(row, "to_status", ReviewStatus.class, false);
    }

    /** Every text value passes the one text rule, as it did when it first reached the service. */
    private static void text(Map<String, JsonNode> row) {
        row.forEach((column, value) -> {
            if (value.isTextual()) {
                InputText.refusal(value.textValue(), MULTI_LINE.contains(column)).ifPresent(refusal -> {
                    throw new IllegalArgumentException(NdjsonTables.camelCase(column) + " " + refusal);
                });
            }
        });
    }

    private static <E extends Enum<E>> void known(Map<String, JsonNode> row, String column, Class<E> type,
            boolean nullable) {
        JsonNode value = row.get(column);
        if (value == null || (nullable && value.isNull())) {
            return;
        }
        boolean known = value.isTextual()
                && Arrays.stream(type.getEnumConstants())
                        .anyMatch(constant -> constant.name().equals(value.textValue()));
        if (!known) {
            throw new IllegalArgumentException(NdjsonTables.camelCase(column) + " must be one of "
                    + Arrays.toString(type.getEnumConstants()) + ", not " + value);
        }
    }

    private static String textOf(Map<String, JsonNode> row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asText();
    }
}
