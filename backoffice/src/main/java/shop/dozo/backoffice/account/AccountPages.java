package shop.dozo.backoffice.account;

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
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import shop.dozo.backoffice.session.CurrentStaff;
import shop.dozo.backoffice.upstream.AccountsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Staff accounts (owner only, see SessionFilter): the list, adding someone with an initial password, disabling
 * and enabling. Accounts are never deleted. content-service refuses what must not happen (disabling yourself).
 */
@Path("/accounts")
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<AccountsClient.Account> accounts, String me, NewAccountForm form,
                FormErrors errors, String notice, String refusal);
    }

    public record NewAccountForm(String email, String role) {
        static final NewAccountForm EMPTY = new NewAccountForm("", "staff");
    }

    @Inject
    @RestClient
    AccountsClient accounts;

    @Inject
    CurrentStaff staff;

    @Inject
    Language lang;

    @GET
    public TemplateInstance list(@QueryParam("notice") String notice) {
        return page(NewAccountForm.EMPTY, FormErrors.NONE, notice, null);
    }

    /** The password is never shown again on a refused form: it is typed again. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm("email") String email, @RestForm("password") String password,
            @RestForm("role") String role) {
        NewAccountForm typed = new NewAccountForm(email == null ? "" : email.strip(), "owner".equals(role) ? "owner"
                : "staff");
        try {
            accounts.add(new AccountsClient.NewAccount(typed.email(), password == null ? "" : password,
                    Set.of(typed.role())));
            return Redirects.seeOther("/accounts?notice=added").build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400 && refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            FormErrors errors = refused.status() == 409 && refused.problem().fieldErrors().isEmpty()
                    ? FormErrors.field("email", lang.isEnglish() ? "There is an account for this email already."
                            : "このメールアドレスのアカウントはすでにあります。")
                    : FormErrors.of(refused.problem(), lang.isEnglish(), Map.of("roles", "role"));
            return Response.status(refused.status()).entity(page(typed, errors, null, null)).build();
        }
    }

    @POST
    @Path("/{id}/disable")
    public Response disable(@PathParam("id") long id) {
        return change(() -> accounts.disable(id), "disabled");
    }

    @POST
    @Path("/{id}/enable")
    public Response enable(@PathParam("id") long id) {
        return change(() -> accounts.enable(id), "enabled");
    }

    @POST
    @Path("/{id}/two-step/reset")
    public Response resetTwoStep(@PathParam("id") long id) {
        return change(() -> accounts.resetTwoStep(id), "two-step-reset");
    }

    @POST
    @Path("/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("id") long id, @RestForm("role") String role) {
        return change(() -> accounts.changeRole(id, new AccountsClient.RoleChange(role)), "role-changed");
    }

    private Response change(Runnable action, String notice) {
        try {
            action.run();
            return Redirects.seeOther("/accounts?notice=" + notice).build();
        } catch (UpstreamProblem refused) {
            if (refused.status() != 409 && refused.status() != 400 && refused.status() != 422) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(page(NewAccountForm.EMPTY, FormErrors.NONE, null, refusal(refused))).build();
        }
    }

    private String refusal(UpstreamProblem refused) {
        String detail = refused.problem().detail() == null ? "" : refused.problem().detail();
        boolean en = lang.isEnglish();
        if (detail.contains("your own account")) {
            return en ? "You cannot disable your own account. Another owner can."
                    : "自分のアカウントは無効にできません。別のオーナーに依頼してください。";
        }
        if (detail.contains("last active owner")) {
            return en ? "The shop needs at least one active owner: this is the last one."
                    : "有効なオーナーが一人もいなくなるため、この操作はできません。";
        }
        return en ? "This could not be done: " + detail : "この操作はできませんでした（" + detail + "）";
    }

    private TemplateInstance page(NewAccountForm form, FormErrors errors, String notice, String refusal) {
        return Templates.accounts(accounts.all(), staff.email(), form, errors, notice, refusal);
    }
}
