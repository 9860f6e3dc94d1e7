package shop.dozo.cart.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shop.dozo.support.ProblemException;

/**
 * The figures on the back office's dashboard: orders and sales of today, this month and each of the last days
 * (days in Japan), and how many orders wait for the shop. Sales are the tax-included totals of orders not
 * cancelled, before points: what the shop sold, not what it was paid.
 */
@ApplicationScoped
public class OrderFigures {
    static final int MAX_DAYS = 92;

    public record Period(long orders, long sales) {
    }

    public record Day(LocalDate day, long orders, long sales) {
    }

    /**
     * {@code awaitingPayment}: bank transfers not yet paid, and cash-on-delivery parcels whose money the carrier
     * still collects. {@code awaitingShipment}: paid orders never shipped, and cash-on-delivery orders placed.
     */
    public record Summary(Period today, Period month, List<Day> byDay, long awaitingPayment, long awaitingShipment) {
    }

    @Inject
    EntityManager entities;

    @Transactional
    public Summary summary(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw ProblemException.badRequest("days", "must be 1 to " + MAX_DAYS);
        }
        LocalDate today = LocalDate.now(OrderNumbers.JAPAN);
        LocalDate firstDay = today.minusDays(days - 1L);
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate from = firstDay.isBefore(monthStart) ? firstDay : monthStart;

        Map<LocalDate, long[]> perDay = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            perDay.put(day, new long[2]);
        }
        List<Object[]> sold = entities.createQuery("select o.createdAt, o.total from CustomerOrder o"
                + " where o.createdAt >= :from and o.status <> :cancelled", Object[].class)
                .setParameter("from", from.atStartOfDay(OrderNumbers.JAPAN).toInstant())
                .setParameter("cancelled", OrderStatus.CANCELLED).getResultList();
        for (Object[] row : sold) {
            long[] figures = perDay.get(((Instant) row[0]).atZone(OrderNumbers.JAPAN).toLocalDate());
            if (figures != null) { // an order stamped after "today" began (clock skew between replicas) is left out
                figures[0]++;
                figures[1] += (Integer) row[1];
            }
        }
        List<Day> byDay = new ArrayList<>();
        long monthOrders = 0;
        long monthSales = 0;
        for (var entry : perDay.entrySet()) {
            if (!entry.getKey().isBefore(firstDay)) {
                byDay.add(new Day(entry.getKey(), entry.getValue()[0], entry.getValue()[1]));
            }
            if (!entry.getKey().isBefore(monthStart)) {
                monthOrders += entry.getValue()[0];
                monthSales += entry.getValue()[1];
            }
        }
        long[] todays = perDay.get(today);
        return new Summary(new Period(todays[0], todays[1]), new Period(monthOrders, monthSales), byDay,
                awaitingPayment(), awaitingShipment());
    }

    private long awaitingPayment() {
        return entities.createQuery("select count(o) from CustomerOrder o where (o.status = :placed"
                + " and o.paymentMethod <> :cod) or (o.status = :shipped and o.paymentMethod = :cod)", Long.class)
                .setParameter("placed", OrderStatus.PLACED).setParameter("shipped", OrderStatus.SHIPPED)
                .setParameter("cod", "cash_on_delivery").getSingleResult();
    }

    private long awaitingShipment() {
        return entities.createQuery("select count(o) from CustomerOrder o where (o.status = :placed"
                + " and o.paymentMethod = :cod) or (o.status = :paid and not exists (select 1 from CustomerOrder x"
                + " join x.history h where x = o and h.status = :shipped))", Long.class)
                .setParameter("placed", OrderStatus.PLACED).setParameter("paid", OrderStatus.PAID)
                .setParameter("shipped", OrderStatus.SHIPPED).setParameter("cod", "cash_on_delivery")
                .getSingleResult();
    }
}
