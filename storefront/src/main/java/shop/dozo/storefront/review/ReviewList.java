package shop.dozo.storefront.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record ReviewList(int page, int size, long total, List<Review> items) {
}
