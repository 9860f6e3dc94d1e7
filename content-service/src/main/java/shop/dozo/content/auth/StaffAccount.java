package shop.dozo.content.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A person who works in the shop. Passwords are kept only as bcrypt hashes. */
@Entity
public class StaffAccount extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String email;

    public String passwordHash;

    /** Comma-separated: "staff" or "staff,owner". */
    public String roles;

    public boolean active = true;

    /** The authenticator app's secret (Base32) once two-step sign-in is on; null while it is off. */
    public String totpSecret;

    /** A secret handed out for setting up an app, until a code from it confirms it. */
    public String totpPendingSecret;

    /** The last 30-second step a code was accepted for: a code is good once. */
    public long totpLastStep;

    /** Tokens issued before this (epoch seconds) are refused: a password change or disabling ends them. */
    public long tokensValidFrom;

    @Version
    public long version;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public boolean totpEnabled() {
        return totpSecret != null;
    }

    public Set<String> roleSet() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(role -> !role.isEmpty())
                .collect(Collectors.toSet());
    }

    public static long nowInTokenSeconds() {
        return Instant.now().getEpochSecond();
    }

    public static Optional<StaffAccount> findByEmail(String email) {
        return find("email", email.trim().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }
}
