package shop.dozo.backoffice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.dozo.backoffice.browser.BackofficeBrowser.assertAccessible;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.dozo.backing.ShopApi;
import shop.dozo.backoffice.BackofficeStack;
import shop.dozo.backoffice.BackofficeStackResource;
import shop.dozo.backoffice.StaffPeople;

/**
 * Pages and news in a real Chromium against the real services: a page edited twice, compared, restored and seen
 * so in the storefront; the preview from content-service's renderer; a news post scheduled for later that the
 * shop does not show yet; and a stale save that keeps what was typed.
 */
@QuarkusTest
@QuarkusTestResource(BackofficeStackResource.class)
class PageBrowserTest extends BackofficeBrowserTest {
    private static final String ADDED_LINE = "4. 月に一度は煮洗いします。";

    @BeforeEach
    void signIn() {
        StaffPeople.ensureStaff();
        BackofficeBrowser.signIn(browser, StaffPeople.STAFF_EMAIL, StaffPeople.STAFF_PASSWORD);
    }

    @Test
    void aPageEditedTwiceIsComparedAndItsFirstRevisionRestoredInTheShop() {
        browser.go("/pages");
        assertAccessible(browser, "page list");
        browser.click("a[href='/pages/how-to-wash']");
        assertAccessible(browser, "page editor");
        String first = value("#body");

        String second = first + "\n" + ADDED_LINE;
        setValue("#body", second);
        browser.type("#note", "煮洗いを追加");
        browser.click("#save");
        assertEquals("/pages/how-to-wash?notice=saved", browser.path());
        assertEquals(second, value("#body"));
        setValue("#body", second.replace("日なたで干します", "風通しのよい日なたで干します"));
        browser.click("#save");
        assertEquals("保存しました。", browser.text("#notice"));

        browser.click("#history-link");
        assertEquals(3, browser.driver().findElements(By.cssSelector("#revisions tbody tr")).size(), browser.page());
        assertTrue(browser.text("#revision-2").contains("煮洗いを追加"), "who, when and the note are listed");
        assertTrue(browser.text("#revision-2").contains(StaffPeople.STAFF_EMAIL), browser.text("#revision-2"));
        assertAccessible(browser, "revisions");
        browser.choose("input[name='from'][value='1']");
        browser.choose("input[name='to'][value='2']");
        browser.click("#compare");
        assertTrue(browser.path().startsWith("/pages/how-to-wash/revisions/diff?"), browser.path());
        assertEquals("本文: 1行追加、0行削除", browser.text(".diff-summary"));
        assertEquals("追加: " + ADDED_LINE, browser.text("#diff ins"));
        assertTrue(browser.driver().findElements(By.cssSelector("#diff del")).isEmpty(), "nothing removed");
        assertAccessible(browser, "diff");
        browser.screenshot("page-diff");
        String diff = browser.path();
        browser.go(diff + "&lang=en");
        assertEquals("Added: " + ADDED_LINE, browser.text("#diff ins"), "the labels in English too");
        assertAccessible(browser, "diff in English");
        browser.go(diff + "&lang=ja");

        browser.click("#restore-from");
        assertEquals("/pages/how-to-wash/revisions?notice=restored", browser.path());
        assertTrue(browser.text("#revision-4").contains("復元 （版1から）"), browser.text("#revision-4"));
        browser.go("/pages/how-to-wash");
        assertEquals(first, value("#body"), "the editor holds the first text again");

        String shop = BackofficeStack.get().url("storefront") + "/pages/how-to-wash";
        assertTrue(ProductBrowserTest.eventually(() -> {
            String html = new ShopApi(null).get(shop).body();
            return html.contains("日なたで干します") && !html.contains("煮洗い") && !html.contains("風通しのよい");
        }, Duration.ofSeconds(90)), "the storefront shows the first text within its cache time");
    }

