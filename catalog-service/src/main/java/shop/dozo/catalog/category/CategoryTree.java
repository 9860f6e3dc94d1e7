package shop.dozo.catalog.category;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import shop.dozo.support.ProblemException;

/** The category tree: a shop has a handful of categories, so it is read whole and walked in memory. */
@ApplicationScoped
public class CategoryTree {

    public Category active(String slug) {
        return Category.findBySlug(slug).filter(category -> !category.archived)
                .orElseThrow(() -> ProblemException.notFound("No category '" + slug + "'."));
    }

    /** The category and everything below it, for "show me all of 布ナプキン, sets included". */
    public List<Long> withDescendants(String slug) {
        Category root = active(slug);
        List<Category> all = Category.list("archived = false");
        List<Long> ids = new ArrayList<>(List.of(root.id));
        for (int i = 0; i < ids.size(); i++) {
            Long parentId = ids.get(i);
            all.stream().filter(category -> category.parent != null && category.parent.id.equals(parentId))
                    .forEach(child -> ids.add(child.id));
        }
        return ids;
    }

    /** From the root down to the category itself: トップ › 布ナプキン › お試しセット. */
    public List<CategoryView> breadcrumbs(Category category) {
        List<CategoryView> trail = new ArrayList<>();
        for (Category step = category; step != null && trail.size() < 20; step = step.parent) {
            trail.add(CategoryView.of(step));
        }
        Collections.reverse(trail);
        return trail;
    }

    public List<CategoryView> children(Category category) {
        return Category.<Category>find("parent = ?1 and archived = false order by sortOrder, slug", category).stream()
                .map(CategoryView::of).toList();
    }

    /** A category may not become its own ancestor: the tree must stay a tree. */
    public boolean wouldLoop(Category category, Category newParent) {
        for (Category step = newParent; step != null; step = step.parent) {
            if (step.id.equals(category.id)) {
                return true;
            }
        }
        return false;
    }
}
