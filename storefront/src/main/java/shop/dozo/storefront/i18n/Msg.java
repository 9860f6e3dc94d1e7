package shop.dozo.storefront.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the shop, Japanese here (the default) and English in messages/msg_en.properties. Templates use
 * {@code {msg:key}}; Java code gets the bundle of the page's language from {@link Messages}.
 */
@MessageBundle("msg")
public interface Msg {
    // The frame
    @Message("本文へ移動")
    String skip_to_content();

    @Message("商品を検索")
    String search_label();

    @Message("検索")
    String search_button();

    @Message("例：布ナプキン")
    String search_placeholder();

    @Message("カテゴリ")
    String nav_main();

    @Message("お客さまメニュー")
    String nav_account();

    @Message("カート")
    String nav_cart();

    @Message("注文状況の確認")
    String nav_order_lookup();

    @Message("お知らせ")
    String nav_news();

    @Message("特定商取引法に基づく表記")
    String nav_legal();

    @Message("ご利用案内")
    String footer_pages();

    @Message("English")
    String switch_language();

    @Message("en")
    String switch_language_code();

    @Message("ホーム")
    String home();

    @Message("現在地")
    String breadcrumbs();

    @Message("お知らせ")
    String notice();

    // Prices and stock
    @Message("税込")
    String tax_included();

    @Message("税込・消費税{rate}%")
    String tax_rate(int rate);

    @Message("税込・軽減税率{rate}%")
    String tax_rate_reduced(int rate);

    @Message("在庫あり")
    String stock_in();

    @Message("残りわずか")
    String stock_few();

    @Message("売り切れ")
    String stock_sold_out();

    @Message("クール便でお届けします（クール便料金 ¥{fee}）")
    String cool_delivery(String fee);

    @Message("クール便でお届けします")
    String cool_delivery_plain();

    // Home
    @Message("おすすめの商品")
    String home_recommended();

    @Message("カテゴリから探す")
    String home_categories();

    @Message("お知らせ")
    String home_news();

    @Message("お知らせをすべて見る")
    String home_all_news();

    @Message("ただいまお知らせを表示できません。")
    String news_unavailable();

    @Message("商品を表示できませんでした。しばらくしてから、もう一度お試しください。")
    String products_unavailable();

    // Category
    @Message("{count}件の商品")
    String product_count(long count);

    @Message("並び替え")
    String sort_label();

    @Message("並び替える")
    String sort_button();

    @Message("おすすめ順")
    String sort_recommended();

    @Message("価格の安い順")
    String sort_price_asc();

    @Message("価格の高い順")
    String sort_price_desc();

    @Message("新着順")
    String sort_newest();

    @Message("名前順")
    String sort_name();

    @Message("このカテゴリの中")
    String subcategories();

    @Message("このカテゴリにはまだ商品がありません。")
    String category_empty();

    @Message("ページ送り")
    String pagination();

    @Message("前のページ")
    String page_previous();

    @Message("次のページ")
    String page_next();

    @Message("{page} / {pages} ページ")
    String page_of(int page, int pages);

    // Search
    @Message("「{query}」の検索結果")
    String search_title(String query);

    @Message("商品を検索")
    String search_title_empty();

    @Message("{count}件見つかりました。")
    String search_found(int count);

    @Message("「{query}」に合う商品は見つかりませんでした。言葉を短くするか、別の言葉でお試しください。")
    String search_none(String query);

    @Message("探したい商品の名前や言葉を入力してください。")
    String search_prompt();

    @Message("検索する言葉は100文字までにしてください。")
    String search_too_long();

    // Product
    @Message("数量")
    String quantity();

    @Message("カートに入れる")
    String add_to_cart();

    @Message("売り切れのため、ただいまお求めいただけません。")
    String sold_out_note();

    @Message("商品の説明")
    String description();

    @Message("商品画像")
    String product_images();

    @Message("商品番号")
    String sku();

    @Message("レビュー")
    String reviews();

    @Message("5つ星のうち{average}（{count}件のレビュー）")
    String reviews_average(String average, long count);

    @Message("まだレビューはありません。最初のレビューを書いてみませんか。")
    String reviews_none();

    @Message("星{stars}つ")
    String stars(int stars);

    @Message("5つ星のうち{rating}")
    String rating_of_five(int rating);

    @Message("購入者のレビュー")
    String verified_purchase();

    @Message("お店からの返信")
    String shop_reply();

    @Message("レビューは現在表示できません。商品はいつもどおりお求めいただけます。")
    String reviews_unavailable();

    @Message("もっと見る")
    String reviews_more();

    @Message("レビューを書く")
    String review_form_title();

    @Message("評価")
    String review_rating();

    @Message("タイトル")
    String review_title();

    @Message("本文（10文字以上）")
    String review_body();

    @Message("ニックネーム（公開されます）")
    String review_nickname();

    @Message("ご購入の確認（任意）")
    String review_purchase();

    @Message("ご注文番号とメールアドレスを入れると「購入者のレビュー」として表示されます。メールアドレスは公開されません。")
    String review_purchase_hint();

