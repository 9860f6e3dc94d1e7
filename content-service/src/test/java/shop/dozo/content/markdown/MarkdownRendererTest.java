package shop.dozo.content.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void markdownBecomesFormattedHtmlAndJapaneseStaysReadable() {
        String html = markdown.toHtml("## 大切にしていること\n\n- **分かち合う**\n- 続いていく\n\n[送料](/pages/shipping)");
        assertTrue(html.contains("<h2>大切にしていること</h2>"), html);
        assertTrue(html.contains("<li><strong>分かち合う</strong></li>"), html);
        assertTrue(html.contains("<a href=\"/pages/shipping\">送料</a>"), html);
    }

    @Test
    void rawHtmlIsShownAsTextNeverAsMarkup() {
        String html = markdown.toHtml(
                "<img src=x onerror=alert(1)>\n\nhello <b onclick=\"x()\">bold</b> <iframe src=//evil></iframe>");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b "), html);
        assertFalse(html.contains("<iframe"), html);
        assertTrue(html.contains("&lt;b onclick"), html);
    }

    @Test
    void scriptLinksAndDataImagesAreDropped() {
        String html = markdown.toHtml("[click](javascript:alert(1)) [mail](mailto:shop@example.com) "
                + "![x](data:text/html;base64,PHNjcmlwdD4=) [v](vbscript:msgbox)");
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("vbscript:"), html);
        assertTrue(html.contains("href=\"mailto:shop&#64;example.com\"")
                || html.contains("href=\"mailto:shop@example.com\""), html);
    }

    @Test
    void imagesFromTheShopsMediaAreKept() {
        String html = markdown.toHtml("![藍染めの布](/api/media/" + "a".repeat(64) + "/detail)");
        assertTrue(html.contains("<img src=\"/api/media/" + "a".repeat(64) + "/detail\" alt=\"藍染めの布\""), html);
    }

    @Test
    void scriptTagsAreRecognisedInAnySpelling() {
        assertTrue(MarkdownRenderer.containsScript("before <script>alert(1)</script>"));
        assertTrue(MarkdownRenderer.containsScript("< SCRIPT src=x>"));
        assertTrue(MarkdownRenderer.containsScript("</script >"));
        assertFalse(MarkdownRenderer.containsScript("a description of our scripts"));
        assertEquals("", markdown.toHtml(null));
    }
}
