package shop.dozo.content.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.Optional;
import shop.dozo.support.staff.StaffStatus;
import shop.dozo.support.staff.StaffStatusSource;

/** content-service owns the accounts: it reads their status from its own table (other services ask it). */
@ApplicationScoped
public class LocalStaffStatus implements StaffStatusSource {

    @Override
    @ActivateRequestContext
    public Optional<StaffStatus> statusOf(String email) {
        return Optional.of(QuarkusTransaction.requiringNew().call(() -> StaffAccount.findByEmail(email)
                .map(account -> new StaffStatus(account.active, account.tokensValidFrom)).orElse(StaffStatus.UNKNOWN)));
    }
}
