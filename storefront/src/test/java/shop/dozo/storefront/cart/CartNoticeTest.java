package shop.dozo.storefront.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import shop.dozo.api.Problem;
import shop.dozo.web.upstream.UpstreamProblem;

class CartNoticeTest {

    private static CartNotice.Refusal refusal(int status, List<Problem.FieldError> errors) {
        return CartNotice.refusal(new UpstreamProblem(Problem.of(status, "t", "d").withErrors(errors)));
    }

    @Test
    void tooFewLeftTellsHowManyCanBeOrdered() {
        CartNotice.Refusal r = refusal(409, List.of(new Problem.FieldError("quantity", "at most 3")));
        assertEquals(CartNotice.NOT_ENOUGH, r.notice());
        assertEquals("3", r.detail());
    }

    @Test
    void noneLeftIsSoldOut() {
        assertEquals(CartNotice.SOLD_OUT,
                refusal(409, List.of(new Problem.FieldError("quantity", "at most 0"))).notice());
        assertNull(refusal(409, List.of()).detail());
    }

    @Test
    void otherRefusalsHaveTheirOwnNotice() {
        assertEquals(CartNotice.UNKNOWN_PRODUCT, refusal(422, List.of()).notice());
        assertEquals(CartNotice.LOST, refusal(404, List.of()).notice());
        assertEquals(CartNotice.TOO_MANY_LINES, refusal(400, List.of(new Problem.FieldError("sku", "max"))).notice());
        assertEquals(CartNotice.BAD_QUANTITY, refusal(400, List.of(new Problem.FieldError("quantity", "x"))).notice());
    }

    @Test
    void onlyKnownCodesAreNotices() {
        assertEquals(CartNotice.ADDED, CartNotice.parse("added").orElseThrow());
        assertTrue(CartNotice.parse("<script>").isEmpty());
        assertTrue(CartNotice.parse(null).isEmpty());
    }
}
