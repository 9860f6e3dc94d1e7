package shop.dozo.backoffice.settings;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shop.dozo.backoffice.upstream.SettingsClient;

/** The settings form as typed; the menu is a list of rows, each row three fields sent side by side. */
public record SettingsForm(String name, String nameEn, String tagline, String taglineEn, List<NavRow> navigation,
        String footer, String footerEn, String legalNoticeSlug, String invoiceRegistrationNumber, String version) {

    /** A menu entry of the form; {@code index} names its fields (nav3Label …) and their errors. */
    public record NavRow(int index, String label, String labelEn, String href) {
        boolean blank() {
            return label.isBlank() && labelEn.isBlank() && href.isBlank();
        }

        public String labelKey() {
            return "nav" + index + "Label";
        }

        public String labelEnKey() {
            return "nav" + index + "LabelEn";
        }

        public String hrefKey() {
            return "nav" + index + "Href";
        }
    }

    static SettingsForm of(SettingsClient.Settings saved) {
        List<NavRow> rows = new ArrayList<>();
        List<SettingsClient.NavItem> items = saved.navigation() == null ? List.of() : saved.navigation();
        for (SettingsClient.NavItem item : items) {
            rows.add(new NavRow(rows.size(), nz(item.label()), nz(item.labelEn()), nz(item.href())));
        }
        return new SettingsForm(nz(saved.name()), nz(saved.nameEn()), nz(saved.tagline()), nz(saved.taglineEn()),
                rows, nz(saved.footer()), nz(saved.footerEn()), nz(saved.legalNoticeSlug()),
                nz(saved.invoiceRegistrationNumber()), saved.version() == null ? "0" : saved.version().toString());
    }

    /** What was sent, without the rows left empty or ticked to be removed. */
    static SettingsForm read(MultivaluedMap<String, String> form) {
        List<String> removed = form.getOrDefault("removeNav", List.of());
        List<String> labels = form.getOrDefault("navLabel", List.of());
        List<String> labelsEn = form.getOrDefault("navLabelEn", List.of());
        List<String> hrefs = form.getOrDefault("navHref", List.of());
        List<NavRow> rows = new ArrayList<>();
        for (int i = 0; i < labels.size() && i < 100; i++) {
            NavRow row = new NavRow(rows.size(), labels.get(i), at(labelsEn, i), at(hrefs, i));
            if (!row.blank() && !removed.contains(Integer.toString(i))) {
                rows.add(row);
            }
        }
        return new SettingsForm(field(form, "name"), field(form, "nameEn"), field(form, "tagline"),
                field(form, "taglineEn"), rows, field(form, "footer"), field(form, "footerEn"),
                field(form, "legalNoticeSlug").strip(), field(form, "invoiceRegistrationNumber"),
                field(form, "version"));
    }

    /** The rows to show: the entries, then one empty row to add another (or {@code extra} of them). */
    public List<NavRow> rowsWithBlank(int extra) {
        List<NavRow> rows = new ArrayList<>(navigation);
        for (int i = 0; i < Math.max(1, extra); i++) {
            rows.add(new NavRow(rows.size(), "", "", ""));
        }
        return rows;
    }

    SettingsForm withVersion(Long newVersion) {
        return new SettingsForm(name, nameEn, tagline, taglineEn, navigation, footer, footerEn, legalNoticeSlug,
                invoiceRegistrationNumber, newVersion == null ? "0" : newVersion.toString());
    }

    SettingsClient.SettingsRequest toRequest() {
        List<SettingsClient.NavItem> items = navigation.stream()
                .map(row -> new SettingsClient.NavItem(row.label(), row.labelEn(), row.href())).toList();
        return new SettingsClient.SettingsRequest(name, nameEn, tagline, taglineEn, items, footer, footerEn,
                legalNoticeSlug.isEmpty() ? null : legalNoticeSlug,
                invoiceRegistrationNumber.isBlank() ? null : invoiceRegistrationNumber,
                version.matches("\\d{1,18}") ? Long.valueOf(version) : null);
    }

    /** content-service names a menu field "navigation[2].href"; the form calls it "nav2Href". */
    static Map<String, String> fieldNames() {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            names.put("navigation[" + i + "].label", "nav" + i + "Label");
            names.put("navigation[" + i + "].labelEn", "nav" + i + "LabelEn");
            names.put("navigation[" + i + "].href", "nav" + i + "Href");
            names.put("navigation[" + i + "]", "nav" + i + "Label");
        }
        return names;
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        return nz(form.getFirst(name));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
