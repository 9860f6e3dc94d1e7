package shop.dozo.backoffice.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Someone saved the product while this person was editing it. Both versions stay on the screen: what they typed
 * (still in the form) and what is saved now, field by field where the two differ; they choose which to keep.
 */
public record Conflict(List<Difference> differences, long currentVersion, String updatedAt) {

    public record Difference(String field, String yours, String saved) {
    }

    static Conflict between(ProductForm yours, ProductForm saved, String updatedAt) {
        List<Difference> differences = new ArrayList<>();
        compare(differences, "name", yours.name(), saved.name());
        compare(differences, "nameEn", yours.nameEn(), saved.nameEn());
        compare(differences, "description", yours.description(), saved.description());
        compare(differences, "descriptionEn", yours.descriptionEn(), saved.descriptionEn());
        compare(differences, "price", String.valueOf(ProductForm.number(yours.price())), saved.price());
        compare(differences, "taxRate", yours.taxRate(), saved.taxRate());
        compare(differences, "cool", Boolean.toString(yours.cool()), Boolean.toString(saved.cool()));
        compare(differences, "category", yours.category(), saved.category());
        compare(differences, "tags", String.join(", ", yours.tagList()), String.join(", ", saved.tagList()));
        compare(differences, "recommended", Boolean.toString(yours.recommended()),
                Boolean.toString(saved.recommended()));
        compare(differences, "photos", Integer.toString(yours.imageIds().size()),
                Integer.toString(saved.imageIds().size()));
        return new Conflict(differences, Long.parseLong(saved.version()), updatedAt);
    }

    private static void compare(List<Difference> differences, String field, String yours, String saved) {
        if (!Objects.equals(yours.strip(), saved.strip())) {
            differences.add(new Difference(field, yours, saved));
        }
    }
}
