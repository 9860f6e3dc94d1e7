package shop.dozo.backoffice.campaign;

import jakarta.ws.rs.core.MultivaluedMap;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import shop.dozo.backoffice.upstream.CampaignsClient;

/**
 * A new campaign as typed. Times are typed in Japan's time (the shop's), as a datetime-local field gives them,
 * and sent with their +09:00 offset, so "from 1 July" means the Japanese 1 July.
 */
public record CampaignForm(String code, String name, String multiplier, String startsAt, String endsAt) {
    static final ZoneOffset JAPAN = ZoneOffset.ofHours(9);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Starts now and runs a week: the usual campaign, changed as needed. */
    static CampaignForm startingNow(Instant now) {
        LocalDateTime start = LocalDateTime.ofInstant(now, JAPAN).truncatedTo(ChronoUnit.MINUTES);
        return new CampaignForm("", "", "2", LOCAL.format(start), LOCAL.format(start.plusDays(7)));
    }

    static CampaignForm read(MultivaluedMap<String, String> form) {
        return new CampaignForm(field(form, "code").strip(), field(form, "name"), field(form, "multiplier"),
                field(form, "startsAt").strip(), field(form, "endsAt").strip());
    }

    Integer multiplierNumber() {
        String plain = Normalizer.normalize(multiplier, Normalizer.Form.NFKC).strip().replaceFirst("^[x×]", "");
        return plain.matches("\\d{1,9}") ? Integer.valueOf(plain) : null;
    }

    /** The time typed, in Japan's time, or null when it is not a date and time. */
    static OffsetDateTime time(String typed) {
        try {
            return LocalDateTime.parse(typed.length() > 16 ? typed.substring(0, 16) : typed, LOCAL).atOffset(JAPAN);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }

    CampaignsClient.CampaignRequest toRequest() {
        return new CampaignsClient.CampaignRequest(code, name, multiplierNumber(), time(startsAt), time(endsAt));
    }

    private static String field(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }
}
