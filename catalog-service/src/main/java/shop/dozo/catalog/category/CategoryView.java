package shop.dozo.catalog.category;

import java.util.List;

/** What the API shows of a category ({@code archived} is only ever true in staff listings). */
public record CategoryView(String slug, String name, String nameEn, String parent, int sortOrder, boolean archived,
        long version) {

    public static CategoryView of(Category category) {
        return new CategoryView(category.slug, category.nameJa, category.nameEn,
                category.parent == null ? null : category.parent.slug, category.sortOrder, category.archived,
                category.version);
    }

    /** A category page: where it sits (breadcrumbs from the root) and what is below it. */
    public record Detail(CategoryView category, List<CategoryView> breadcrumbs, List<CategoryView> children) {
    }
}
