package shop.dozo.backoffice.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

/** The pages that are not a screen of their own: refusals, errors, and signing in again in the middle of a form. */
@ApplicationScoped
public class Frames {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signInAgain(String action, ResumeForm kept);

        static native TemplateInstance ownerOnly();

        static native TemplateInstance forbidden();

        static native TemplateInstance notFound();

        static native TemplateInstance unavailable();

        static native TemplateInstance failed();
    }

    public TemplateInstance signInAgain(String action, ResumeForm kept) {
        return Templates.signInAgain(action, kept);
    }

    public TemplateInstance ownerOnly() {
        return Templates.ownerOnly();
    }

    public TemplateInstance forbidden() {
        return Templates.forbidden();
    }

    public TemplateInstance notFound() {
        return Templates.notFound();
    }

    public TemplateInstance unavailable() {
        return Templates.unavailable();
    }

    public TemplateInstance failed() {
        return Templates.failed();
    }
}
