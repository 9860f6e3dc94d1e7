package shop.dozo.support.staff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "dozo.staff-token-check")
public interface StaffTokenCheckConfig {
    /** content-service's base URL, for the services that do not own the accounts (content-service asks its DB). */
    Optional<String> url();

    /** How long one answer is believed: the bound within which a disabled account's token stops working. */
    @WithDefault("PT30S")
    Duration cacheFor();
}
