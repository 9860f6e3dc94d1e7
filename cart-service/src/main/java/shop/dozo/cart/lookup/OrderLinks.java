package shop.dozo.cart.lookup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import shop.dozo.cart.order.CustomerOrder;
import shop.dozo.cart.order.OrderView;

/**
 * Secret lookup links: 32 random bytes (43 URL-safe characters) that show one order without the e-mail step.
 * Only the token's SHA-256 is stored, so the database, its backups and the shop archive open no order. Each
 * checkout answer mints one (a replay of the same Idempotency-Key mints another: it proved the cart). The
 * confirmation mail, when mail exists, calls {@link #mint} for its own link.
 */
@ApplicationScoped
public class OrderLinks {
    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String mint(String orderId) {
        String token = newToken();
        store(token, orderId);
        return token;
    }

    /** A fresh token, not stored yet: {@link #store} it in the transaction that writes its order. */
    public static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * Stores the token's hash in the caller's transaction: checkout keeps the first answer's link with the order
     * itself, one commit (one fsync) fewer than a transaction of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(String token, String orderId) {
        em.createNativeQuery("INSERT INTO order_link (token_hash, order_id) VALUES (?1, ?2)")
                .setParameter(1, hash(token)).setParameter(2, orderId).executeUpdate();
    }

    /** The order behind a link; a token of another shape cannot be one and costs no SQL. */
    @Transactional
    public Optional<OrderView> find(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<String> ids = em.createNativeQuery("SELECT order_id FROM order_link WHERE token_hash = ?1")
                .setParameter(1, hash(token)).getResultList();
        return ids.isEmpty() ? Optional.empty()
                : CustomerOrder.<CustomerOrder>findByIdOptional(ids.get(0)).map(OrderView::of);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
