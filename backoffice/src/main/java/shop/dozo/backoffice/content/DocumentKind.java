package shop.dozo.backoffice.content;

/**
 * Pages and news posts are the same kind of thing in content-service (one API, revisions, publish and archive);
 * what differs is named here: their address in the back office, in the API and in the shop, and that news posts
 * carry a publish date that can lie in the future.
 */
public enum DocumentKind {
    PAGES("pages", "/pages", "/pages/", false), NEWS("news", "/news", "/news/", true);

    private final String api;
    private final String path;
    private final String shopPath;
    private final boolean scheduled;

    DocumentKind(String api, String path, String shopPath, boolean scheduled) {
        this.api = api;
        this.path = path;
        this.shopPath = shopPath;
        this.scheduled = scheduled;
    }

    /** The segment of content-service's staff API: /api/staff/{api}. */
    public String api() {
        return api;
    }

    /** Where the back office lists them: /pages or /news. */
    public String path() {
        return path;
    }

    /** Where the storefront shows one, before its slug. */
    public String shopPath() {
        return shopPath;
    }

    /** Whether the editor offers the publish date (news can be scheduled). */
    public boolean scheduled() {
        return scheduled;
    }

    public boolean news() {
        return this == NEWS;
    }
}
