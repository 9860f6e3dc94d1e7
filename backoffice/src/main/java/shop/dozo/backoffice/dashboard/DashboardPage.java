package shop.dozo.backoffice.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import shop.dozo.backoffice.session.CurrentStaff;
import shop.dozo.backoffice.upstream.OperationsClient;
import shop.dozo.backoffice.upstream.OrdersClient;
import shop.dozo.backoffice.upstream.ProductsClient;
import shop.dozo.backoffice.upstream.ReviewsClient;
import shop.dozo.backoffice.upstream.TwoStepClient;

/**
 * The first screen after signing in: today's and this month's sales, what waits for someone (payment, shipping,
 * stock, reviews), and whether the shop's backups and drills are on time. Each panel asks its own service; one
 * that cannot answer shows as unavailable while the others still show.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {
    private static final Logger LOG = Logger.getLogger(DashboardPage.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Optional<OrdersClient.Summary> sales, Optional<SalesChart> chart,
                Optional<List<ProductsClient.LowStock>> lowStock, Optional<Long> pendingReviews,
                Optional<Safety> safety, boolean askTwoStep);
    }

    @Inject
    @RestClient
    TwoStepClient twoStep;

    @Inject
    CurrentStaff staff;

    @Inject
    @RestClient
    OrdersClient orders;

    @Inject
    @RestClient
    ProductsClient products;

    @Inject
    @RestClient
    ReviewsClient reviews;

    @Inject
    @RestClient
    OperationsClient operations;

    @GET
    public TemplateInstance dashboard() {
        Optional<OrdersClient.Summary> sales = panel("sales", () -> orders.summary(30));
        Optional<SalesChart> chart = sales.map(summary -> SalesChart.of(summary.byDay()));
        Optional<List<ProductsClient.LowStock>> low = panel("stock", () -> products.low(20));
        Optional<Long> pending = panel("reviews", () -> reviews.list("pending", null, 0, 1).total());
        Optional<Safety> safety = panel("operations", () -> Safety.of(operations.all(), Instant.now()));
        // The owner's account can do everything: it is asked to turn on two-step sign-in until it has.
        boolean askTwoStep = staff.isOwner()
                && panel("account", () -> !twoStep.me().totpEnabled()).orElse(false);
        return Templates.dashboard(sales, chart, low, pending, safety, askTwoStep);
    }

    /** A panel whose service fails is left out with a note; the 401 of an ended session still signs out. */
    private static <T> Optional<T> panel(String name, Supplier<T> load) {
        try {
            return Optional.ofNullable(load.get());
        } catch (shop.dozo.web.upstream.UpstreamProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            LOG.warnf("Dashboard panel %s: %s", name, problem.getMessage());
            return Optional.empty();
        } catch (RuntimeException down) {
            LOG.warnf("Dashboard panel %s unavailable: %s", name, down.getMessage());
            return Optional.empty();
        }
    }
}
