package shop.dozo.cart.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shop.dozo.api.Problem;
import shop.dozo.cart.checkout.AddressPart;
import shop.dozo.cart.checkout.Addresses;
import shop.dozo.support.ProblemException;

/**
 * Saved addresses, checked by checkout's rules ({@link Addresses}). Saving the same address again answers the one
 * already saved, so a retried POST stores nothing twice; another customer's id is the same 404 as none.
 */
@ApplicationScoped
public class SavedAddresses {
    static final int MAX_PER_CUSTOMER = 20;

    public record Request(@Size(max = 40) String label,
            @NotBlank @Size(max = 100) String fullName,
            @Size(max = 100) String fullNameKana,
            @NotBlank @Size(max = 20) @AddressPart(AddressPart.Kind.POSTAL_CODE) String postalCode,
            @NotBlank @Size(max = 10) @AddressPart(AddressPart.Kind.PREFECTURE) String prefecture,
            @NotBlank @Size(max = 100) String city,
            @NotBlank @Size(max = 200) String street,
            @NotBlank @Size(max = 30) @AddressPart(AddressPart.Kind.PHONE) String phone) {
    }

    public record View(long id, String label, String fullName, String fullNameKana, String postalCode,
            String prefecture, String city, String street, String phone) {

        static View of(SavedAddress a) {
            return new View(a.id, a.label, a.fullName, a.fullNameKana, a.postalCode, a.prefecture, a.city, a.street,
                    a.phone);
        }
    }

    /** A saved address and whether this call made it (201) or found it already saved (200). */
    public record Saved(View address, boolean created) {
    }

    @Transactional
    public List<View> list(String email) {
        return SavedAddress.<SavedAddress>list("email = ?1 order by id", email).stream().map(View::of).toList();
    }

    @Transactional
    public Saved add(String email, Request request) {
        SavedAddress wanted = checked(new SavedAddress(), email, request);
        // Serialises one customer's saves, so the "same address" check and the limit hold under retries.
        CustomerAccount.findById(email, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<SavedAddress> saved = SavedAddress.list("email = ?1 order by id", email);
        Optional<SavedAddress> same = saved.stream().filter(a -> sameAddress(a, wanted)).findFirst();
        if (same.isPresent()) {
            return new Saved(View.of(same.get()), false);
        }
        if (saved.size() >= MAX_PER_CUSTOMER) {
            throw new ProblemException(Problem.of(409, "Too many addresses", "At most " + MAX_PER_CUSTOMER
                    + " addresses can be saved. Delete one first."));
        }
        wanted.createdAt = Instant.now();
        wanted.updatedAt = wanted.createdAt;
        wanted.persist();
        return new Saved(View.of(wanted), true);
    }

    /** A PUT sets the whole address: sending it again changes nothing more. */
    @Transactional
    public View replace(String email, long id, Request request) {
        SavedAddress address = own(email, id);
        checked(address, email, request);
        address.updatedAt = Instant.now();
        return View.of(address);
    }

    /** Deleting an address that is already gone (a retry) is fine. */
    @Transactional
    public void delete(String email, long id) {
        SavedAddress.delete("id = ?1 and email = ?2", id, email);
    }

    private static SavedAddress own(String email, long id) {
        return SavedAddress.<SavedAddress>findByIdOptional(id).filter(a -> a.email.equals(email))
                .orElseThrow(() -> ProblemException.notFound("No saved address with this id."));
    }

    private static SavedAddress checked(SavedAddress into, String email, Request r) {
        Addresses.Normalised n = Addresses.normalised(r.fullName(), r.postalCode(), r.prefecture(), r.city(),
                r.street(), r.phone());
        String kana = null;
        if (r.fullNameKana() != null && !r.fullNameKana().isBlank()) {
            kana = Kana.normalise(r.fullNameKana()).orElseThrow(() -> ProblemException.badRequest("fullNameKana",
                    "katakana or hiragana only, e.g. ヤマダ ハナコ"));
        }
        into.email = email;
        into.label = r.label() == null || r.label().isBlank() ? null : r.label().strip();
        into.fullName = n.fullName();
        into.fullNameKana = kana;
        into.postalCode = n.postalCode();
        into.prefecture = n.prefecture();
        into.city = n.city();
        into.street = n.street();
        into.phone = n.phone();
        return into;
    }

    private static boolean sameAddress(SavedAddress a, SavedAddress b) {
        return Objects.equals(a.label, b.label) && a.fullName.equals(b.fullName)
                && Objects.equals(a.fullNameKana, b.fullNameKana) && a.postalCode.equals(b.postalCode)
                && a.prefecture.equals(b.prefecture) && a.city.equals(b.city) && a.street.equals(b.street)
                && a.phone.equals(b.phone);
    }
}
