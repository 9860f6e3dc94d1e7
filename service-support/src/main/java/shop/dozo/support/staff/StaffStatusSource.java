package shop.dozo.support.staff;

import java.util.Optional;

/** Where {@link StaffTokenCheck} learns an account's status; empty when it cannot be asked right now. */
public interface StaffStatusSource {
    Optional<StaffStatus> statusOf(String email);
}
