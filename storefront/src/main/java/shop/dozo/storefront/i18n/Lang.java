package shop.dozo.storefront.i18n;

import java.util.Locale;
import java.util.Optional;

/** The shop's languages: Japanese first, English when the shopper picks it. */
public enum Lang {
    JA(Locale.JAPANESE), EN(Locale.ENGLISH);

    public static final String COOKIE = "dozo_lang";
    public static final String PARAM = "lang";

    public final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public String code() {
        return locale.getLanguage();
    }

    public Lang other() {
        return this == JA ? EN : JA;
    }

    /** "en" → EN; anything else (missing, "fr", a forged cookie) is not a choice. */
    public static Optional<Lang> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Lang lang : values()) {
            if (lang.code().equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** Reads a locale the templates carry, for template extensions. */
    public static Lang of(Object locale) {
        return locale instanceof Locale l && l.getLanguage().equals("en") ? EN : JA;
    }
}
