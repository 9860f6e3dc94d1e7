package shop.dozo.storefront.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeHtmlTest {

    @Test
    void keepsFormattingAndLinks() {
        String html =
                SafeHtml.of("<h2>送料</h2><p><strong>全国一律</strong> <a href=\"/pages/about\">詳しく</a></p>").getValue();
        assertTrue(html.contains("<h2>送料</h2>"));
        assertTrue(html.contains("<strong>全国一律</strong>"));
        assertTrue(html.contains("href=\"/pages/about\""));
    }

    @Test
    void dropsScriptsHandlersAndJavascriptLinksEvenIfUpstreamLetThemThrough() {
        String html =
                SafeHtml.of("<p onclick=\"steal()\">x</p><script>steal()</script><a href=\"javascript:steal()\">y</a>"
                        + "<img src=x onerror=steal()><iframe src=\"https://evil.example\"></iframe>").getValue();
        assertFalse(html.contains("script"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("onerror"), html);
        assertFalse(html.contains("javascript"), html);
        assertFalse(html.contains("iframe"), html);
    }

    @Test
    void theTitleStaysTheOnlyH1() {
        assertEquals("<h2>a</h2>", SafeHtml.of("<h1>a</h1>").getValue());
    }
}
