package shop.dozo.cart.mail;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The English subjects. */
@Localized("en")
public interface MailSubjectsEn extends MailSubjects {
    @Override
    @Message("[{shop}] We have received your order {number}")
    String orderReceived(String shop, String number);

    @Override
    @Message("[{shop}] Payment received for order {number}")
    String paymentReceived(String shop, String number);

    @Override
    @Message("[{shop}] Your order {number} has shipped")
    String shipped(String shop, String number);

    @Override
    @Message("[{shop}] Your order {number} has been cancelled")
    String cancelled(String shop, String number);

    @Override
    @Message("[{shop}] Please confirm your e-mail address")
    String accountVerification(String shop);

    @Override
    @Message("[{shop}] Reset your password")
    String passwordReset(String shop);

    @Override
    @Message("[{shop}] Please confirm your newsletter sign-up")
    String newsletterConfirmation(String shop);

    @Override
    @Message("[{shop}] Contact: {subject}")
    String contact(String shop, String subject);
}
