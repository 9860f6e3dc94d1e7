package shop.dozo.backoffice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the back office's frame and its shared screens (sign-in, dashboard, products, orders, two-step sign-in):
 * the Japanese text is the default here, English is in messages/m_en.properties. The other screens' texts are in
 * {@link ContentTexts} and {@link AdminTexts}.
 * Templates use {@code {m:key}}. One method per message; its name is the key.
 */
@MessageBundle("m")
public interface M {
    // The frame
    @Message("Dozo 管理画面")
    String app_name();

    @Message("本文へ移動")
    String skip_to_content();

    @Message("管理メニュー")
    String nav_label();

    @Message("ダッシュボード")
    String nav_dashboard();

    @Message("注文")
    String nav_orders();

    @Message("商品")
    String nav_products();

    @Message("カテゴリ")
    String nav_categories();

    @Message("ページ")
    String nav_pages();

    @Message("お知らせ")
    String nav_news();

    @Message("レビュー")
    String nav_reviews();

    @Message("キャンペーン")
    String nav_campaigns();

    @Message("ショップ設定")
    String nav_settings();

    @Message("スタッフ")
    String nav_accounts();

    @Message("サインアウト")
    String sign_out();

    @Message("English")
    String other_lang();

    @Message("en")
    String other_lang_code();

    @Message("ダッシュボードへ戻る")
    String back_to_dashboard();

    // Signing in
    @Message("サインイン")
    String sign_in();

    @Message("スタッフ サインイン")
    String sign_in_title();

    @Message("メールアドレス")
    String email();

    @Message("パスワード")
    String password();

    @Message("一定時間操作がなかったため、サインアウトしました。もう一度サインインしてください。")
    String signed_out_idle();

    @Message("認証アプリに表示されている6桁の確認コードを入力してください。")
    String totp_enter_code();

    @Message("確認コード")
    String totp_code();

    @Message("もう一度サインインしてください")
    String session_expired_title();

    @Message("セッションの有効期限が切れました。入力した内容は保持されています。サインインすると続きから保存できます。")
    String session_expired_kept();

    @Message("選択した画像ファイルは保持できません。サインイン後にもう一度選んでください。")
    String session_expired_file();

    @Message("保存を続けますか？")
    String resume_title();

    @Message("サインインしました。セッション切れの前に入力した内容を、このまま保存できます。")
    String resume_text();

    @Message("保存を続ける")
    String resume_button();

    @Message("保存せずにダッシュボードへ")
    String resume_discard();

    // Refusals and errors
    @Message("オーナー専用の画面です")
    String owner_only_title();

    @Message("この画面はショップのオーナーだけが使えます。必要な場合はオーナーに依頼してください。")
    String owner_only_text();

    @Message("この操作はできません")
    String forbidden_title();

    @Message("フォームの有効期限が切れたか、別のサイトから送信されました。ページを開き直してからもう一度お試しください。")
    String forbidden_text();

    @Message("見つかりません")
    String not_found_title();

    @Message("お探しのものは見つかりませんでした。削除されたか、アドレスが違う可能性があります。")
    String not_found_text();

    @Message("ただいま表示できません")
    String unavailable_title();

    @Message("ショップのサービスの一部が応答していません。少し待ってからもう一度お試しください。入力内容は保存されていません。")
    String unavailable_text();

    @Message("処理できませんでした")
    String failed_title();

    @Message("ショップのサービスがこの操作を受け付けませんでした。内容を確認してもう一度お試しください。")
    String failed_text();

    // Dashboard
    @Message("この情報はいま取得できません。")
    String panel_unavailable();

    @Message("売上")
    String sales_title();

    @Message("本日の注文")
    String today_orders();

    @Message("本日の売上")
    String today_sales();

    @Message("今月の注文")
    String month_orders();

    @Message("今月の売上")
    String month_sales();

    @Message("対応待ち")
    String waiting_title();

    @Message("入金待ちの注文 {count}件")
    String awaiting_payment(long count);

    @Message("発送待ちの注文 {count}件")
    String awaiting_shipment(long count);

    @Message("承認待ちのレビュー {count}件")
    String pending_reviews(long count);

    @Message("日別売上（30日間）")
    String chart_title();

    @Message("表で見る")
    String chart_table();

    @Message("日付")
    String day();

    @Message("注文数")
    String orders_count();

    @Message("売上")
    String sales();

    @Message("在庫が少ない商品")
    String low_stock_title();

    @Message("在庫が少ない商品はありません。")
    String low_stock_none();

    @Message("商品")
    String product();

    @Message("在庫")
    String available();

    @Message("在庫切れ")
    String out_of_stock();

    @Message("ショップの安全")
    String safety_title();

