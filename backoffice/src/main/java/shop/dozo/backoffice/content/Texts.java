package shop.dozo.backoffice.content;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import shop.dozo.backoffice.web.ContentTexts;
import shop.dozo.backoffice.web.Language;

/** The back office's texts in this request's language, for the few a screen says from Java (a field error). */
@RequestScoped
public class Texts {

    @Inject
    Language lang;

    public ContentTexts m() {
        return lang.isEnglish() ? MessageBundles.get(ContentTexts.class, Localized.Literal.of("en"))
                : MessageBundles.get(ContentTexts.class);
    }
}
