package shop.dozo.cart.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/**
 * The account a bank-transfer order is paid into and how long the shopper has, as the order mail states them.
 * (The checkout rules own the same keys; this group only reads them.)
 */
@ConfigMapping(prefix = "dozo.payment")
public interface BankTransferConfig {
    /** Days in Japan after the order day by which a transfer must arrive. */
    @WithDefault("7")
    @Min(1)
    int transferDays();

    Bank bank();

    interface Bank {
        @WithDefault("ゆうちょ銀行")
        String name();

        @WithDefault("〇一八（ゼロイチハチ）店")
        String branch();

        @WithDefault("普通")
        String type();

        @WithDefault("1234567")
        String number();

        @WithDefault("ドゾ（カ")
        String holder();
    }
}
