package shop.dozo.backoffice.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import shop.dozo.backoffice.upstream.CategoriesClient.Category;

/** The categories as the tree staff see: each below its parent, siblings in the shop's order. */
final class CategoryTree {
    static final Comparator<Category> SHOP_ORDER =
            Comparator.comparingInt(Category::sortOrder).thenComparing(Category::slug);

    /** A line of the tree: the category, how deep it sits, and whether it can move up or down among its siblings. */
    record Row(Category category, int depth, boolean canMoveUp, boolean canMoveDown) {
    }

    private CategoryTree() {
    }

    static List<Row> rows(List<Category> all) {
        Set<String> slugs = all.stream().map(Category::slug).collect(Collectors.toSet());
        // A category whose parent is unknown is shown at the top rather than lost.
        Map<String, List<Category>> byParent = all.stream().collect(Collectors.groupingBy(
                category -> category.parent() != null && slugs.contains(category.parent()) ? category.parent() : ""));
        List<Row> rows = new ArrayList<>();
        add(rows, byParent, "", 0);
        return rows;
    }

    /** The active siblings of a category (itself included), in the shop's order. */
    static List<Category> siblings(List<Category> all, Category of) {
        return all.stream().filter(category -> !category.archived())
                .filter(category -> Objects.equals(category.parent(), of.parent())).sorted(SHOP_ORDER).toList();
    }

    private static void add(List<Row> rows, Map<String, List<Category>> byParent, String parent, int depth) {
        List<Category> children = byParent.getOrDefault(parent, List.of()).stream().sorted(SHOP_ORDER).toList();
        List<Category> active = children.stream().filter(category -> !category.archived()).toList();
        for (Category child : children) {
            int place = active.indexOf(child);
            rows.add(new Row(child, Math.min(depth, 5), place > 0, place >= 0 && place < active.size() - 1));
            if (depth < 20) {
                add(rows, byParent, child.slug(), depth + 1);
            }
        }
    }
}
