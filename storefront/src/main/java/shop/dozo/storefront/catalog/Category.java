package shop.dozo.storefront.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record Category(String slug, String name, String nameEn, String parent, int sortOrder) {

    public boolean topLevel() {
        return parent == null;
    }
}
