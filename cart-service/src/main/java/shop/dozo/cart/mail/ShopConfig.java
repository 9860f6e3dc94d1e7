package shop.dozo.cart.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.NotBlank;

/** Where the shop's mails point and who they come from (the sender address itself is {@code quarkus.mailer.from}). */
@ConfigMapping(prefix = "dozo.shop")
public interface ShopConfig {
    /** The storefront's address as shoppers reach it: every link in a mail starts here. */
    @WithDefault("http://127.0.0.1:8080")
    @NotBlank
    String publicUrl();

    /** Where the contact form's messages go. */
    @WithDefault("shop@dozo.test")
    @NotBlank
    String contactEmail();
}
