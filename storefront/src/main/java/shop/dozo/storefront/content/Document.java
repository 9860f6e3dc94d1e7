package shop.dozo.storefront.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/** A published page or news post; {@code html} was rendered from Markdown and sanitised by content-service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Document(String slug, String title, String titleEn, String html, Instant publishedAt, Instant updatedAt) {
}
