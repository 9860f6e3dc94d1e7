package shop.dozo.storefront.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record PageLink(String slug, String title, String titleEn) {
}
