package shop.dozo.storefront.product;

import io.quarkus.qute.TemplateExtension;
import org.eclipse.microprofile.config.ConfigProvider;
import shop.dozo.storefront.catalog.Product;

/** {@code {product.stock}} in any template: in stock, few left or sold out. */
@TemplateExtension
public class ProductExtensions {
    private static volatile Integer fewLeftFrom;

    private ProductExtensions() {
    }

    static StockState stock(Product product) {
        return StockState.of(product.available(), fewLeftFrom());
    }

    /** The most a shopper can put in the cart at once: what is there, and never more than 99. */
    static int maxQuantity(Product product) {
        return product.available() == null ? 99 : Math.max(1, Math.min(99, product.available()));
    }

    static int fewLeftFrom() {
        if (fewLeftFrom == null) {
            fewLeftFrom = ConfigProvider.getConfig().getOptionalValue("dozo.stock.few-left", Integer.class).orElse(5);
        }
        return fewLeftFrom;
    }
}
