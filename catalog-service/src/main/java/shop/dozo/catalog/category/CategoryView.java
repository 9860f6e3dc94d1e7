package shop.dozo.catalog.category;

/** What the public API shows of a category. */
public record CategoryView(String slug, String name, String nameEn, String parent, int sortOrder, long version) {

    public static CategoryView of(Category category) {
        return new CategoryView(category.slug, category.nameJa, category.nameEn,
                category.parent == null ? null : category.parent.slug, category.sortOrder, category.version);
    }

    /** A category page: where it sits (breadcrumbs from the root) and what is below it. */
    public record Detail(CategoryView category, java.util.List<CategoryView> breadcrumbs,
            java.util.List<CategoryView> children) {
    }
}
