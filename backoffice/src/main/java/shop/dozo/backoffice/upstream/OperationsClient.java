package shop.dozo.backoffice.upstream;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import shop.dozo.web.upstream.UpstreamErrors;

/** content-service's record of the safety nets' last successes (backup, archive, drill). */
@RegisterRestClient(configKey = "content")
@RegisterProvider(UpstreamErrors.class)
@RegisterClientHeaders(StaffHeaders.class)
@Path("/api/staff/operations")
public interface OperationsClient {

    record Status(Instant at, String detail, String reportedBy) {
    }

    @GET
    Map<String, Status> all();
}
