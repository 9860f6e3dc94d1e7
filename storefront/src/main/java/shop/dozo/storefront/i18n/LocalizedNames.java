package shop.dozo.storefront.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import shop.dozo.storefront.cart.CartView;
import shop.dozo.storefront.catalog.Category;
import shop.dozo.storefront.catalog.Product;
import shop.dozo.storefront.content.Document;
import shop.dozo.storefront.content.PageLink;

/**
 * {@code {product.label}}, {@code {category.label}}: the English text on English pages when staff wrote one,
 * else the Japanese one (a half-translated shop still shows every name).
 */
@TemplateExtension
public class LocalizedNames {
    private LocalizedNames() {
    }

    static String label(Product product, @TemplateAttribute("locale") Object locale) {
        return pick(locale, product.name(), product.nameEn());
    }

    static String text(Product product, @TemplateAttribute("locale") Object locale) {
        return pick(locale, product.description(), product.descriptionEn());
    }

    static String label(Category category, @TemplateAttribute("locale") Object locale) {
        return pick(locale, category.name(), category.nameEn());
    }

    static String label(CartView.Line line, @TemplateAttribute("locale") Object locale) {
        return pick(locale, line.name() == null ? line.sku() : line.name(), line.nameEn());
    }

    static String label(shop.dozo.storefront.checkout.Quote.Line line, @TemplateAttribute("locale") Object locale) {
        return pick(locale, line.name() == null ? line.sku() : line.name(), line.nameEn());
    }

    static String label(Document document, @TemplateAttribute("locale") Object locale) {
        return pick(locale, document.title(), document.titleEn());
    }

    static String label(PageLink page, @TemplateAttribute("locale") Object locale) {
        return pick(locale, page.title(), page.titleEn());
    }

    public static String pick(Object locale, String japanese, String english) {
        boolean en = Lang.of(locale) == Lang.EN;
        return en && english != null && !english.isBlank() ? english : japanese;
    }
}
