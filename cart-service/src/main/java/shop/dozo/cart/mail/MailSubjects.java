package shop.dozo.cart.mail;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every mail's subject, Japanese first; {@link MailSubjectsEn} has the English ones. */
@MessageBundle(value = "mailSubjects", locale = "ja")
public interface MailSubjects {
    @Message("【{shop}】ご注文を承りました（注文番号 {number}）")
    String orderReceived(String shop, String number);

    @Message("【{shop}】ご入金を確認しました（注文番号 {number}）")
    String paymentReceived(String shop, String number);

    @Message("【{shop}】商品を発送しました（注文番号 {number}）")
    String shipped(String shop, String number);

    @Message("【{shop}】ご注文をキャンセルしました（注文番号 {number}）")
    String cancelled(String shop, String number);

    @Message("【{shop}】メールアドレスのご確認")
    String accountVerification(String shop);

    @Message("【{shop}】パスワード再設定のご案内")
    String passwordReset(String shop);

    @Message("【{shop}】メールマガジン登録のご確認")
    String newsletterConfirmation(String shop);

    @Message("【{shop}】お問い合わせ：{subject}")
    String contact(String shop, String subject);
}
