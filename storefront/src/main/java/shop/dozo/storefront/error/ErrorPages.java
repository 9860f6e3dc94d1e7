package shop.dozo.storefront.error;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.dozo.storefront.layout.PageContext;

/** The friendly pages for "not found", "something is down", "forged or stale form" and "unreadable form", rendered as HTML strings. */
@ApplicationScoped
public class ErrorPages {

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance error();

        static native TemplateInstance forbidden();

        static native TemplateInstance badRequest();
    }

    @Inject
    PageContext page;

    public String notFound() {
        return page.localized(Templates.notFound()).render();
    }

    public String error() {
        return page.localized(Templates.error()).render();
    }

    public String forbidden() {
        return page.localized(Templates.forbidden()).render();
    }

    public String badRequest() {
        return page.localized(Templates.badRequest()).render();
    }
}
