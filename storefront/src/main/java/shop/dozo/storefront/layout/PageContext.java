package shop.dozo.storefront.layout;

import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import shop.dozo.storefront.catalog.Catalog;
import shop.dozo.storefront.catalog.Category;
import shop.dozo.storefront.content.Content;
import shop.dozo.storefront.content.ShopSettings;
import shop.dozo.storefront.i18n.Lang;
import shop.dozo.storefront.i18n.LanguageFilter;
import shop.dozo.storefront.i18n.LocalizedNames;
import shop.dozo.web.security.SafePaths;

/**
 * What every page's frame needs: the language, the shop's name, menu and footer (from content-service's
 * settings), the top categories, and the link to the other language. Templates read it as {@code {inject:page.…}}.
 * Neither content-service nor catalog-service being down may break the frame: it falls back to the configured name
 * and an empty menu.
 */
@Named("page")
@RequestScoped
public class PageContext {
    private static final Logger LOG = Logger.getLogger(PageContext.class);

    @Inject
    RoutingContext routing;

    @Inject
    Content content;

    @Inject
    Catalog catalog;

    @Inject
    ShopDefaults defaults;

    private Lang lang;
    private ShopSettings settings;
    private List<Category> categories;
    private List<NavLink> footerPages;

    public Lang lang() {
        if (lang == null) {
            lang = LanguageFilter.of(routing);
        }
        return lang;
    }

    /** Every page renders in the shopper's language: the message bundles and name helpers read this locale. */
    public TemplateInstance localized(TemplateInstance template) {
        return template.setLocale(lang().locale);
    }

    public boolean en() {
        return lang() == Lang.EN;
    }

    public String htmlLang() {
        return lang().code();
    }

    public String shopName() {
        ShopSettings s = settings();
        return LocalizedNames.pick(lang().locale, s.name(), s.nameEn());
    }

    public String tagline() {
        ShopSettings s = settings();
        return LocalizedNames.pick(lang().locale, s.tagline(), s.taglineEn());
    }

    public String footer() {
        ShopSettings s = settings();
        return LocalizedNames.pick(lang().locale, s.footer(), s.footerEn());
    }

    /**
     * Whether the shopper holds a session cookie: the header offers My Page and sign-out instead of sign-in. No
     * call is made for it; a cookie that no longer counts is found out (and dropped) on My Page.
     */
    public boolean signedIn() {
        return shop.dozo.storefront.account.SessionCookie.token(routing).isPresent();
    }

    /** Where the legal notice (特定商取引法に基づく表記) lives. */
    public String legalHref() {
        return "/legal";
    }

    /** The header menu: the top categories, then whatever staff put in the settings' menu. */
    public List<NavLink> menu() {
        List<NavLink> links = new ArrayList<>();
        for (Category category : topCategories()) {
            links.add(new NavLink(LocalizedNames.pick(lang().locale, category.name(), category.nameEn()),
                    "/category/" + category.slug()));
        }
        for (ShopSettings.NavItem item : settings().menu()) {
            if (SafePaths.isSafeHref(item.href())) {
                links.add(new NavLink(LocalizedNames.pick(lang().locale, item.label(), item.labelEn()), item.href()));
            }
        }
        return links;
    }

    /** The shop's own pages (about us, shipping, ...) for the footer; the legal notice has its own link. */
    public List<NavLink> footerPages() {
        if (footerPages == null) {
            String legal = settings().legalNoticeSlug();
            try {
                footerPages = content.pages().stream().filter(p -> !p.slug().equals(legal))
                        .map(p -> new NavLink(LocalizedNames.pick(lang().locale, p.title(), p.titleEn()),
                                "/pages/" + p.slug()))
                        .toList();
            } catch (RuntimeException e) {
                LOG.debugf("No pages for the footer: %s", e.toString());
                footerPages = List.of();
            }
        }
        return footerPages;
    }

    public List<Category> topCategories() {
        if (categories == null) {
            try {
                categories = catalog.categories().stream().filter(Category::topLevel).toList();
            } catch (RuntimeException e) {
                LOG.debugf("No categories for the menu: %s", e.toString());
                categories = List.of();
            }
        }
        return categories;
    }

    /** This very page in the other language: same (normalised) path and query, only {@code lang} changed. */
    public String otherLanguageHref() {
        StringBuilder href = new StringBuilder(path());
        href.append("?");
        for (Map.Entry<String, String> param : routing.queryParams()) {
            if (!param.getKey().equals(Lang.PARAM)) {
                href.append(encode(param.getKey())).append('=').append(encode(param.getValue())).append('&');
            }
        }
        return href.append(Lang.PARAM).append('=').append(lang().other().code()).toString();
    }

    /** The normalised path, never the raw request line: links built from it stay on this shop. */
    public String path() {
        return SafePaths.current(routing);
    }

    public ShopSettings settings() {
        if (settings == null) {
            settings = defaults.complete(fetchSettings());
        }
        return settings;
    }

    private ShopSettings fetchSettings() {
        try {
            return content.settings();
        } catch (RuntimeException e) {
            LOG.debugf("Shop settings unavailable, using defaults: %s", e.toString());
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
