package shop.dozo.backoffice.category;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.CategoriesClient;
import shop.dozo.backoffice.upstream.CategoriesClient.Category;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * The category tree: create, edit, reorder among siblings, archive and restore. catalog-service decides what is
 * allowed (a slug in use, a loop, a category that still has products); this screen says its answer.
 */
@Path("/categories")
@Produces(MediaType.TEXT_HTML)
public class CategoryPages {
    /** Positions are rewritten in steps of ten, so one can still be typed between two others. */
    private static final int STEP = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<CategoryTree.Row> rows, String notice, String refusal);

        static native TemplateInstance editor(CategoryForm form, boolean creating, List<Category> parents,
                FormErrors errors, boolean stale);
    }

    @Inject
    @RestClient
    CategoriesClient categories;

    @Inject
    Language lang;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        return Templates.list(CategoryTree.rows(categories.all()), notice, null);
    }

    @GET
    @Path("/new")
    public TemplateInstance create() {
        return editor(CategoryForm.empty(), true, FormErrors.NONE, false);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        CategoryForm typed = CategoryForm.read(form);
        if (typed.sortNumber() == null) {
            return Response.status(400).entity(editor(typed, true, sortError(), false)).build();
        }
        try {
            categories.create(typed.toRequest(true));
            return Redirects.seeOther("/categories?notice=created").build();
        } catch (UpstreamProblem refused) {
            return refusedForm(refused, typed, true);
        }
    }

    @GET
    @Path("/{slug}")
    public TemplateInstance edit(@PathParam("slug") String slug) {
        return editor(CategoryForm.of(find(categories.all(), slug)), false, FormErrors.NONE, false);
    }

    @POST
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        CategoryForm typed = CategoryForm.read(form).withSlug(slug);
        if (typed.sortNumber() == null) {
            return Response.status(400).entity(editor(typed, false, sortError(), false)).build();
        }
        try {
            categories.update(slug, typed.toRequest(false));
            return Redirects.seeOther("/categories?notice=saved").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() == 409 && refused.problem().current() != null) {
                // Someone saved it meanwhile: their version is now the base, what this person typed stays.
                Category current = find(categories.all(), slug);
                return Response.status(409).entity(editor(typed.withVersion(current.version()), false,
                        FormErrors.NONE, true)).build();
            }
            return refusedForm(refused, typed, false);
        }
    }

    @POST
    @Path("/{slug}/archive")
    public Response archive(@PathParam("slug") String slug) {
        return change(() -> categories.archive(slug), "archived");
    }

    @POST
    @Path("/{slug}/restore")
    public Response restore(@PathParam("slug") String slug) {
        return change(() -> categories.restore(slug), "restored");
    }

    @POST
    @Path("/{slug}/up")
    public Response up(@PathParam("slug") String slug) {
        return change(() -> move(slug, -1), "moved");
    }

    @POST
    @Path("/{slug}/down")
    public Response down(@PathParam("slug") String slug) {
        return change(() -> move(slug, 1), "moved");
    }

    /** Swaps the category with its neighbour and numbers the siblings again; only changed positions are saved. */
    private void move(String slug, int by) {
        List<Category> all = categories.all();
        List<Category> siblings = new ArrayList<>(CategoryTree.siblings(all, find(all, slug)));
        int from = siblings.indexOf(find(all, slug));
        int to = from + by;
        if (from < 0 || to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.add(to, siblings.remove(from));
        for (int place = 0; place < siblings.size(); place++) {
            Category sibling = siblings.get(place);
            int sort = (place + 1) * STEP;
            if (sibling.sortOrder() != sort) {
                categories.update(sibling.slug(), new CategoriesClient.CategoryRequest(sibling.slug(), sibling.name(),
                        sibling.nameEn(), sibling.parent(), sort, sibling.version()));
            }
        }
    }

    private Response change(Runnable action, String notice) {
        try {
            action.run();
            return Redirects.seeOther("/categories?notice=" + notice).build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 409 && refused.status() != 400) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(Templates.list(CategoryTree.rows(categories.all()), null, Refusals.say(refused, lang)))
                    .build();
        }
    }

    private Response refusedForm(UpstreamProblem refused, CategoryForm typed, boolean creating) {
        if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
            throw refused;
        }
        FormErrors errors = FormErrors.of(refused.problem(), lang.isEnglish(), Map.of());
        return Response.status(refused.status()).entity(editor(typed, creating, errors, false)).build();
    }

    private TemplateInstance editor(CategoryForm form, boolean creating, FormErrors errors, boolean stale) {
        List<Category> parents = categories.all().stream().filter(category -> !category.archived())
                .filter(category -> !category.slug().equals(form.slug())).sorted(CategoryTree.SHOP_ORDER).toList();
        return Templates.editor(form, creating, parents, errors, stale);
    }

    private FormErrors sortError() {
        return FormErrors.field("sort", lang.isEnglish() ? "Enter a whole number, e.g. 10." : "整数で入力してください（例: 10）。");
    }

    private static Category find(List<Category> all, String slug) {
        return all.stream().filter(category -> category.slug().equals(slug)).findFirst()
                .orElseThrow(jakarta.ws.rs.NotFoundException::new);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
