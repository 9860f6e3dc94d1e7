package shop.dozo.cart.cart;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A shopper's cart, kept in the database so any replica can serve it and a restart loses nothing. */
@Entity
public class Cart extends PanacheEntityBase {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile(shop.dozo.cart.CartIds.CART_TOKEN);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String token;

    @ElementCollection
    @CollectionTable(name = "cart_line", joinColumns = @JoinColumn(name = "cart_id"))
    @OrderBy("addedAt")
    public List<CartLine> lines = new ArrayList<>();

    @Version
    public long version;

    /** How many orders this cart has become; a checkout may only move it on from the round it read. */
    public int checkoutRound;

    /** The order of the last round, named when a second checkout of that round is refused. */
    public String lastOrderId;

    @CreationTimestamp
    public Instant createdAt;

    @UpdateTimestamp
    public Instant updatedAt;

    public static Cart create() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        Cart cart = new Cart();
        cart.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return cart;
    }

    /** A malformed token is simply not found: nothing about other carts is revealed. */
    public static Optional<Cart> findByToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return find("token", token).firstResultOptional();
    }

    public Optional<CartLine> line(String sku) {
        return lines.stream().filter(line -> line.sku.equals(sku)).findFirst();
    }
}
