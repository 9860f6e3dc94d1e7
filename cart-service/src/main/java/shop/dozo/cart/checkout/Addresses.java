package shop.dozo.cart.checkout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import shop.dozo.support.Problem;
import shop.dozo.support.ProblemException;

/** Checks a delivery address beyond its shape, naming every bad field at once. */
final class Addresses {
    private Addresses() {
    }

    static OrderDraft.Delivery checked(CheckoutRequest address) {
        List<Problem.FieldError> errors = new ArrayList<>();
        var postalCode = PostalCode.normalise(address.postalCode());
        if (postalCode.isEmpty()) {
            errors.add(new Problem.FieldError("postalCode", "a postal code like 〒123-4567"));
        }
        String prefecture = Normalizer.normalize(address.prefecture(), Normalizer.Form.NFKC).strip();
        if (!Prefectures.ALL.contains(prefecture)) {
            errors.add(new Problem.FieldError("prefecture", "one of the 47 prefectures, e.g. 東京都"));
        }
        var phone = Phone.normalise(address.phone());
        if (phone.isEmpty()) {
            errors.add(new Problem.FieldError("phone", "a phone number like 03-1234-5678"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.of(400, "Invalid request", "The delivery address is not complete.")
                    .withErrors(errors));
        }
        return new OrderDraft.Delivery(address.fullName().strip(), postalCode.get(), prefecture, address.city().strip(),
                address.street().strip(), phone.get());
    }
}
