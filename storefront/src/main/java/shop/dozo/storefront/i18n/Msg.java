package shop.dozo.storefront.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the shop: one method per message, the key is the method's name. The texts are in
 * messages/msg_ja.properties (Japanese, the default locale: {@code quarkus.default-locale=ja}) and
 * messages/msg_en.properties, side by side. Templates use {@code {msg:key}}; Java code gets the bundle of the
 * page's language from {@link Messages}.
 */
@MessageBundle("msg")
public interface Msg {
    // The frame
    @Message
    String skip_to_content();

    @Message
    String search_label();

    @Message
    String search_button();

    @Message
    String search_placeholder();

    @Message
    String nav_main();

    @Message
    String nav_account();

    @Message
    String nav_cart();

    @Message
    String nav_order_lookup();

    @Message
    String nav_news();

    @Message
    String nav_legal();

    @Message
    String footer_pages();

    @Message
    String switch_language();

    @Message
    String switch_language_code();

    @Message
    String home();

    @Message
    String breadcrumbs();

    @Message
    String notice();

    // Prices and stock
    @Message
    String tax_included();

    @Message
    String tax_rate(int rate);

    @Message
    String tax_rate_reduced(int rate);

    @Message
    String stock_in();

    @Message
    String stock_few();

    @Message
    String stock_sold_out();

    @Message
    String cool_delivery(String fee);

    @Message
    String cool_delivery_plain();

    // Home
    @Message
    String home_recommended();

    @Message
    String home_categories();

    @Message
    String home_news();

    @Message
    String home_all_news();

    @Message
    String news_unavailable();

    @Message
    String products_unavailable();

    // Category
    @Message
    String product_count(long count);

    @Message
    String sort_label();

    @Message
    String sort_button();

    @Message
    String sort_recommended();

    @Message
    String sort_price_asc();

    @Message
    String sort_price_desc();

    @Message
    String sort_newest();

    @Message
    String sort_name();

    @Message
    String subcategories();

    @Message
    String category_empty();

    @Message
    String pagination();

    @Message
    String page_previous();

    @Message
    String page_next();

    @Message
    String page_of(int page, int pages);

    // Search
    @Message
    String search_title(String query);

    @Message
    String search_title_empty();

    @Message
    String search_found(int count);

    @Message
    String search_none(String query);

    @Message
    String search_prompt();

    @Message
    String search_too_long();

    // Product
    @Message
    String quantity();

    @Message
    String add_to_cart();

    @Message
    String sold_out_note();

    @Message
    String description();

    @Message
    String product_images();

    @Message
    String sku();

    @Message
    String reviews();

    @Message
    String reviews_average(String average, long count);

    @Message
    String reviews_none();

    @Message
    String stars(int stars);

    @Message
    String rating_of_five(int rating);

    @Message
    String verified_purchase();

    @Message
    String shop_reply();

    @Message
    String reviews_unavailable();

    @Message
    String reviews_more();

    @Message
    String review_form_title();

    @Message
    String review_rating();

    @Message
    String review_title();

    @Message
    String review_body();

    @Message
    String review_nickname();

    @Message
    String review_purchase();

    @Message
    String review_purchase_hint();

    @Message
    String order_number();

    @Message
    String email();

    @Message
    String honeypot();

    @Message
    String review_submit();

    @Message
    String review_posted();

    @Message
    String review_failed();

    @Message
    String review_duplicate();

    @Message
    String review_rate_limited();

    @Message
    String review_unavailable();

    @Message
    String error_rating();

    @Message
    String error_review_title();

    @Message
    String error_review_body();

    @Message
    String error_nickname();

    @Message
    String error_purchase_pair();

    // Cart
    @Message
    String cart_title();

    @Message
    String cart_empty();

    @Message
    String continue_shopping();

    @Message
    String cart_product();

    @Message
    String unit_price();

    @Message
    String line_total();

    @Message
    String update();

    @Message
    String remove();

    @Message
    String quantity_of(String name);

    @Message
    String remove_item(String name);

    @Message
    String line_unavailable();

    @Message
    String cart_added(String name);

    @Message
    String cart_updated();

    @Message
    String cart_removed();

    @Message
    String cart_bad_quantity();

    @Message
    String cart_not_enough(int available);

    @Message
    String cart_sold_out();

    @Message
    String cart_unknown_product();

    @Message
    String cart_lost();

    @Message
    String cart_unavailable();

    @Message
    String cart_too_many_lines();

    @Message
    String items_total();

    @Message
    String shipping();

    @Message
    String free();

    @Message
    String cool_fee();

    @Message
    String grand_total();

    @Message
    String total();

    @Message
    String tax10_subject();

    @Message
    String tax8_subject();

    @Message
    String tax_contained(String tax);

    @Message
    String tax_breakdown();

    @Message
    String free_shipping_hint(String amount);

    @Message
    String free_shipping_reached();

    @Message
    String estimate_note();

    @Message
    String to_checkout();

    // Checkout
    @Message
    String checkout_title();

    @Message
    String delivery_address();