    @Test
    void thePreviewShowsTheRenderedHtmlAndWarnsOfAScript() {
        browser.go("/pages/new");
        browser.type("#slug", "preview-test");
        browser.type("#title", "プレビューの確認");
        String markdown = "## 季節のお知らせ\n\n**冬季休業**のご案内です。\n\n<script>alert(1)</script>";
        setValue("#body", markdown);
        browser.click("#preview-button");
        assertEquals("季節のお知らせ", browser.text("#preview-html h2"));
        assertEquals("冬季休業", browser.text("#preview-html strong"));
        assertTrue(browser.driver().findElements(By.cssSelector("#preview-html script")).isEmpty(), "no script runs");
        assertTrue(browser.find("#script-warning").isDisplayed());
        assertEquals(markdown, value("#body"), "the typed text stays");
        assertEquals("preview-test", value("#slug"));
        assertAccessible(browser, "preview");
        browser.screenshot("page-preview");

        browser.click("#save");
        assertTrue(browser.text("#body-error").contains("script"), browser.page());
        assertEquals(markdown, value("#body"));
        setValue("#body", "## 季節のお知らせ\n\n**冬季休業**のご案内です。");
        browser.click("#save");
        assertEquals("/pages/preview-test?notice=created", browser.path());
    }

    @Test
    void aNewsPostScheduledForLaterIsNotInTheShop() {
        browser.go("/news");
        assertAccessible(browser, "news list");
        browser.click("#new-document");
        browser.type("#slug", "new-year-sale");
        browser.type("#title", "新春セールのお知らせ");
        setValue("#body", "1月2日から新春セールを行います。");
        setValue("#publishedAt", "2030-01-02T09:00");
        assertAccessible(browser, "new news post");
        browser.click("#save");
        assertEquals("/news/new-year-sale?notice=created", browser.path());
        assertEquals("2030-01-02T09:00", value("#publishedAt"));
        browser.click("#publish");
        assertEquals("公開予約（2030-01-02 09:00 に公開）", browser.text("#status"));

        browser.go("/news");
        assertTrue(browser.text("#documents").contains("公開予約"), browser.text("#documents"));
        ShopApi shopper = new ShopApi(null);
        String content = BackofficeStack.get().url("content-service");
        assertEquals(404, shopper.get(content + "/api/news/new-year-sale").status(), "not public before its date");
        String storefront = BackofficeStack.get().url("storefront");
        assertEquals(404, shopper.get(storefront + "/news/new-year-sale").status());
        assertFalse(shopper.get(storefront + "/news").body().contains("新春セール"));
    }

    @Test
    void aStaleSaveShowsTheConflictAndKeepsWhatWasTyped() {
        browser.go("/pages/about");
        String saved = value("#body");
        // Someone else saves the page meanwhile, through the API.
        String content = BackofficeStack.get().url("content-service");
        ShopApi owner = new ShopApi(BackofficeStack.get().ownerToken());
        int revision = Integer.parseInt(value("input[name='revision']"));
        ShopApi.Reply other = owner.put(content + "/api/staff/pages/about",
                "{\"title\":\"ことり舎について\",\"body\":\"別の人が書いた本文。\",\"revision\":" + revision + "}");
        assertEquals(200, other.status(), other.body());

        String mine = saved + "\n\n私が書き足した段落。";
        setValue("#body", mine);
        browser.click("#save");
        assertTrue(browser.find("#conflict").isDisplayed());
        assertTrue(browser.text("#conflict del").contains("別の人が書いた本文。"), browser.text("#conflict"));
        assertTrue(browser.text("#conflict").contains("私が書き足した段落。"), browser.text("#conflict"));
        assertEquals(mine, value("#body"), "what they typed is still there");
        assertAccessible(browser, "conflict");
        browser.screenshot("page-conflict");

        browser.click("#save");
        assertEquals("保存しました。", browser.text("#notice"));
        assertEquals(mine, value("#body"), "theirs, knowingly kept");
    }

    private static String value(String css) {
        return browser.find(css).getDomProperty("value");
    }

    /** Multi-line text and a date-time field are set as a whole, as a paste would. */
    private static void setValue(String css, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
    }
}