    @Message("バックアップまたは復元訓練が遅れています")
    String safety_late_title();

    @Message("予定どおりに成功していない安全対策があります。運用担当者に確認してください。")
    String safety_late_text();

    @Message("最新のフルバックアップ")
    String safety_backup();

    @Message("最新のアーカイブ")
    String safety_archive();

    @Message("最新の復元訓練")
    String safety_drill();

    @Message("未実施")
    String safety_never();

    @Message("遅れています")
    String safety_late();

    // Common
    @Message("状態")
    String status();

    @Message("すべて")
    String all();

    @Message("検索")
    String search();

    @Message("保存する")
    String save();

    @Message("削除")
    String remove();

    @Message("選んでください")
    String choose();

    @Message("前へ")
    String previous();

    @Message("次へ")
    String next();

    @Message("ページ送り")
    String pages_nav();

    @Message("{count}件")
    String found(long count);

    @Message("入力内容にエラーがあります。各項目のメッセージを確認してください。")
    String fix_fields();

    @Message("メモ")
    String note();

    @Message("日時")
    String when();

    @Message("担当者")
    String who();

    @Message("下書き")
    String status_draft();

    @Message("公開中")
    String status_published();

    @Message("アーカイブ")
    String status_archived();

    // Products
    @Message("商品を追加")
    String product_new();

    @Message("商品名・SKUで検索")
    String search_products();

    @Message("価格")
    String price();

    @Message("価格（税込・円）")
    String price_tax_included();

    @Message("SKU（商品コード）")
    String sku();

    @Message("半角英大文字・数字・ハイフン。あとから変更できません。")
    String sku_hint();

    @Message("商品名")
    String product_name();

    @Message("商品名（英語）")
    String product_name_en();

    @Message("説明")
    String description();

    @Message("説明（英語）")
    String description_en();

    @Message("消費税率")
    String tax_rate();

    @Message("10%（標準税率）")
    String tax_10();

    @Message("8%（軽減税率・食品など）")
    String tax_8();

    @Message("カテゴリ")
    String category();

    @Message("タグ")
    String tags();

    @Message("カンマ（,）または読点（、）で区切ります。")
    String tags_hint();

    @Message("クール便")
    String cool();

    @Message("クール便で発送する")
    String cool_label();

    @Message("おすすめ")
    String recommended();

    @Message("トップページのおすすめに表示する")
    String recommended_label();

    @Message("最初の在庫数")
    String initial_stock();

    @Message("商品画像")
    String photos();

    @Message("まだ画像がありません。")
    String photos_none();

    @Message("代替テキスト（画像の説明）")
    String alt_text();

    @Message("説明を保存")
    String save_alt();

    @Message("画像を追加")
    String photo_add();

    @Message("JPEG・PNG・GIF・WebP、20MBまで。")
    String photo_hint();

    @Message("選んだ画像のプレビュー")
    String photo_preview();

    @Message("アップロード")
    String upload();

    @Message("{position}枚目の画像を前へ")
    String photo_move_up(int position);

    @Message("{position}枚目の画像を後ろへ")
    String photo_move_down(int position);

    @Message("{position}枚目の画像を削除")
    String photo_remove(int position);

    @Message("公開する")
    String publish();

    @Message("アーカイブする")
    String archive();

    @Message("在庫と履歴")
    String stock_and_ledger();

    @Message("ショップで見る")
    String see_in_shop();

    @Message("商品を追加しました。画像を追加して、公開してください。")
    String notice_created();

    @Message("保存しました。")
    String notice_saved();

    @Message("公開しました。ショップに表示されます。")
    String notice_published();

    @Message("アーカイブしました。ショップには表示されません。")
    String notice_archived();

    @Message("画像を追加しました。")
    String notice_photo_added();

    @Message("ほかの人がこの商品を先に保存しました")
    String conflict_title();

    @Message("あなたが編集している間に、{at} に別の変更が保存されました。どちらの内容も失われていません。違いは次のとおりです。")
    String conflict_text(String at);

    @Message("項目")
    String conflict_field();

    @Message("あなたの入力")
    String conflict_yours();

    @Message("保存されている内容")
    String conflict_saved();

    @Message("あなたの入力はフォームに残っています。上書きして保存するか、最新の内容を読み込んでください。")
    String conflict_choose();

    @Message("最新の内容を読み込む（自分の変更を破棄）")
    String conflict_take_newer();

    @Message("自分の変更で上書き保存")
    String conflict_keep_mine();

    // Stock
    @Message("在庫: {name}")
    String stock_title(String name);

    @Message("商品の編集へ戻る")
    String back_to_product();

    @Message("在庫を調整しました。")
    String stock_saved();