    @Message
    String full_name();

    @Message
    String postal_code();

    @Message
    String postal_code_hint();

    @Message
    String prefecture();

    @Message
    String choose();

    @Message
    String city();

    @Message
    String street();

    @Message
    String phone();

    @Message
    String phone_hint();

    @Message
    String payment_method();

    @Message
    String payment_bank_transfer();

    @Message
    String payment_cash_on_delivery();

    @Message
    String points();

    @Message
    String use_points();

    @Message
    String points_hint();

    @Message
    String order_contents();

    @Message
    String place_order();

    @Message
    String required();

    @Message
    String form_has_errors();

    @Message
    String error_text_not_allowed();

    @Message
    String error_full_name();

    @Message
    String error_email();

    @Message
    String error_postal_code();

    @Message
    String error_prefecture();

    @Message
    String error_city();

    @Message
    String error_street();

    @Message
    String error_phone();

    @Message
    String error_payment_method();

    @Message
    String error_points();

    @Message
    String checkout_stock();

    @Message
    String checkout_empty();

    @Message
    String checkout_unavailable();

    @Message
    String checkout_key_reused();

    // Checkout: フリガナ, delivery, consent, newsletter, confirmation step
    @Message
    String full_name_kana();

    @Message
    String full_name_kana_hint();

    @Message
    String delivery_when();

    @Message
    String delivery_date();

    @Message
    String delivery_slot();

    @Message
    String delivery_any();

    @Message
    String delivery_slot_any();

    @Message
    String delivery_earliest(String date);

    @Message
    String delivery_holiday();

    @Message
    String delivery_from(String date);

    @Message
    String slot_am();

    @Message
    String slot_14_16();

    @Message
    String slot_16_18();

    @Message
    String slot_18_20();

    @Message
    String slot_19_21();

    @Message
    String cod_fee();

    @Message
    String cod_tiers_title();

    @Message
    String cod_tier(String below, String fee);

    @Message
    String cod_limit(String limit);

    @Message
    String points_balance(int balance);

    @Message
    String consent_legend();

    @Message
    String privacy_consent();

    @Message
    String privacy_link();

    @Message
    String newsletter_optin();

    @Message
    String newsletter_optin_note();

    @Message
    String to_confirm();

    @Message
    String summary_fees_next();

    @Message
    String error_full_name_kana();

    @Message
    String error_delivery_date();

    @Message
    String error_delivery_slot();

    @Message
    String error_cod_limit();

    @Message
    String error_privacy_consent();

    @Message
    String checkout_session_ended();

    @Message
    String confirm_title();

    @Message
    String confirm_lead();

    @Message
    String confirm_items();

    @Message
    String confirm_payment();

    @Message
    String pay_transfer_deadline(String date);

    @Message
    String bank_name();

    @Message
    String bank_branch();

    @Message
    String bank_type();

    @Message
    String bank_number();

    @Message
    String bank_holder();

    @Message
    String pay_cod_when();

    @Message
    String confirm_delivery();

    @Message
    String confirm_address();

    @Message
    String confirm_terms();

    @Message
    String terms_text();

    @Message
    String newsletter_yes();

    @Message
    String newsletter_no();

    @Message
    String back();

    @Message
    String delivery_on();

    @Message
    String kana();

    // Accounts (the rest of their texts: AccountMsg)
    @Message
    String nav_login();
    @Message
    String nav_logout();
    @Message
    String nav_mypage();
    @Message
    String nav_contact();
    @Message
    String nav_newsletter();
    @Message
    String error_password();
    @Message
    String cart_reordered();
    @Message
    String error_address_label();
    // Orders
    @Message
    String thanks_title();

    @Message
    String thanks_lead();

    @Message
    String thanks_link_lead();

    @Message
    String thanks_link();

    @Message
    String order_details();

    @Message
    String order_status();

    @Message
    String ordered_at();

    @Message
    String order_status_placed();

    @Message
    String order_status_paid();

    @Message
    String order_status_shipped();

    @Message
    String order_status_cancelled();

    @Message
    String tracking_number();

    @Message
    String points_used();

    @Message
    String amount_due();

    @Message
    String points_earned();

    @Message
    String lookup_title();

    @Message
    String lookup_lead();

    @Message
    String lookup_submit();

    @Message
    String lookup_not_found();

    @Message
    String lookup_missing();

    @Message
    String lookup_unavailable();

    @Message
    String thanks_expired();

    @Message
    String lookup_too_many();

    @Message
    String link_not_found();

    @Message
    String order_quantity();

    // Content pages
    @Message
    String news_title();

    @Message
    String news_none();

    @Message
    String content_unavailable();

    // Errors
    @Message
    String not_found_title();

    @Message
    String not_found_lead();

    @Message
    String back_home();

    @Message
    String error_title();

    @Message
    String error_lead();

    @Message
    String forbidden_title();

    @Message
    String forbidden_lead();

    @Message
    String bad_request_title();

    @Message
    String bad_request_lead();

    @Message
    String partial_notice();
}
