package shop.dozo.storefront.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the account, My Page, contact and newsletter pages ({@code {acc:key}} in templates), in
 * messages/acc_ja.properties and acc_en.properties. A bundle of their own because Quarkus 3.30's generated
 * resolver fails verification (VerifyError at start) once one bundle holds more than 300 messages.
 */
@MessageBundle("acc")
public interface AccountMsg {
    @Message
    String account_unavailable();

    @Message
    String password();

    @Message
    String password_new();

    @Message
    String password_hint();

    @Message
    String signup_title();

    @Message
    String signup_lead();

    @Message
    String signup_submit();

    @Message
    String signup_have_account();

    @Message
    String signup_sent_title();

    @Message
    String signup_sent_lead(String email);

    @Message
    String verify_title();

    @Message
    String verify_lead();

    @Message
    String verify_button();

    @Message
    String verified_title();

    @Message
    String verified_lead();

    @Message
    String link_invalid_title();

    @Message
    String link_expired_title();

    @Message
    String verify_invalid();

    @Message
    String verify_expired();

    @Message
    String login_title();

    @Message
    String login_submit();

    @Message
    String login_missing();

    @Message
    String login_wrong();

    @Message
    String login_unverified();

    @Message
    String login_throttled();

    @Message
    String reset_link();

    @Message
    String reset_title();

    @Message
    String reset_lead();

    @Message
    String reset_submit();

    @Message
    String reset_sent_title();

    @Message
    String reset_sent_lead(String email);

    @Message
    String reset_new_title();

    @Message
    String reset_new_submit();

    @Message
    String reset_done_title();

    @Message
    String reset_done_lead();

    @Message
    String reset_invalid();

    @Message
    String reset_expired();

    @Message
    String mypage_title();

    @Message
    String mypage_hello(String name);

    @Message
    String mypage_menu();

    @Message
    String mypage_orders();

    @Message
    String mypage_no_orders();

    @Message
    String mypage_points();

    @Message
    String mypage_addresses();

    @Message
    String mypage_delete();

    @Message
    String mypage_back();

    @Message
    String points_balance_label();

    @Message
    String points_pending_label();

    @Message
    String points_pending_hint();

    @Message
    String points_earned_short();

    @Message
    String points_date();

    @Message
    String points_reason();

    @Message
    String points_reason_earned();

    @Message
    String points_reason_spent();

    @Message
    String points_reason_expired();

    @Message
    String points_reason_other();

    @Message
    String points_none();

    @Message
    String reorder();

    @Message
    String reorder_missing();

    @Message
    String address_add();

    @Message
    String address_label();

    @Message
    String address_save();

    @Message
    String address_delete();

    @Message
    String address_deleted();

    @Message
    String addresses_none();

    @Message
    String delete_lead();

    @Message
    String delete_submit();

    @Message
    String delete_wrong_password();

    @Message
    String delete_open_orders();

    @Message
    String deleted_title();

    @Message
    String deleted_lead();

    @Message
    String contact_title();

    @Message
    String contact_lead();

    @Message
    String contact_subject();

    @Message
    String contact_message();

    @Message
    String contact_submit();

    @Message
    String contact_sent_title();

    @Message
    String contact_sent_lead();

    @Message
    String contact_throttled();

    @Message
    String contact_unavailable();

    @Message
    String error_contact_subject();

    @Message
    String error_contact_message();

    @Message
    String newsletter_title();

    @Message
    String newsletter_submit();

    @Message
    String newsletter_double_optin();

    @Message
    String newsletter_sent_title();

    @Message
    String newsletter_sent_lead(String email);

    @Message
    String newsletter_unavailable();

    @Message
    String newsletter_confirm_title();

    @Message
    String newsletter_confirm_lead();

    @Message
    String newsletter_confirm_button();

    @Message
    String newsletter_confirmed_title();

    @Message
    String newsletter_confirmed_lead();

    @Message
    String newsletter_unsubscribe_title();

    @Message
    String newsletter_unsubscribe_lead();

    @Message
    String newsletter_unsubscribe_button();

    @Message
    String newsletter_unsubscribed_title();

    @Message
    String newsletter_unsubscribed_lead();

    @Message
    String newsletter_link_invalid();

    @Message
    String checkout_login_lead();

    @Message
    String mypage_newsletter_on();

    @Message
    String mypage_newsletter_off();
}
