package shop.dozo.backoffice.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the pages, news and review screens: Japanese here, English in messages/mc_en.properties; templates use {@code {mc:key}}. A bundle of its own:
 * Quarkus' generated resolver for one bundle of 400 messages and more fails bytecode verification.
 */
@MessageBundle("mc")
public interface ContentTexts {
    // Pages and news

    @Message("ページを追加")
    String page_new();

    @Message("お知らせを追加")
    String news_new();

    @Message("まだありません。")
    String doc_none();

    @Message("スラッグ（URL）")
    String doc_slug();

    @Message("半角英小文字・数字・ハイフン。ショップのURLになります（例: shipping）。あとから変更できません。")
    String doc_slug_hint();

    @Message("タイトル")
    String doc_title();

    @Message("タイトル（英語）")
    String doc_title_en();

    @Message("本文（Markdown）")
    String doc_body();

    @Message("見出しは「## 」、箇条書きは「- 」で書けます。HTMLのタグは文字としてそのまま表示されます。")
    String doc_body_hint();

    @Message("公開日時")
    String doc_published_at();

    @Message("未来の日時にすると、その日時まで公開されません（予約投稿）。空欄なら公開した時点になります。")
    String doc_published_at_hint();

    @Message("変更メモ（履歴に残ります）")
    String doc_note();

    @Message("更新日時")
    String doc_updated_at();

    @Message("プレビュー")
    String doc_preview();

    @Message("プレビュー（ショップでの表示）")
    String doc_preview_title();

    @Message("まだ保存されていません。保存するには「保存する」を押してください。")
    String doc_preview_unsaved();

    @Message("本文に <script> が含まれています。このままでは保存できません。削除してください。")
    String doc_script_refused();

    @Message("このスラッグはすでに使われています。別のスラッグにするか、既存のものを編集してください。")
    String doc_slug_taken();

    @Message("日時を「年-月-日 時:分」の形で入力してください。")
    String doc_date_unreadable();

    @Message("開き直してから、もう一度変更してください。")
    String doc_open_again();

    @Message("公開予約（{at} に公開）")
    String doc_scheduled(String at);

    @Message("履歴と比較")
    String doc_history();

    @Message("非公開にする（アーカイブ）")
    String doc_archive();

    @Message("作成しました（下書き）。内容を確認して公開してください。")
    String doc_notice_created();

    @Message("公開しました。ショップには公開日時から表示されます。")
    String doc_notice_published();

    @Message("ほかの人が先に保存しました")
    String doc_conflict_title();

    @Message("{who} さんが {at} に別の内容を保存しました（版{revision}）。あなたの入力はフォームに残っています。下の違いを見て内容をまとめてから保存してください。")
    String doc_conflict_text(String who, String at, int revision);

    @Message("保存されているタイトル: {title}")
    String doc_conflict_saved_title(String title);

    @Message("保存されている本文（削除）と、あなたの本文（追加）の違い")
    String doc_conflict_diff();

    @Message("履歴: {title}")
    String rev_title(String title);

    @Message("版")
    String rev_number();

    @Message("版{number}")
    String rev_label(int number);

    @Message("操作")
    String rev_action();

    @Message("作成")
    String rev_created();

    @Message("編集")
    String rev_edited();

    @Message("公開")
    String rev_published();

    @Message("アーカイブ")
    String rev_archived();

    @Message("復元")
    String rev_restored();

    @Message("（版{number}から）")
    String rev_restored_from(int number);

    @Message("比較元")
    String rev_from();

    @Message("比較先")
    String rev_to();

    @Message("版{number}を比較元にする")
    String rev_pick_from(int number);

    @Message("版{number}を比較先にする")
    String rev_pick_to(int number);

    @Message("選んだ2つの版を比較する")
    String rev_compare();

    @Message("この版に戻す")
    String rev_restore();

    @Message("版{number}に戻す")
    String rev_restore_number(int number);

    @Message("現在の版")
    String rev_current();

    @Message("選んだ版の内容を復元しました。新しい版として保存されています。")
    String rev_notice_restored();

    @Message("編集へ戻る")
    String rev_back_to_editor();

    @Message("履歴へ戻る")
    String rev_back_to_history();

    @Message("版{from}と版{to}の比較")
    String diff_title(int from, int to);

    @Message("本文: {added}行追加、{removed}行削除")
    String diff_summary(int added, int removed);

    @Message("本文に違いはありません。")
    String diff_no_change();

    @Message("本文以外の違い")
    String diff_fields();

    @Message("本文の違い")
    String diff_body();

    @Message("追加:")
    String diff_added();

    @Message("削除:")
    String diff_removed();

    // Reviews

    @Message("承認待ち")
    String review_pending();

    @Message("公開中")
    String review_approved();

    @Message("却下")
    String review_rejected();

    @Message("取り下げ")
    String review_withdrawn();

    @Message("該当するレビューはありません。")
    String review_none();

    @Message("評価")
    String review_rating();

    @Message("★{rating}（5段階）")
    String review_stars(int rating);

    @Message("タイトル")
    String review_title();

    @Message("ニックネーム")
    String review_nickname();

    @Message("投稿日時")
    String review_posted_at();

    @Message("商品（SKU）")
    String review_product();

    @Message("購入")
    String review_purchase();

    @Message("購入確認済み")
    String review_verified();

    @Message("購入を確認できず")
    String review_not_verified();

    @Message("注文番号なし")
    String review_no_order();

    @Message("確認サービスが応答せず未確認")
    String review_check_unavailable();

    @Message("レビュー #{id}")
    String review_detail_title(long id);

    @Message("本文")
    String review_body();

    @Message("承認して公開する")
    String review_approve();

    @Message("却下する")
    String review_reject();

    @Message("メモ（任意・ショップには表示されません）")
    String review_approve_note();

    @Message("却下の理由（ショップには表示されません）")
    String review_reject_reason();

    @Message("ショップからの返信")
    String review_reply();

    @Message("商品ページでレビューの下に表示されます。")
    String review_reply_hint();

    @Message("返信を保存")
    String review_reply_save();

    @Message("返信を削除")
    String review_reply_remove();

    @Message("現在の返信")
    String review_reply_current();

    @Message("対応の履歴")
    String review_history();

    @Message("最近の対応の履歴")
    String review_all_history();

    @Message("新しいレビュー{count}件の対応を、新しい順に表示しています。")
    String review_all_history_hint(int count);

    @Message("レビュー")
    String review_column();

    @Message("投稿")
    String review_ev_submitted();

    @Message("取り込み")
    String review_ev_imported();

    @Message("承認")
    String review_ev_approved();

    @Message("却下")
    String review_ev_rejected();

    @Message("取り下げ")
    String review_ev_withdrawn();

    @Message("返信")
    String review_ev_replied();

    @Message("返信を削除")
    String review_ev_reply_removed();

    @Message("承認しました。ショップの商品ページに表示されます。")
    String review_notice_approved();

    @Message("却下しました。ショップには表示されません。")
    String review_notice_rejected();

    @Message("返信を保存しました。")
    String review_notice_replied();

    @Message("返信を削除しました。")
    String review_notice_reply_removed();

    @Message("取り下げられたレビューは変更できません。")
    String review_final();

    @Message("レビュー一覧へ戻る")
    String review_back();

    @Message("理由")
    String review_reason();

    @Message("内容")
    String review_detail();
}
