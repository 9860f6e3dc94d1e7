package shop.dozo.storefront.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.storefront.order.Order;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Customer accounts at cart-service. Never cached: every answer is one customer's. A 4xx (wrong password, expired
 * link, ended session) is an {@link UpstreamProblem} for the page to explain; it does not trip the breaker.
 */
@ApplicationScoped
@Timeout(5000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000,
        skipOn = {UpstreamProblem.class, WebApplicationException.class})
public class Accounts {
    public static final String LINK_INVALID = "https://dozo.shop/problems/link-invalid";
    public static final String LINK_EXPIRED = "https://dozo.shop/problems/link-expired";
    public static final String UNVERIFIED = "https://dozo.shop/problems/account-unverified";

    @RestClient
    AccountClient client;

    public void signUp(String email, String password, String fullName, String fullNameKana, String lang) {
        client.signUp(Map.of("email", email, "password", password, "fullName", fullName, "fullNameKana",
                fullNameKana, "lang", lang));
    }

    public void verify(String token) {
        client.verify(Map.of("token", token));
    }

    public CustomerSession signIn(String email, String password) {
        return client.signIn(Map.of("email", email, "password", password));
    }

    public void signOut(String session) {
        client.signOut(session);
    }

    public void requestReset(String email, String lang) {
        client.requestReset(Map.of("email", email, "lang", lang));
    }

    public void confirmReset(String token, String password) {
        client.confirmReset(Map.of("token", token, "password", password));
    }

    public Me me(String session) {
        return client.me(session);
    }

    public MyOrders orders(String session, int page) {
        return client.orders(session, page);
    }

    public Order order(String session, String number) {
        return client.order(session, number);
    }

    /** The order's products (still for sale) into the shopper's cart, or a new cart when they have none. */
    public Reordered reorder(String session, String number, String cartToken) {
        return client.reorder(session, number, cartToken == null ? Map.of() : Map.of("cartToken", cartToken));
    }

    public MyPoints points(String session) {
        return client.points(session);
    }

    public List<SavedAddress> addresses(String session) {
        List<SavedAddress> found = client.addresses(session);
        return found == null ? List.of() : found;
    }

    public SavedAddress addAddress(String session, SavedAddress address) {
        return client.addAddress(session, address);
    }

    public void deleteAddress(String session, long id) {
        client.deleteAddress(session, id);
    }

    public void deleteAccount(String session, String password) {
        client.deleteAccount(session, Map.of("password", password));
    }

    /** The problem is one of the typed ones cart-service names (link-invalid, account-unverified, ...). */
    public static boolean is(UpstreamProblem e, String type) {
        return type.equals(e.problem().type());
    }
}
