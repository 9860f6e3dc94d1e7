package shop.dozo.backoffice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the category, campaign, settings, account and my-account screens: Japanese here, English in messages/ma_en.properties; templates use {@code {ma:key}}. A bundle of its own:
 * Quarkus' generated resolver for one bundle of 400 messages and more fails bytecode verification.
 */
@MessageBundle("ma")
public interface AdminTexts {
    // Categories
    @Message("カテゴリを追加")
    String category_new();

    @Message("カテゴリの編集: {name}")
    String category_edit(String name);

    @Message("カテゴリ一覧へ戻る")
    String back_to_categories();

    @Message("アーカイブしました。ショップには表示されません。")
    String category_archived();

    @Message("元に戻しました。ショップに表示されます。")
    String category_restored();

    @Message("並び順を変更しました。")
    String category_moved();

    @Message("スラッグ（URL）")
    String slug();

    @Message("表示順")
    String position();

    @Message("小さい数ほど前に表示されます。")
    String position_hint();

    @Message("操作")
    String actions();

    @Message("{parent} の下")
    String category_below(String parent);

    @Message("表示中")
    String category_shown();

    @Message("{name} を前へ")
    String move_up(String name);

    @Message("{name} を後ろへ")
    String move_down(String name);

    @Message("元に戻す")
    String restore();

    @Message("{name} を元に戻す")
    String restore_named(String name);

    @Message("{name} をアーカイブ")
    String archive_named(String name);

    @Message("編集中にほかの人がこのカテゴリを保存しました。入力した内容はそのまま残っています。確認して、もう一度保存すると上書きします。")
    String category_stale();

    @Message("半角英小文字・数字・ハイフン。あとから変更できません。")
    String category_slug_hint();

    @Message("カテゴリ名")
    String category_name();

    @Message("カテゴリ名（英語）")
    String category_name_en();

    @Message("親カテゴリ")
    String category_parent();

    @Message("なし（最上位）")
    String category_no_parent();

    // Campaigns
    @Message("キャンペーンを作成しました。")
    String campaign_created();

    @Message("キャンペーンを終了しました。これからの注文には適用されません。")
    String campaign_ended();

    @Message("キャンペーンコード")
    String campaign_code();

    @Message("半角英数字とハイフン（2〜40文字）。")
    String campaign_code_hint();

    @Message("バナーの文言")
    String campaign_name();

    @Message("ショップのバナーに表示されます。")
    String campaign_name_hint();

    @Message("ポイント倍率")
    String campaign_multiplier();

    @Message("通常のポイントの何倍か（例: 10）。")
    String campaign_multiplier_hint();

    @Message("開始（日本時間）")
    String campaign_starts();

    @Message("終了（日本時間）")
    String campaign_ends();

    @Message("実施中")
    String campaign_running();

    @Message("開始前")
    String campaign_upcoming();

    @Message("終了")
    String campaign_over();

    @Message("今すぐ終了")
    String campaign_end();

    @Message("中止")
    String campaign_cancel();

    @Message("{code} を終了")
    String campaign_end_named(String code);

    @Message("キャンペーンはまだありません。")
    String campaign_none();

    @Message("新しいキャンペーン")
    String campaign_new();

    @Message("キャンペーンを作成")
    String campaign_create();

    // Settings
    @Message("編集中に {by} さんが設定を保存しました（{at}）。入力した内容はフォームに残っています。")
    String settings_conflict_text(String by, String at);

    @Message("ショップ名")
    String shop_name();

    @Message("ショップ名（英語）")
    String shop_name_en();

    @Message("キャッチコピー")
    String tagline();

    @Message("キャッチコピー（英語）")
    String tagline_en();

    @Message("ナビゲーション（メニュー）")
    String navigation();

    @Message("表示名")
    String nav_item_label();

    @Message("表示名（英語）")
    String nav_item_label_en();

    @Message("リンク先")
    String nav_item_href();

    @Message("リンク先は「/pages/about」のようなショップ内のパスか、http(s) のアドレスです。空の行は保存されません。")
    String nav_hint();

    @Message("削除")
    String remove_row();

    @Message("{row} 行目を削除")
    String remove_row_named(Integer row);

    @Message("メニューの行を追加")
    String add_row();

    @Message("フッター")
    String footer();

    @Message("フッター（英語）")
    String footer_en();

    @Message("特定商取引法に基づく表記のページ")
    String legal_notice_slug();

    @Message("ページのスラッグ（例: tokushoho）。")
    String legal_notice_hint();

    @Message("適格請求書発行事業者の登録番号。「T」と13桁の数字（例: T1234567890123）。")
    String registration_number_hint();

    // Staff accounts
    @Message("スタッフを追加しました。初期パスワードを本人に伝え、サインイン後に変更してもらってください。")
    String account_added();

    @Message("アカウントを無効にしました。このアカウントではサインインできません。")
    String account_disabled();

    @Message("アカウントを有効にしました。")
    String account_enabled();

    @Message("権限")
    String role();

    @Message("オーナー")
    String role_owner();

    @Message("スタッフ")
    String role_staff();

    @Message("追加日")
    String account_since();

    @Message("あなた")
    String account_you();

    @Message("有効")
    String account_active();

    @Message("無効")
    String account_inactive();

    @Message("無効にする")
    String account_disable();

    @Message("{email} を無効にする")
    String account_disable_named(String email);

    @Message("有効にする")
    String account_enable();

    @Message("{email} を有効にする")
    String account_enable_named(String email);

    @Message("スタッフを追加")
    String account_new();

    @Message("追加する")
    String account_add();

    @Message("初期パスワード")
    String initial_password();

    @Message("12文字以上。本人がサインイン後に変更します。")
    String initial_password_hint();

    // My account
    @Message("アカウント")
    String my_account();

    @Message("パスワードを変更しました。次回からは新しいパスワードでサインインしてください。")
    String password_changed();

    @Message("パスワードを変更")
    String change_password();

    @Message("現在のパスワード")
    String current_password();

    @Message("新しいパスワード")
    String new_password();

    @Message("12文字以上。")
    String new_password_hint();

    @Message("新しいパスワード（確認）")
    String new_password_again();

    // Staff accounts: roles
    @Message("権限を変更しました。対象の人は次回のサインインから新しい権限になります。")
    String account_role_changed();

    @Message("オーナーにする")
    String make_owner();

    @Message("{email} をオーナーにする")
    String make_owner_named(String email);

    @Message("スタッフにする")
    String make_staff();

    @Message("{email} をスタッフにする")
    String make_staff_named(String email);

    // Categories (more)
    @Message("カテゴリを追加しました。")
    String category_created();

    // Settings (more)
    @Message("保存できませんでした。説明の付いた項目を直してください。")
    String settings_not_saved();

    // Staff accounts: two-step sign-in
    @Message("2段階認証をリセット")
    String account_two_step_reset();

    @Message("{email} の2段階認証をリセット")
    String account_two_step_reset_named(String email);

    @Message("2段階認証をリセットしました。次回はパスワードだけでサインインし、設定し直してもらってください。")
    String account_two_step_reset_done();
}
