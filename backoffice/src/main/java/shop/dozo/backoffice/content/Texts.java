package shop.dozo.backoffice.content;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import shop.dozo.backoffice.web.Language;
import shop.dozo.backoffice.web.M;

/** The back office's texts in this request's language, for the few a screen says from Java (a field error). */
@RequestScoped
public class Texts {

    @Inject
    Language lang;

    public M m() {
        return lang.isEnglish() ? MessageBundles.get(M.class, Localized.Literal.of("en")) : MessageBundles.get(M.class);
    }
}
