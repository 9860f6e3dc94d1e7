package shop.dozo.content.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.content.settings.SettingsRequest.NavItem;
import shop.dozo.support.ProblemException;

/** Reads and saves the one settings row, with the same optimistic locking as pages. A save is one transaction. */
@ApplicationScoped
public class SettingsService {
    private static final TypeReference<List<NavItem>> NAVIGATION = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    public SettingsView current() {
        ShopSettings row = ShopSettings.findById(ShopSettings.ID);
        return row == null ? unset() : view(row);
    }

    @Transactional
    public SettingsView save(SettingsRequest request, String author) {
        ShopSettings row = ShopSettings.findById(ShopSettings.ID, LockModeType.PESSIMISTIC_WRITE);
        long current = row == null ? 0 : row.version;
        if (request.version() != current) {
            throw new ProblemException(Problem
                    .of(409, "Conflict", "The settings changed since version " + request.version()
                            + ": they are now at version " + current + ". Merge your change and save again.")
                    .withCurrent(row == null ? unset() : view(row)));
        }
        if (row == null) {
            row = new ShopSettings();
            row.id = ShopSettings.ID;
        }
        row.name = request.name().strip();
        row.nameEn = orEmpty(request.nameEn());
        row.tagline = orEmpty(request.tagline());
        row.taglineEn = orEmpty(request.taglineEn());
        row.navigation = write(request.navigation() == null ? List.of() : request.navigation());
        row.footer = orEmpty(request.footer());
        row.footerEn = orEmpty(request.footerEn());
        row.legalNoticeSlug = request.legalNoticeSlug();
        row.invoiceRegistrationNumber = request.invoiceRegistrationNumber() == null
                || request.invoiceRegistrationNumber().isBlank() ? null : request.invoiceRegistrationNumber().strip();
        row.version = current + 1;
        row.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.updatedBy = author;
        try {
            row.persistAndFlush();
        } catch (PersistenceException e) {
            // Two first saves at once: the other one created the row.
            throw ProblemException
                    .conflict("Someone saved the settings at the same moment. Reload them and try again.");
        }
        return view(row);
    }

    private static SettingsView unset() {
        return new SettingsView("", "", "", "", List.of(), "", "", null, null, 0, null, null);
    }

    private SettingsView view(ShopSettings row) {
        return new SettingsView(row.name, row.nameEn, row.tagline, row.taglineEn, read(row.navigation), row.footer,
                row.footerEn, row.legalNoticeSlug, row.invoiceRegistrationNumber, row.version, row.updatedAt,
                row.updatedBy);
    }

    private List<NavItem> read(String navigation) {
        try {
            return json.readValue(navigation, NAVIGATION);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored navigation is not valid JSON", e);
        }
    }

    private String write(List<NavItem> navigation) {
        try {
            return json.writeValueAsString(navigation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
