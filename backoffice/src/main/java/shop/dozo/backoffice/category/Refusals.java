package shop.dozo.backoffice.category;

import shop.dozo.backoffice.web.Language;
import shop.dozo.web.upstream.UpstreamProblem;

/** catalog-service's refusals of archiving and restoring, said as a sentence staff can act on. */
final class Refusals {
    private Refusals() {
    }

    static String say(UpstreamProblem refused, Language lang) {
        String detail = refused.problem().detail() == null ? "" : refused.problem().detail();
        boolean en = lang.isEnglish();
        if (detail.contains("subcategories")) {
            return en ? "This category still has subcategories in the shop: archive or move them first."
                    : "このカテゴリにはショップに表示中のサブカテゴリがあります。先にサブカテゴリをアーカイブするか、別のカテゴリへ移してください。";
        }
        if (detail.contains("published products")) {
            String count = detail.replaceAll("^\\D*(\\d+).*$", "$1");
            return en ? "This category still has " + count + " published products: archive them or move them to "
                    + "another category first."
                    : "このカテゴリには公開中の商品が " + count + " 点あります。先に商品をアーカイブするか、別のカテゴリへ移してください。";
        }
        if (refused.problem().fieldErrors().stream().anyMatch(error -> "parent".equals(error.field()))) {
            return en ? "Its parent category is archived: restore the parent first."
                    : "親カテゴリがアーカイブされています。先に親カテゴリを元に戻してください。";
        }
        return en ? "This could not be done: " + detail : "この操作はできませんでした（" + detail + "）";
    }
}
