package shop.dozo.backoffice.product;

import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import shop.dozo.backoffice.upstream.ProductsClient;
import shop.dozo.backoffice.web.FormErrors;

/**
 * The product editor's fields exactly as typed, so a refused save shows them again unchanged. Numbers are read
 * leniently (full-width digits, "1,980", "¥") because that is how people type prices; whether a price is allowed
 * is catalog-service's rule, not ours.
 */
public record ProductForm(String sku, String name, String nameEn, String description, String descriptionEn,
        String price, String taxRate, boolean cool, String category, String tags, boolean recommended, String stock,
        String version, List<String> imageIds) {

    public static ProductForm empty() {
        return new ProductForm("", "", "", "", "", "", "10", false, "", "", false, "0", "", List.of());
    }

    public static ProductForm of(ProductsClient.Product product) {
        return new ProductForm(product.sku(), product.name(), nz(product.nameEn()), nz(product.description()),
                nz(product.descriptionEn()), Integer.toString(product.priceYen()), Integer.toString(product.taxRate()),
                product.cool(), product.category(), String.join(", ", product.tags()), product.recommended(), "",
                Long.toString(product.version()), product.imageIds());
    }

    public static ProductForm read(MultivaluedMap<String, String> form, List<String> imageIds) {
        return new ProductForm(field(form, "sku"), field(form, "name"), field(form, "nameEn"),
                field(form, "description"), field(form, "descriptionEn"), field(form, "price"),
                field(form, "taxRate"), form.containsKey("cool"), field(form, "category"), field(form, "tags"),
                form.containsKey("recommended"), field(form, "stock"), field(form, "version"), imageIds);
    }

    /** The request catalog-service gets, or the fields that are not numbers at all. */
    public ProductsClient.ProductRequest toRequest(boolean creating) {
        return new ProductsClient.ProductRequest(sku.strip(), null, category, name, nameEn,
                // A new product starts as a draft (catalog-service would publish it at once); an edit keeps its status.
                description, descriptionEn, number(price), number(taxRate), cool, recommended,
                creating ? "draft" : null, tagList(), imageIds,
                creating ? number(stock) : null, creating ? null : Long.valueOf(version));
    }

    public FormErrors numberErrors(boolean english, boolean creating) {
        String message = english ? "Enter a whole number." : "半角数字（整数）で入力してください。";
        if (!price.isBlank() && number(price) == null) {
            return FormErrors.field("price", message);
        }
        if (creating && !stock.isBlank() && number(stock) == null) {
            return FormErrors.field("stock", message);
        }
        if (!creating && !version.matches("\\d{1,18}")) {
            return FormErrors.general(english ? "Open the product again and redo the change."
                    : "商品を開き直してから、もう一度変更してください。");
        }
        return FormErrors.NONE;
    }

    public ProductForm withVersion(long newVersion) {
        return new ProductForm(sku, name, nameEn, description, descriptionEn, price, taxRate, cool, category, tags,
                recommended, stock, Long.toString(newVersion), imageIds);
    }

    public ProductForm withImages(List<String> newImageIds) {
        return new ProductForm(sku, name, nameEn, description, descriptionEn, price, taxRate, cool, category, tags,
                recommended, stock, version, List.copyOf(newImageIds));
    }

    List<String> tagList() {
        return Arrays.stream(tags.split("[,、，]")).map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    /** "１，９８０円" → 1980; null when it is not a whole number (blank: null too, the service says it is missing). */
    static Integer number(String typed) {
        String plain = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC)
                .replaceAll("[,\\s¥円]", "");
        if (!plain.matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(plain);
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
