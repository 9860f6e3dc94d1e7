package shop.dozo.storefront.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void countsPagesAndLinksNeighbours() {
        Pagination p = Pagination.of(2, 13, 6, "/category/x?sort=name&");
        assertEquals(3, p.pages());
        assertTrue(p.hasPrevious());
        assertTrue(p.hasNext());
        assertEquals("/category/x?sort=name&page=1", p.previousHref());
        assertEquals("/category/x?sort=name&page=3", p.nextHref());
    }

    @Test
    void anEmptyListingIsOnePageWithoutLinks() {
        Pagination p = Pagination.of(1, 0, 6, "/news?");
        assertEquals(1, p.pages());
        assertFalse(p.needed());
        assertFalse(p.hasNext());
    }

    @Test
    void aHandEditedPageNumberFallsBackToTheFirstPage() {
        assertEquals(1, Pagination.parsePage(null));
        assertEquals(1, Pagination.parsePage("abc"));
        assertEquals(1, Pagination.parsePage("0"));
        assertEquals(1, Pagination.parsePage("-2"));
        assertEquals(4, Pagination.parsePage("4"));
    }
}
