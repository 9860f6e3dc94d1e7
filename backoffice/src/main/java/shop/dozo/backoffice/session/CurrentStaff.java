package shop.dozo.backoffice.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;

/** Who is signed in for this request ({@link SessionFilter} sets it). Templates read it as {@code inject:staff}. */
@Named("staff")
@RequestScoped
public class CurrentStaff {
    private StaffSession session;

    void set(StaffSession signedIn) {
        this.session = signedIn;
    }

    public Optional<StaffSession> session() {
        return Optional.ofNullable(session);
    }

    public boolean isSignedIn() {
        return session != null;
    }

    public boolean isOwner() {
        return session != null && session.isOwner();
    }

    public String email() {
        return session == null ? "" : session.email();
    }

    /** The bearer token for the services' staff APIs. */
    public String token() {
        if (session == null) {
            throw new IllegalStateException("No one is signed in");
        }
        return session.token();
    }
}
