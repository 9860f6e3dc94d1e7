package shop.dozo.backoffice.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The language {@link Lang} chose for this request; templates read {@code inject:lang}. */
@Named("lang")
@RequestScoped
public class Language {
    static final String KEY = "dozo.lang";

    @Inject
    RoutingContext routing;

    public boolean isEnglish() {
        return "en".equals(routing.get(KEY));
    }

    public String code() {
        return isEnglish() ? "en" : "ja";
    }

    /** The link that shows this page in the other language. */
    public String otherHref() {
        String query = routing.request().query();
        String kept = query == null ? "" : query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
        return routing.normalizedPath() + "?" + (kept.isEmpty() ? "" : kept + "&") + "lang="
                + (isEnglish() ? "ja" : "en");
    }
}
