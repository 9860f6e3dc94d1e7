package shop.dozo.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafePathsTest {

    @Test
    void shopPathsAndPlainWebAddressesPass() {
        for (String href : new String[]{"/", "/pages/about", "/search?q=%E5%B8%83&lang=en", "/pages/about#menu",
                "https://example.jp", "https://example.jp/a?b=c#d", "http://example.jp:8080/"}) {
            assertTrue(SafePaths.isSafeHref(href), href);
        }
    }

    @Test
    void anythingABrowserCouldReadAsAnotherHostOrAScriptIsRefused() {
        for (String href : new String[]{"//evil.example", "/\\evil.example", "/\\/evil.example", "\\\\evil.example",
                "/\t/evil.example", "/\n/evil.example", "/\r/evil.example", "/ /evil.example", "/a\\b",
                "javascript:alert(1)", "JaVaScRiPt:alert(1)", " /pages/about", "data:text/html,x", "vbscript:x",
                "https:\\\\evil.example", "http:/\\evil.example", "https://evil.example\\@shop",
                "https://shop.example@evil.example", "https:evil.example", "/pages\u0000", "", "pages/about"}) {
            assertFalse(SafePaths.isSafeHref(href), href);
        }
        assertFalse(SafePaths.isSafeHref(null));
    }
}
