package shop.dozo.backoffice.category;

import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import shop.dozo.backoffice.upstream.CategoriesClient;

/** A category form as typed: every field a string, so a refused form shows exactly what was entered. */
public record CategoryForm(String slug, String name, String nameEn, String parent, String sort, String version) {

    static CategoryForm empty() {
        return new CategoryForm("", "", "", "", "0", "");
    }

    static CategoryForm of(CategoriesClient.Category category) {
        return new CategoryForm(category.slug(), category.name(), category.nameEn(),
                category.parent() == null ? "" : category.parent(), Integer.toString(category.sortOrder()),
                Long.toString(category.version()));
    }

    static CategoryForm read(MultivaluedMap<String, String> form) {
        return new CategoryForm(field(form, "slug").strip(), field(form, "name"), field(form, "nameEn"),
                field(form, "parent"), field(form, "sort"), field(form, "version"));
    }

    CategoryForm withSlug(String newSlug) {
        return new CategoryForm(newSlug, name, nameEn, parent, sort, version);
    }

    CategoryForm withVersion(long newVersion) {
        return new CategoryForm(slug, name, nameEn, parent, sort, Long.toString(newVersion));
    }

    /** The position as a number, or null when what was typed is not a whole number. */
    Integer sortNumber() {
        return whole(sort);
    }

    CategoriesClient.CategoryRequest toRequest(boolean creating) {
        return new CategoriesClient.CategoryRequest(slug, name, nameEn, parent.isBlank() ? null : parent, sortNumber(),
                creating || !version.matches("\\d{1,18}") ? null : Long.valueOf(version));
    }

    /** Full-width digits count too: a Japanese keyboard often types them. */
    static Integer whole(String typed) {
        String plain = Normalizer.normalize(typed == null ? "" : typed, Normalizer.Form.NFKC).strip();
        return plain.matches("-?\\d{1,9}") ? Integer.valueOf(plain) : null;
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
