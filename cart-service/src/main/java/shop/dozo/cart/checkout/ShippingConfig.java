package shop.dozo.cart.checkout;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Shipping, tax-included yen (demo values): {@code flat-fee} to every prefecture {@code prefecture-fees} does not
 * name, free when the item total reaches {@code free-from}, and {@code cool-fee} per cool parcel of at most
 * {@code cool-parcel-capacity} cool units. Shipping and the surcharge are taxed at 10 %.
 */
@ConfigMapping(prefix = "dozo.shipping")
public interface ShippingConfig {
    /** The fee to 本州 (and any prefecture not in {@link #prefectureFees()}). */
    @WithDefault("770")
    @Min(0)
    int flatFee();

    /**
     * {@code 北海道=1320} entries, comma-separated: farther prefectures cost more. An unknown prefecture or a
     * malformed entry stops the service at start ({@link ShopRules}).
     */
    @WithDefault("北海道=1320,徳島県=990,香川県=990,愛媛県=990,高知県=990,福岡県=990,佐賀県=990,長崎県=990,"
            + "熊本県=990,大分県=990,宮崎県=990,鹿児島県=990,沖縄県=1650")
    List<String> prefectureFees();

    @WithDefault("5500")
    @Min(0)
    int freeFrom();

    /** Per cool parcel. */
    @WithDefault("330")
    @Min(0)
    int coolFee();

    /** How many cool units one chilled box holds: parcels = ceil(cool units / this). */
    @WithDefault("10")
    @Min(1)
    int coolParcelCapacity();
}
