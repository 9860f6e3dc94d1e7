package shop.dozo.catalog.category;

/** What the public API shows of a category. */
public record CategoryView(String slug, String name, String nameEn, String parent, int sortOrder) {

    public static CategoryView of(Category category) {
        return new CategoryView(category.slug, category.nameJa, category.nameEn,
                category.parent == null ? null : category.parent.slug, category.sortOrder);
    }
}
