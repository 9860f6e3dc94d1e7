package shop.dozo.backoffice.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Someone saved the settings meanwhile: what differs between the form (still as typed) and what is saved now. */
public record SettingsConflict(List<Difference> differences, String updatedBy, String updatedAt) {

    public record Difference(String field, String yours, String saved) {
    }

    static SettingsConflict between(SettingsForm yours, SettingsForm saved, String updatedBy, String updatedAt) {
        List<Difference> differences = new ArrayList<>();
        compare(differences, "name", yours.name(), saved.name());
        compare(differences, "nameEn", yours.nameEn(), saved.nameEn());
        compare(differences, "tagline", yours.tagline(), saved.tagline());
        compare(differences, "taglineEn", yours.taglineEn(), saved.taglineEn());
        compare(differences, "navigation", menu(yours), menu(saved));
        compare(differences, "footer", yours.footer(), saved.footer());
        compare(differences, "footerEn", yours.footerEn(), saved.footerEn());
        compare(differences, "legalNoticeSlug", yours.legalNoticeSlug(), saved.legalNoticeSlug());
        compare(differences, "invoiceRegistrationNumber", yours.invoiceRegistrationNumber(),
                saved.invoiceRegistrationNumber());
        return new SettingsConflict(differences, updatedBy, updatedAt);
    }

    private static String menu(SettingsForm form) {
        return form.navigation().stream().map(row -> row.label() + " → " + row.href())
                .collect(Collectors.joining(", "));
    }

    private static void compare(List<Difference> differences, String field, String yours, String saved) {
        if (!Objects.equals(yours.strip(), saved.strip())) {
            differences.add(new Difference(field, yours, saved));
        }
    }
}