    @Message("ご注文番号")
    String order_number();

    @Message("メールアドレス")
    String email();

    @Message("この欄は空のままにしてください")
    String honeypot();

    @Message("レビューを送る")
    String review_submit();

    @Message("レビューを受け付けました。お店で確認してから掲載します。ありがとうございました。")
    String review_posted();

    @Message("レビューを送れませんでした。下の内容をご確認ください。")
    String review_failed();

    @Message("同じ内容のレビューはすでに受け付けています。")
    String review_duplicate();

    @Message("短い時間にたくさん送られたため、受け付けを休んでいます。しばらくしてからお試しください。")
    String review_rate_limited();

    @Message("ただいまレビューを受け付けられません。入力内容はそのまま残っています。しばらくしてから、もう一度お送りください。")
    String review_unavailable();

    @Message("評価を1〜5から選んでください。")
    String error_rating();

    @Message("タイトルを100文字までで入力してください。")
    String error_review_title();

    @Message("本文を10〜4,000文字で入力してください。")
    String error_review_body();

    @Message("ニックネームを40文字までで入力してください。")
    String error_nickname();

    @Message("ご注文番号とメールアドレスは、両方入れるか両方空にしてください。")
    String error_purchase_pair();

    // Cart
    @Message("カート")
    String cart_title();

    @Message("カートは空です。")
    String cart_empty();

    @Message("買い物を続ける")
    String continue_shopping();

    @Message("商品")
    String cart_product();

    @Message("単価")
    String unit_price();

    @Message("小計")
    String line_total();

    @Message("変更")
    String update();

    @Message("削除")
    String remove();

    @Message("{name}の数量")
    String quantity_of(String name);

    @Message("{name}を削除")
    String remove_item(String name);

    @Message("この商品は在庫が足りないか、販売を終えています。数量を減らすか削除してください。")
    String line_unavailable();

    @Message("「{name}」をカートに入れました。")
    String cart_added(String name);

    @Message("数量を変更しました。")
    String cart_updated();

    @Message("カートから削除しました。")
    String cart_removed();

    @Message("数量は1から99までの数字で入力してください。カートは変わっていません。")
    String cart_bad_quantity();

    @Message("在庫が足りません（あと{available}点までお求めいただけます）。カートは変わっていません。")
    String cart_not_enough(int available);

    @Message("この商品は売り切れです。カートは変わっていません。")
    String cart_sold_out();

    @Message("この商品はただいまお求めいただけません。カートは変わっていません。")
    String cart_unknown_product();

    @Message("カートを読み込めませんでした（期限切れか、正しくないカートです）。お手数ですが、もう一度商品をお選びください。")
    String cart_lost();

    @Message("ただいまカートを表示できません。しばらくしてから、もう一度お試しください。")
    String cart_unavailable();

    @Message("一度に入れられる商品の種類を超えています。")
    String cart_too_many_lines();

    @Message("商品合計")
    String items_total();

    @Message("送料")
    String shipping();

    @Message("無料")
    String free();

    @Message("クール便料金")
    String cool_fee();

    @Message("お支払い合計（税込）")
    String grand_total();

    @Message("合計（税込）")
    String total();

    @Message("10%対象")
    String tax10_subject();

    @Message("8%対象（軽減税率）")
    String tax8_subject();

    @Message("（内消費税 ¥{tax}）")
    String tax_contained(String tax);

    @Message("税率ごとの内訳")
    String tax_breakdown();

    @Message("あと¥{amount}のお買い上げで送料無料になります。")
    String free_shipping_hint(String amount);

    @Message("送料無料でお届けします。")
    String free_shipping_reached();

    @Message("送料は目安です。お支払い金額はご注文の確定時に決まります。")
    String estimate_note();

    @Message("ご注文手続きへ進む")
    String to_checkout();

    // Checkout
    @Message("ご注文手続き")
    String checkout_title();

    @Message("お届け先")
    String delivery_address();

    @Message("お名前")
    String full_name();

    @Message("郵便番号")
    String postal_code();

    @Message("例：123-4567")
    String postal_code_hint();

    @Message("都道府県")
    String prefecture();

    @Message("選択してください")
    String choose();

    @Message("市区町村")
    String city();

    @Message("番地・建物名")
    String street();

    @Message("電話番号")
    String phone();

    @Message("例：03-1234-5678")
    String phone_hint();

    @Message("お支払い方法")
    String payment_method();

    @Message("銀行振込（ご注文後にご案内する口座へお振り込みください）")
    String payment_bank_transfer();

    @Message("代金引換（お届けの際にお支払いください）")
    String payment_cash_on_delivery();

    @Message("ポイント")
    String points();

    @Message("ご利用ポイント")
    String use_points();

    @Message("お持ちのポイントの範囲で、1ポイント1円として使えます。使わない場合は0のままにしてください。")
    String points_hint();

    @Message("ご注文内容")
    String order_contents();

    @Message("注文を確定する")
    String place_order();

    @Message("必須")
    String required();

