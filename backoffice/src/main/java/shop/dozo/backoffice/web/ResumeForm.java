package shop.dozo.backoffice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * A form that arrived after its session ended, kept through signing in again as hidden fields (prefixed
 * {@value #PREFIX}), so the person continues where they were. Files cannot travel that way: a photo is chosen again.
 */
public record ResumeForm(List<Field> fields, boolean hadFile) {
    public static final String PREFIX = "keep:";
    public static final ResumeForm EMPTY = new ResumeForm(List.of(), false);
    /** More than any of our forms holds; a giant post is not echoed back into the page. */
    private static final int MAX_CHARS = 200_000;

    public record Field(String name, String value) {
        public String keptName() {
            return PREFIX + name;
        }
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public static ResumeForm of(ResteasyReactiveRequestContext context) {
        FormData form = context.getFormData();
        if (form == null) {
            return EMPTY;
        }
        List<Field> fields = new ArrayList<>();
        boolean hadFile = false;
        int chars = 0;
        for (String name : form) {
            if (name.equals("_csrf")) {
                continue;
            }
            for (FormValue value : form.get(name)) {
                if (value.isFileItem()) {
                    hadFile = true;
                } else if ((chars += value.getValue().length()) <= MAX_CHARS) {
                    fields.add(new Field(name, value.getValue()));
                }
            }
        }
        return new ResumeForm(List.copyOf(fields), hadFile);
    }

    /** The kept fields of a sign-in post, without their prefix. */
    public static ResumeForm fromSignIn(Map<String, List<String>> params) {
        List<Field> fields = new ArrayList<>();
        params.forEach((name, values) -> {
            if (name.startsWith(PREFIX)) {
                values.forEach(value -> fields.add(new Field(name.substring(PREFIX.length()), value)));
            }
        });
        return new ResumeForm(List.copyOf(fields), false);
    }
}
