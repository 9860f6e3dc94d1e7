package shop.dozo.backoffice.dashboard;

import java.util.ArrayList;
import java.util.List;
import shop.dozo.backoffice.upstream.OrdersClient;

/**
 * Sales by day as an SVG bar chart, drawn on the server (no script, works in print), with the same figures in a
 * table for screen readers. Heights are relative to the best day.
 */
public record SalesChart(List<Bar> bars, long maxSales, int width, int height) {
    static final int CHART_HEIGHT = 160;
    static final int BAR_STEP = 20;
    static final int LABEL_SPACE = 20;

    public record Bar(String day, String shortLabel, long orders, long sales, int x, int y, int barHeight,
            boolean labelled) {
    }

    public static SalesChart of(List<OrdersClient.Day> days) {
        long max = days.stream().mapToLong(OrdersClient.Day::sales).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            OrdersClient.Day day = days.get(i);
            int barHeight = max == 0 ? 0 : (int) Math.max(day.sales() > 0 ? 1 : 0, day.sales() * CHART_HEIGHT / max);
            // Every 7th day carries its date below the bar, and always the last (today).
            boolean labelled = (days.size() - 1 - i) % 7 == 0;
            bars.add(new Bar(day.day(), shortLabel(day.day()), day.orders(), day.sales(), i * BAR_STEP + 2,
                    CHART_HEIGHT - barHeight, barHeight, labelled));
        }
        return new SalesChart(bars, max, Math.max(days.size() * BAR_STEP, BAR_STEP), CHART_HEIGHT + LABEL_SPACE);
    }

    /** 2026-12-05 → 12/5 */
    static String shortLabel(String isoDay) {
        if (isoDay == null || isoDay.length() != 10) {
            return "";
        }
        return Integer.parseInt(isoDay.substring(5, 7)) + "/" + Integer.parseInt(isoDay.substring(8, 10));
    }

    public int labelY() {
        return CHART_HEIGHT + 15;
    }
}
