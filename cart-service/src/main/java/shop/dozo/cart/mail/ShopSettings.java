package shop.dozo.cart.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The shop's name and qualified-invoice registration number for the mails, asked of content-service, which owns
 * them, and kept five minutes. When content-service cannot answer, the last answer serves; with none yet the
 * caller fails and the mail is tried again later, because an order mail without the number is not a receipt.
 */
@ApplicationScoped
public class ShopSettings {
    private static final Duration KEEP = Duration.ofMinutes(5);

    /** What the mails need; {@code registrationNumber} is null while staff have not set it. */
    public record Values(String name, String nameEn, String registrationNumber) {
        public String name(String locale) {
            String chosen = "en".equals(locale) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
            return chosen == null || chosen.isBlank() ? "Dozo" : chosen;
        }
    }

    @Inject
    @RestClient
    SettingsClient client;

    private volatile Values last;
    private volatile Instant fetchedAt = Instant.EPOCH;

    public Values current() {
        if (last != null && fetchedAt.plus(KEEP).isAfter(Instant.now())) {
            return last;
        }
        try {
            SettingsClient.PublicSettings settings = client.settings();
            last = new Values(settings.name(), settings.nameEn(), blankToNull(settings.invoiceRegistrationNumber()));
            fetchedAt = Instant.now();
            return last;
        } catch (RuntimeException e) {
            if (last != null) {
                return last;
            }
            throw new IllegalStateException("content-service cannot say the shop's settings now: " + e, e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
