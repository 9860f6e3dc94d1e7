package shop.dozo.storefront.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import shop.dozo.storefront.account.Accounts;
import shop.dozo.storefront.account.Me;
import shop.dozo.storefront.account.SavedAddress;
import shop.dozo.storefront.cart.Delivery;
import shop.dozo.storefront.cart.DeliveryTerms;

/**
 * The reads around the checkout form: the delivery terms' choices, and for a signed-in shopper their points and
 * the saved address to start from. None of them may stop a checkout: an account read that fails leaves the form
 * blank, as for a guest.
 */
@ApplicationScoped
public class CheckoutSupport {
    private static final Logger LOG = Logger.getLogger(CheckoutSupport.class);

    @Inject
    Delivery delivery;

    @Inject
    Accounts accounts;

    CheckoutChoices choices(Optional<String> session) {
        int balance = 0;
        if (session.isPresent()) {
            balance = me(session.get()).map(Me::pointsBalance).orElse(0);
        }
        return CheckoutChoices.of(terms(), session.isPresent(), balance);
    }

    /** A signed-in shopper starts from their name, e-mail and first saved address. */
    CheckoutForm prefilled(CheckoutForm blank, Optional<String> session) {
        if (session.isEmpty()) {
            return blank;
        }
        Optional<Me> me = me(session.get());
        if (me.isEmpty()) {
            return blank;
        }
        List<SavedAddress> saved;
        try {
            saved = accounts.addresses(session.get());
        } catch (RuntimeException e) {
            LOG.debugf("Saved addresses not read: %s", e.toString());
            saved = List.of();
        }
        Me who = me.get();
        if (saved.isEmpty()) {
            return blank.withAddress(who.fullName(), who.fullNameKana(), who.email(), "", "", "", "", "");
        }
        SavedAddress a = saved.get(0);
        return blank.withAddress(or(a.fullName(), who.fullName()), or(a.fullNameKana(), who.fullNameKana()),
                who.email(), a.postalCode(), a.prefecture(), a.city(), a.street(), a.phone());
    }

    private Optional<Me> me(String session) {
        try {
            return Optional.of(accounts.me(session));
        } catch (RuntimeException e) {
            LOG.debugf("Customer not read: %s", e.toString());
            return Optional.empty();
        }
    }

    private DeliveryTerms terms() {
        try {
            return delivery.terms();
        } catch (RuntimeException e) {
            LOG.warnf("Delivery terms not read: %s", e.toString());
            return null;
        }
    }

    private static String or(String first, String second) {
        return first == null || first.isBlank() ? second : first;
    }
}
