package shop.dozo.cart.order;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shop.dozo.support.ProblemException;

/**
 * The staff order list: by part of an email, the start of a number, a status and a range of days in Japan; and one
 * order as staff see it. Each call is one read-only transaction.
 */
@ApplicationScoped
public class OrderSearch {
    static final int MAX_SIZE = 100;
    /** page × size stays far from int overflow in Panache's offset. */
    static final int MAX_PAGE = 10_000;

    public record Criteria(String email, String number, String status, String from, String to) {
    }

    public record Page(List<OrderSummary> items, long total, int page, int size) {
    }

    @Transactional
    public Page find(Criteria criteria, int page, int size) {
        if (page < 0 || page > MAX_PAGE) {
            throw ProblemException.badRequest("page", "must be 0 to " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProblemException.badRequest("size", "must be 1 to " + MAX_SIZE);
        }
        var found = matching(criteria).page(page, size);
        return new Page(found.list().stream().map(OrderSummary::of).toList(), found.count(), page, size);
    }

    /** The orders matching, newest first; the caller pages through them inside its own transaction. */
    PanacheQuery<CustomerOrder> matching(Criteria criteria) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (present(criteria.email())) {
            where.add("email like :email escape '!'");
            parameters.and("email", "%" + likeEscaped(criteria.email().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (present(criteria.number())) {
            String prefix = OrderNumbers.normalisePrefix(criteria.number());
            if (!prefix.matches("[A-Z0-9-]{1,20}")) {
                throw ProblemException.badRequest("number", "the start of an order number, like DZ-261125");
            }
            where.add("orderNumber like :number escape '!'");
            parameters.and("number", likeEscaped(prefix) + "%");
        }
        if (present(criteria.status())) {
            OrderStatus status = OrderStatus.parse(criteria.status());
            if (status == null) {
                throw ProblemException.badRequest("status", "one of placed, paid, shipped, cancelled");
            }
            where.add("status = :status");
            parameters.and("status", status);
        }
        LocalDate from = day("from", criteria.from());
        LocalDate to = day("to", criteria.to());
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (from != null) {
            where.add("createdAt >= :from");
            parameters.and("from", from.atStartOfDay(OrderNumbers.JAPAN).toInstant());
        }
        if (to != null) {
            where.add("createdAt < :to");
            parameters.and("to", to.plusDays(1).atStartOfDay(OrderNumbers.JAPAN).toInstant());
        }
        String query = String.join(" and ", where);
        return CustomerOrder.find(query, Sort.descending("createdAt").and("id"), parameters);
    }

    /** One order as staff see it, with its lines and history (read while the transaction is open). */
    @Transactional
    public StaffOrderView one(String number) {
        return CustomerOrder.findByNumber(number).map(StaffOrderView::of)
                .orElseThrow(() -> ProblemException.notFound("No order " + number + "."));
    }

    private static LocalDate day(String field, String value) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "a day like 2026-07-25");
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String likeEscaped(String value) {
        return value.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
