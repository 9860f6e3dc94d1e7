package shop.dozo.content.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Creates the first owner account from configuration, once: only while no owner account exists. There is no default
 * password; an install without {@code dozo.owner.*} simply has no one who can sign in yet, and says so.
 */
@ApplicationScoped
public class OwnerBootstrap {
    private static final Logger LOG = Logger.getLogger(OwnerBootstrap.class);

    @Inject
    OwnerConfig config;

    @Transactional
    void onStart(@Observes StartupEvent start) {
        if (StaffAccount.count("roles like ?1", "%owner%") > 0) { // owners are never deleted, so: once
            return;
        }
        Optional<String> ownerEmail = config.email();
        Optional<String> initialPassword = config.initialPassword();
        if (ownerEmail.isEmpty() || initialPassword.isEmpty()) {
            LOG.warn("No staff account exists and DOZO_OWNER_EMAIL / DOZO_OWNER_INITIAL_PASSWORD are not set: "
                    + "no one can sign in to the staff API yet.");
            return;
        }
        if (initialPassword.get().length() < 12) {
            throw new IllegalStateException("DOZO_OWNER_INITIAL_PASSWORD must have at least 12 characters.");
        }
        if (!Passwords.fitsBcrypt(initialPassword.get())) {
            throw new IllegalStateException(
                    "DOZO_OWNER_INITIAL_PASSWORD must have at most 72 bytes (bcrypt ignores the rest).");
        }
        StaffAccount owner = new StaffAccount();
        owner.email = ownerEmail.get().trim().toLowerCase(Locale.ROOT);
        owner.passwordHash = BcryptUtil.bcryptHash(initialPassword.get(), 12);
        owner.roles = "staff,owner";
        owner.persist();
        LOG.infof("Created the owner account %s from the configuration.", owner.email);
    }
}
