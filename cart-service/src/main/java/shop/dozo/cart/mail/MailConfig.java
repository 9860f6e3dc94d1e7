package shop.dozo.cart.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * How the outbox job sends. A failed mail waits {@code first-retry}, then twice as long each time up to
 * {@code max-retry}, and is given up (FAILED, counted for staff) only after {@code give-up-after}: a mail server
 * that is away for an hour, or a night, delays mails and loses none.
 */
@ConfigMapping(prefix = "dozo.mail")
public interface MailConfig {
    /** The job's period (a Quarkus scheduler period; {@code off} stops it). */
    @WithDefault("5s")
    String sendEvery();

    /** Mails one run of the job takes at most. */
    @WithDefault("20")
    @Min(1)
    int batch();

    /** How long a replica owns a row it took; a replica that died mid-send frees it when this runs out. */
    @WithDefault("2m")
    Duration lease();

    @WithDefault("30s")
    Duration firstRetry();

    @WithDefault("10m")
    Duration maxRetry();

    @WithDefault("48h")
    Duration giveUpAfter();

    /** The right-hand side of every Message-ID: {@code <hash-of-event@message-id-domain>}. */
    @WithDefault("dozo.shop")
    @NotBlank
    String messageIdDomain();

    /** The carrier named in the shipping mail. */
    @WithDefault("ヤマト運輸")
    @NotBlank
    String carrier();

    /** The carrier's tracking page; {@code {number}} becomes the tracking number. */
    @WithDefault("https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id={number}")
    @NotBlank
    String trackingUrl();
}
