package shop.dozo.backoffice;

import shop.dozo.backing.LocalStack;
import shop.dozo.backing.ShopApi;

/** The people who sign in in the tests: the stack's owner, and a staff member the owner adds once. */
public final class StaffPeople {
    public static final String STAFF_EMAIL = "staff@dozo.test";
    public static final String STAFF_PASSWORD = "staff-password-for-tests";

    private static boolean staffAdded;

    private StaffPeople() {
    }

    public static String ownerEmail() {
        return BackofficeStack.get().settings().ownerEmail();
    }

    public static String ownerPassword() {
        return BackofficeStack.get().ownerPassword();
    }

    /** Adds the staff account (role staff only) through content-service's owner API, once per test JVM. */
    public static synchronized void ensureStaff() {
        if (staffAdded) {
            return;
        }
        LocalStack shop = BackofficeStack.get();
        ShopApi.Reply reply = new ShopApi(shop.ownerToken()).post(shop.url("content-service") + "/api/staff/accounts",
                "{\"email\":\"" + STAFF_EMAIL + "\",\"password\":\"" + STAFF_PASSWORD + "\",\"roles\":[\"staff\"]}");
        if (reply.status() != 201 && reply.status() != 409) {
            throw new IllegalStateException("Cannot add the staff account: " + reply.status() + " " + reply.body());
        }
        staffAdded = true;
    }
}
