package shop.dozo.backoffice.web;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The two answers Vert.x gives before any screen runs, in our words instead of its bare defaults: an upload far too
 * large to even read (its Content-Length says so; content-service judges the ones we pass on), and an address no
 * screen has. Both pages are bilingual, since the language cookie is not read down here.
 */
@ApplicationScoped
public class RouterPages {
    private static final String TOO_LARGE = page("ファイルが大きすぎます / The file is too large",
            "アップロードできる画像は20MBまでです。小さくしてから、もう一度お試しください。",
            "Images may be at most 20 MB. Make it smaller and try again.");
    private static final String NOT_FOUND = page("見つかりません / Not found",
            "お探しの画面は見つかりませんでした。", "There is no such screen.");

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize maxBody;

    void routes(@Observes StartupEvent start, Router router) {
        // Before Quarkus' own body-size check (order -2), which answers a bare 413.
        router.route().order(-3).handler(this::refuseTooLarge);
        router.route().last().handler(context -> answer(context, 404, NOT_FOUND));
    }

    private void refuseTooLarge(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        try {
            if (length != null && Long.parseLong(length.trim()) > maxBody.asLongValue()) {
                answer(context, 413, TOO_LARGE);
                return;
            }
        } catch (NumberFormatException unreadable) {
            // Vert.x refuses a malformed Content-Length itself.
        }
        context.next();
    }

    private static void answer(RoutingContext context, int status, String html) {
        context.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8")
                .putHeader("Connection", "close").end(html);
    }

    private static String page(String title, String japanese, String english) {
        return "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/css/backoffice.css\"></head><body><main><h1>" + title
                + "</h1><p>" + japanese + "</p><p lang=\"en\">" + english
                + "</p><p><a href=\"/\">ダッシュボードへ / Dashboard</a></p></main></body></html>";
    }
}
