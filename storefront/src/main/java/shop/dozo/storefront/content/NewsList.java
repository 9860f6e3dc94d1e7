package shop.dozo.storefront.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
public record NewsList(List<Document> items, long total, int page, int size) {
}
