package shop.dozo.backoffice.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import shop.dozo.browser.BrowserTest;

/** A browser test of the back office: its Chromium opens at the back office under test. */
abstract class BackofficeBrowserTest extends BrowserTest {

    @TestHTTPResource("/")
    URL backoffice;

    @Override
    protected String appUrl() {
        return backoffice.toString();
    }
}