    @Message("現在の販売可能在庫")
    String available_now();

    @Message("増減数")
    String stock_delta();

    @Message("入荷は正の数、破損などは負の数（例: 10、-2）")
    String stock_delta_hint();

    @Message("理由")
    String stock_reason();

    @Message("入荷")
    String reason_delivery();

    @Message("棚卸し")
    String reason_stocktake();

    @Message("破損・不良")
    String reason_damaged();

    @Message("返品")
    String reason_returned();

    @Message("訂正")
    String reason_correction();

    @Message("在庫を調整する")
    String stock_adjust();

    @Message("在庫の履歴")
    String ledger();

    // Orders
    @Message("注文番号")
    String order_number();

    @Message("注文日（から）")
    String from_day();

    @Message("注文日（まで）")
    String to_day();

    @Message("CSVで書き出す")
    String export_csv();

    @Message("注文日時")
    String ordered_at();

    @Message("お客さま")
    String customer();

    @Message("支払い方法")
    String payment();

    @Message("合計")
    String total();

    @Message("注文受付（入金待ち）")
    String order_placed();

    @Message("入金済み（発送待ち）")
    String order_paid();

    @Message("発送済み")
    String order_shipped();

    @Message("キャンセル")
    String order_cancelled();

    @Message("銀行振込")
    String pay_bank_transfer();

    @Message("代金引換")
    String pay_cod();

    @Message("注文 {number}")
    String order_title(String number);

    @Message("注文の状態を変更しました。")
    String order_moved();

    @Message("納品書")
    String delivery_note();

    @Message("領収書")
    String receipt();

    @Message("お問い合わせ番号（追跡番号）")
    String tracking_number();

    @Message("発送するときに入力します。半角英数字とハイフン。")
    String tracking_hint();

    @Message("この注文はこれ以上状態を変更できません。")
    String order_final();

    @Message("次の状態")
    String move_to();

    @Message("状態を変更する")
    String move_button();

    @Message("注文内容")
    String order_lines();

    @Message("履歴")
    String history();

    @Message("単価（税込）")
    String unit_price();

    @Message("数量")
    String quantity();

    @Message("金額")
    String amount();

    @Message("商品合計")
    String items_total();

    @Message("送料")
    String shipping();

    @Message("クール便料金")
    String cool_fee();

    @Message("合計（税込）")
    String total_tax_included();

    @Message("{rate}%対象")
    String tax_breakdown(int rate);

    @Message("{subtotal}（内消費税 {tax}）")
    String tax_amounts(String subtotal, String tax);

    @Message("ポイント利用")
    String points_used();

    @Message("お支払い金額")
    String amount_due();

    @Message("※は軽減税率（8%）対象です。")
    String reduced_rate_mark();

    @Message("注文へ戻る")
    String back_to_order();

    @Message("このページをブラウザから印刷してください。")
    String print_hint();

    @Message("様")
    String honorific();

    @Message("金額")
    String receipt_amount();

    @Message("税込")
    String tax_included();

    @Message("上記の金額を正に領収いたしました（商品代として）。")
    String receipt_for();

    @Message("取引日")
    String issue_day();

    @Message("発行者")
    String issuer();

    @Message("登録番号")
    String registration_number();

    @Message("（未設定：ショップ設定で登録番号を入力してください）")
    String registration_missing();

    // Two-step sign-in (TOTP)
    @Message("2段階認証")
    String twostep_title();

    @Message("サインインのとき、パスワードに加えてスマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）に表示される6桁のコードを入力します。パスワードが漏れても、他人はサインインできません。")
    String twostep_explain();

    @Message("2段階認証は有効です。")
    String twostep_is_on();

    @Message("2段階認証は無効です。")
    String twostep_is_off();

    @Message("2段階認証を設定する")
    String twostep_start();

    @Message("認証アプリでこのQRコードを読み取ります。")
    String twostep_step_scan();

    @Message("読み取れない場合は、このキーを入力してください：")
    String twostep_or_type();

    @Message("アプリに表示された6桁のコードを入力して、有効にします。")
    String twostep_step_code();

    @Message("有効にする")
    String twostep_turn_on();

    @Message("2段階認証を無効にする")
    String twostep_turn_off();

    @Message("2段階認証を有効にしました。次回からサインイン時に確認コードを入力します。")
    String twostep_now_on();

    @Message("2段階認証を無効にしました。")
    String twostep_now_off();

    @Message("オーナーのアカウントは2段階認証で守ってください。")
    String twostep_owner_nudge();

    @Message("今すぐ設定する")
    String twostep_owner_nudge_link();

    @Message("2段階認証")
    String nav_two_step();
}
