package shop.dozo.storefront.category;

/**
 * Page links for a listing. Pages count from 1 in addresses (that is what people expect to read), from 0 at
 * catalog-service.
 *
 * @param baseHref the listing's address with its other parameters, ending in '?' or '&'
 */
public record Pagination(int page, int pages, String baseHref) {

    public static Pagination of(int page, long total, int size, String baseHref) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        return new Pagination(page, pages, baseHref);
    }

    /** "2" → 2; missing, "abc", "0" or "-3" → 1: a hand-edited address still shows the listing. */
    public static int parsePage(String param) {
        if (param == null || !param.matches("[0-9]{1,5}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(param));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    public boolean needed() {
        return pages > 1;
    }

    public String previousHref() {
        return href(page - 1);
    }

    public String nextHref() {
        return href(page + 1);
    }

    public String href(int target) {
        return baseHref + "page=" + target;
    }
}
