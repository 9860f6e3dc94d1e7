package shop.dozo.content.document;

/** Example bodies for the OpenAPI document of the content API, taken from the demo shop. */
public final class ContentApiExamples {
    public static final String PAGE_CREATE = """
            {"slug": "shipping", "title": "送料・お届けについて", "titleEn": "Shipping",
             "body": "全国一律770円（税込）。\\n\\n## クール便\\n\\n野菜・豆腐・たまごはクール便（+330円）でお届けします。",
             "status": "published", "note": "first version"}""";

    public static final String PAGE_EDIT = """
            {"title": "送料・お届けについて", "titleEn": "Shipping",
             "body": "全国一律770円（税込）。5,500円以上で送料無料です。", "status": "published",
             "note": "free shipping threshold", "revision": 3}""";

    public static final String NEWS_CREATE = """
            {"slug": "renewal", "title": "サイトをリニューアルしました", "titleEn": "Our new website",
             "body": "いつもありがとうございます。お店のサイトを新しくしました。", "status": "published",
             "publishedAt": "2026-07-01T09:00:00+09:00"}""";

    public static final String NEWS_EDIT = """
            {"title": "サイトをリニューアルしました", "body": "7月中はポイント10倍キャンペーンを行います。",
             "publishedAt": "2026-07-01T09:00:00+09:00", "revision": 1}""";

    public static final String STALE =
            """
                    {"type": "about:blank", "title": "Conflict", "status": 409,
                     "detail": "This page changed since revision 3: it is now at revision 4. Merge your edit into the current text and save again.",
                     "instance": "/api/staff/pages/shipping",
                     "current": {"slug": "shipping", "title": "送料・お届けについて", "body": "…", "status": "published", "revision": 4}}""";

    public static final String SETTINGS = """
            {"name": "ことり舎", "nameEn": "Kotori-sha", "tagline": "からだと地球にやさしい暮らしの道具",
             "taglineEn": "Gentle everyday goods", "navigation": [
               {"label": "お知らせ", "labelEn": "News", "href": "/news"},
               {"label": "送料について", "labelEn": "Shipping", "href": "/pages/shipping"}],
             "footer": "© ことり舎", "footerEn": "© Kotori-sha", "legalNoticeSlug": "law", "version": 0}""";

    public static final String ACCOUNT = """
            {"email": "hanako@kotori.example", "password": "a long passphrase of hers", "roles": ["staff"]}""";

    private ContentApiExamples() {
    }
}
