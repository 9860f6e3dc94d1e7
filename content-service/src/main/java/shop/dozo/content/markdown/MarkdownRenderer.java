package shop.dozo.content.markdown;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Staff write Markdown; shoppers get HTML that cannot run anything. Two walls: commonmark escapes every piece of
 * raw HTML and neutralises unsafe link targets, then an allow-list sanitizer keeps only plain formatting
 * elements, so a bug in either one alone still lets no script through.
 */
@ApplicationScoped
public class MarkdownRenderer {
    private static final Pattern SCRIPT = Pattern.compile("<\\s*/?\\s*script\\b", Pattern.CASE_INSENSITIVE);

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "a", "img", "hr", "br")
            .allowUrlProtocols("http", "https", "mailto", "tel")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+-]{1,30}")).onElements("code")
            .toFactory();

    private final Parser parser = Parser.builder().build();

    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    public String toHtml(String markdown) {
        return POLICY.sanitize(renderer.render(parser.parse(markdown == null ? "" : markdown)));
    }

    /**
     * A script tag in a body is refused outright rather than silently shown as text: it is almost always a
     * paste from somewhere else, and the author should know it will not run.
     */
    public static boolean containsScript(String markdown) {
        return markdown != null && SCRIPT.matcher(markdown).find();
    }
}
