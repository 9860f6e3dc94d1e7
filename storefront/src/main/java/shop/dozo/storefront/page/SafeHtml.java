package shop.dozo.storefront.page;

import io.quarkus.qute.RawString;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Staff-written pages arrive as HTML that content-service rendered from Markdown and sanitised. This is the one
 * place the shop prints HTML unescaped, and it sanitises again first with its own allow-list (plain formatting,
 * links and images only), so a fault upstream still cannot put script on a shopper's page. Everything else,
 * reviews included, is always escaped.
 */
public final class SafeHtml {
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em",
                    "strong", "a", "img", "hr", "br", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .requireRelNofollowOnLinks()
            .toFactory();

    private SafeHtml() {
    }

    /** h1 becomes h2: the page's title is its only h1, which keeps the heading outline right. */
    public static RawString of(String html) {
        String demoted = html == null ? "" : html.replaceAll("(?i)<(/?)h1\\b", "<$1h2");
        return new RawString(POLICY.sanitize(demoted));
    }
}
