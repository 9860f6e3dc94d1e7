package shop.dozo.cart.payment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.util.List;

/** How shoppers pay: the bank account and deadline for transfers, the cash-on-delivery tiers and limit. */
@ConfigMapping(prefix = "dozo.payment")
public interface PaymentConfig {
    /** A bank transfer is due this many days (in Japan) after the order's day; unpaid, the order is cancelled. */
    @WithDefault("7")
    @Min(1)
    int transferDays();

    /** How often unpaid transfers past their deadline are cancelled ({@code UnpaidTransfers}; {@code off} in tests). */
    @WithDefault("1h")
    String unpaidCheckEvery();

    Bank bank();

    Cod cod();

    /** The account shown for transfers (demo values; set the shop's own). */
    interface Bank {
        @WithDefault("ゆうちょ銀行")
        String name();

        @WithDefault("〇一八支店")
        String branch();

        @WithDefault("普通")
        String type();

        @WithDefault("1234567")
        String number();

        @WithDefault("カ）ドゾ")
        String holder();
    }

    interface Cod {
        /** {@code below=fee} tiers, tax-included yen: an amount under {@code below} pays {@code fee}. */
        @WithDefault("10000=330,30000=440,100000=660,300000=1100")
        List<String> tiers();

        /** From this amount on (yen collected) an order cannot be paid on delivery. */
        @WithDefault("300000")
        @Min(1)
        int limit();
    }
}
