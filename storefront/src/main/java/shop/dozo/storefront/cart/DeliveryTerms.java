package shop.dozo.storefront.cart;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** cart-service's delivery terms (tax-included yen) and the prefectures it delivers to, north to south. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeliveryTerms(int flatFeeYen, int freeFromYen, int coolFeeYen, List<String> prefectures) {
}
