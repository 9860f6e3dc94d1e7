package shop.dozo.storefront.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StockStateTest {

    @Test
    void stockStatesFollowTheUnitsLeft() {
        assertEquals(StockState.SOLD_OUT, StockState.of(0, 5));
        assertEquals(StockState.FEW_LEFT, StockState.of(1, 5));
        assertEquals(StockState.FEW_LEFT, StockState.of(5, 5));
        assertEquals(StockState.IN_STOCK, StockState.of(6, 5));
        assertEquals(StockState.IN_STOCK, StockState.of(null, 5), "unlimited stock is always in stock");
    }
}
