package shop.dozo.support.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Which direct peers may tell us the client's address in X-Forwarded-For. */
@ConfigMapping(prefix = "dozo.client-address")
public interface ClientAddressConfig {
    /**
     * Addresses or CIDR ranges of the proxies in front of this service (the Ingress controller, the storefront).
     * Loopback by default, for the local stack whose HAProxy runs on 127.0.0.1; "none" trusts no proxy.
     */
    @WithDefault("127.0.0.0/8,::1/128")
    List<String> trustedProxies();
}