    @Message("入力内容をご確認ください。")
    String form_has_errors();

    @Message("使えない文字（制御文字や、文字の向きを変える記号など）が含まれています。その文字を消してから、もう一度お試しください。")
    String error_text_not_allowed();

    @Message("お名前を入力してください。")
    String error_full_name();

    @Message("メールアドレスを正しく入力してください（例：hanako@example.jp）。")
    String error_email();

    @Message("郵便番号を 123-4567 の形で入力してください。")
    String error_postal_code();

    @Message("都道府県を選んでください。")
    String error_prefecture();

    @Message("市区町村を入力してください。")
    String error_city();

    @Message("番地・建物名を入力してください。")
    String error_street();

    @Message("電話番号を 03-1234-5678 の形で入力してください。")
    String error_phone();

    @Message("お支払い方法を選んでください。")
    String error_payment_method();

    @Message("ご利用ポイントは0以上の数字で、お持ちのポイントの範囲で入力してください。")
    String error_points();

    @Message("カートの中に、在庫が足りない商品か販売を終えた商品があります。カートをご確認ください。")
    String checkout_stock();

    @Message("カートが空のため、ご注文できません。")
    String checkout_empty();

    @Message("ただいまご注文を受け付けられません。入力内容はそのまま残っています。少し待ってから、もう一度「注文を確定する」を押してください（二重に注文されることはありません）。")
    String checkout_unavailable();

    @Message("このご注文は、すでに受け付けている可能性があります。二重注文を防ぐため、先に「注文状況の確認」でお確かめください。それでも注文する場合は、もう一度「注文を確定する」を押してください。")
    String checkout_key_reused();

    // Orders
    @Message("ご注文ありがとうございました")
    String thanks_title();

    @Message("ご注文を承りました。ご注文番号とメールアドレスで、いつでも注文状況を確認できます。")
    String thanks_lead();

    @Message("このリンクを保存しておくと、メールアドレスを入力せずにご注文を確認できます（他の方には教えないでください）:")
    String thanks_link_lead();

    @Message("ご注文の確認ページ")
    String thanks_link();

    @Message("ご注文の内容")
    String order_details();

    @Message("状況")
    String order_status();

    @Message("ご注文日時")
    String ordered_at();

    @Message("ご注文を受け付けました")
    String order_status_placed();

    @Message("お支払いを確認しました")
    String order_status_paid();

    @Message("発送しました")
    String order_status_shipped();

    @Message("キャンセルされました")
    String order_status_cancelled();

    @Message("ご利用ポイント")
    String points_used();

    @Message("お支払い金額")
    String amount_due();

    @Message("今回のご注文で貯まるポイント")
    String points_earned();

    @Message("注文状況の確認")
    String lookup_title();

    @Message("ご注文番号と、ご注文のときのメールアドレスを入力してください。")
    String lookup_lead();

    @Message("確認する")
    String lookup_submit();

    @Message("ご注文が見つかりませんでした。ご注文番号とメールアドレスをご確認ください。")
    String lookup_not_found();

    @Message("ご注文番号とメールアドレスを入力してください。")
    String lookup_missing();

    @Message("ただいま注文状況を確認できません。しばらくしてから、もう一度お試しください。")
    String lookup_unavailable();

    @Message("ご注文の確認ページの期限が切れました。ご注文番号とメールアドレスで確認できます。")
    String thanks_expired();

    @Message("一致しない確認が続いたため、しばらく確認できません。時間をおいてお試しいただくか、ご注文時のリンクからご確認ください。")
    String lookup_too_many();

    @Message("このリンクは無効です。ご注文番号とメールアドレスで確認できます。")
    String link_not_found();

    @Message("数量")
    String order_quantity();

    // Content pages
    @Message("お知らせ一覧")
    String news_title();

    @Message("お知らせはまだありません。")
    String news_none();

    @Message("ただいまこのページを表示できません。しばらくしてから、もう一度お試しください。")
    String content_unavailable();

    // Errors
    @Message("ページが見つかりませんでした")
    String not_found_title();

    @Message("お探しのページは、移動したか、販売を終えたか、アドレスが違っている可能性があります。")
    String not_found_lead();

    @Message("ホームに戻る")
    String back_home();

    @Message("ただいま表示できません")
    String error_title();

    @Message("一時的に混み合っているか、調子が悪くなっています。少し待ってから、もう一度お試しください。")
    String error_lead();

    @Message("この操作は受け付けられませんでした")
    String forbidden_title();

    @Message("ページを開いてから時間がたったか、別のサイトから送られた可能性があります。何も変更していません。前のページを読み込み直して、もう一度お試しください。")
    String forbidden_lead();

    @Message("送信された内容を読み取れませんでした")
    String bad_request_title();

    @Message("フォームの内容が壊れていたか、受け付けられない形式でした。何も変更していません。前のページを読み込み直して、もう一度お試しください。")
    String bad_request_lead();

    @Message("一部の情報（レビューなど）をただいま表示できません。")
    String partial_notice();
}
