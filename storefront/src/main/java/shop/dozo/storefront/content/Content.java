package shop.dozo.storefront.content;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * Reads from content-service, cached for a minute (staff edits show soon; shoppers cost nothing). Content is
 * not essential to buying: callers fall back (default settings, no news) when it is down.
 */
@ApplicationScoped
@Timeout(1500)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10_000,
        skipOn = {UpstreamProblem.class, WebApplicationException.class})
public class Content {

    @RestClient
    ContentClient client;

    @CacheResult(cacheName = "content-settings")
    public ShopSettings settings() {
        return client.settings();
    }

    @CacheResult(cacheName = "content-pages")
    public List<PageLink> pages() {
        return client.pages();
    }

    @CacheResult(cacheName = "content-page")
    public Document page(String slug) {
        try {
            return client.page(slug);
        } catch (UpstreamProblem e) {
            throw e.isNotFound() ? new NotFoundException(e.getMessage()) : e;
        }
    }

    @CacheResult(cacheName = "content-news")
    public NewsList news(int page, int size) {
        return client.news(page, size);
    }

    @CacheResult(cacheName = "content-news-post")
    public Document newsPost(String slug) {
        try {
            return client.newsPost(slug);
        } catch (UpstreamProblem e) {
            throw e.isNotFound() ? new NotFoundException(e.getMessage()) : e;
        }
    }
}
