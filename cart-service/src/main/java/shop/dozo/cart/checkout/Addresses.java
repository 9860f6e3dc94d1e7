package shop.dozo.cart.checkout;

import java.util.ArrayList;
import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * Normalises a delivery address for the parcel. {@link AddressPart} has already refused what cannot be; this
 * checks again for callers that skipped validation, naming every bad field at once.
 */
final class Addresses {
    private Addresses() {
    }

    static OrderDraft.Delivery checked(CheckoutRequest address) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var postalCode = PostalCode.normalise(address.postalCode());
        if (postalCode.isEmpty()) {
            errors.add(new Problem.FieldError("postalCode", AddressPart.Kind.POSTAL_CODE.expected));
        }
        String prefecture = AddressPart.Kind.prefecture(address.prefecture());
        if (!AddressPart.Kind.PREFECTURE.accepts(prefecture)) {
            errors.add(new Problem.FieldError("prefecture", AddressPart.Kind.PREFECTURE.expected));
        }
        var phone = Phone.normalise(address.phone());
        if (phone.isEmpty()) {
            errors.add(new Problem.FieldError("phone", AddressPart.Kind.PHONE.expected));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid request", "The delivery address is not complete.")
                    .withErrors(errors));
        }
        return new OrderDraft.Delivery(address.fullName().strip(), postalCode.get(), prefecture, address.city().strip(),
                address.street().strip(), phone.get());
    }
}
