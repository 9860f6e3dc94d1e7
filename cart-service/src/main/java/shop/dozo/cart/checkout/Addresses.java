package shop.dozo.cart.checkout;

import java.util.ArrayList;
import java.util.List;
import shop.dozo.api.Problem;
import shop.dozo.support.ProblemException;

/**
 * Normalises a delivery address for the parcel. {@link AddressPart} has already refused what cannot be; this
 * checks again for callers that skipped validation, naming every bad field at once. Saved addresses (My Page)
 * go through the same rules.
 */
public final class Addresses {
    private Addresses() {
    }

    /** An address as it will be printed on the parcel: checked and normalised. */
    public record Normalised(String fullName, String postalCode, String prefecture, String city, String street,
            String phone) {
    }

    static OrderDraft.Delivery checked(CheckoutRequest address) {
        Normalised n = normalised(address.fullName(), address.postalCode(), address.prefecture(), address.city(),
                address.street(), address.phone());
        return new OrderDraft.Delivery(n.fullName(), n.postalCode(), n.prefecture(), n.city(), n.street(), n.phone());
    }

    public static Normalised normalised(String fullName, String postalCode, String prefecture, String city,
            String street, String phone) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var normalPostalCode = PostalCode.normalise(postalCode);
        if (normalPostalCode.isEmpty()) {
            errors.add(new Problem.FieldError("postalCode", AddressPart.Kind.POSTAL_CODE.expected));
        }
        String normalPrefecture = AddressPart.Kind.prefecture(prefecture);
        if (!AddressPart.Kind.PREFECTURE.accepts(normalPrefecture)) {
            errors.add(new Problem.FieldError("prefecture", AddressPart.Kind.PREFECTURE.expected));
        }
        var normalPhone = Phone.normalise(phone);
        if (normalPhone.isEmpty()) {
            errors.add(new Problem.FieldError("phone", AddressPart.Kind.PHONE.expected));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid request", "The delivery address is not complete.")
                    .withErrors(errors));
        }
        return new Normalised(fullName.strip(), normalPostalCode.get(), normalPrefecture, city.strip(), street.strip(),
                normalPhone.get());
    }
}
