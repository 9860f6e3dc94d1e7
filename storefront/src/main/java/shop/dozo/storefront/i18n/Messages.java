package shop.dozo.storefront.i18n;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The message bundle in a given language, for texts made in Java (notices, form errors). */
@ApplicationScoped
public class Messages {

    @Inject
    Msg japanese;

    @Inject
    @Localized("en")
    Msg english;

    @Inject
    AccountMsg accountJapanese;

    @Inject
    @Localized("en")
    AccountMsg accountEnglish;

    public AccountMsg account(Lang lang) {
        return lang == Lang.EN ? accountEnglish : accountJapanese;
    }

    public Msg of(Lang lang) {
        return lang == Lang.EN ? english : japanese;
    }
}
