package shop.dozo.web.upstream;

import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * Every storefront REST client's error statuses (each registers it with {@code @RegisterProvider}): a 4xx is an
 * {@link UpstreamProblem} (the service is alive; the circuit breakers skip it), a 5xx an {@link UpstreamDown} (a
 * failure they count). The pages decide what a shopper sees of either.
 */
public class UpstreamErrors implements ResponseExceptionMapper<RuntimeException> {

    @Override
    public RuntimeException toThrowable(Response response) {
        return UpstreamProblem.from(response);
    }
}
