package shop.dozo.support.staff;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import shop.dozo.support.InternalKeyConfig;

/**
 * A signed staff token (role {@code staff}) is not enough: its account must still be active, and the token must be newer than the
 * account's last password change. Answers are cached for {@code dozo.staff-token-check.cache-for} (30 s), so a
 * disabled account's tokens stop working within that bound in every service that runs this check. If
 * content-service cannot be asked and nothing is cached, the token is judged by its signature alone, as before:
 * a staff call never fails because a neighbour is away.
 */
@ApplicationScoped
public class StaffTokenCheck implements SecurityIdentityAugmentor {
    private record Cached(StaffStatus status, Instant until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final StaffStatusSource source;
    private final StaffTokenCheckConfig config;

    @Inject
    public StaffTokenCheck(Instance<StaffStatusSource> local, StaffTokenCheckConfig config,
            InternalKeyConfig internalKey) {
        this.config = config;
        this.source = local.isResolvable() ? local.get()
                : config.url().<StaffStatusSource>map(url -> new RemoteStaffStatus(url, internalKey.key().orElse(null)))
                        .orElse(null);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (source == null || identity.isAnonymous() || !identity.hasRole("staff")
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getName() == null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Optional<StaffStatus> status = statusOf(token.getName());
            if (status.isPresent() && !status.get().accepts(token.getIssuedAtTime())) {
                throw new AuthenticationFailedException(
                        "The account of this token is disabled or its password changed");
            }
            return identity;
        });
    }

    private Optional<StaffStatus> statusOf(String email) {
        Instant now = Instant.now();
        Cached cached = cache.get(email);
        if (cached != null && now.isBefore(cached.until())) {
            return Optional.of(cached.status());
        }
        Optional<StaffStatus> fresh = source.statusOf(email);
        fresh.ifPresent(status -> cache.put(email, new Cached(status, now.plus(config.cacheFor()))));
        return fresh.or(() -> Optional.ofNullable(cached).map(Cached::status)); // away: the last answer still counts
    }
}
