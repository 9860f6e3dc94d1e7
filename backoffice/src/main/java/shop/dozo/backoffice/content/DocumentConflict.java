package shop.dozo.backoffice.content;

import shop.dozo.backoffice.upstream.DocumentsClient;

/**
 * Someone saved the page while this person was editing it. What they typed stays in the form; this shows what is
 * saved now and, line by line, how their text differs from it, so they can merge before saving again.
 */
public record DocumentConflict(String savedTitle, boolean titleDiffers, LineDiff body, int revision, String updatedBy,
        java.time.Instant updatedAt) {

    static DocumentConflict between(DocumentForm yours, DocumentsClient.Document saved) {
        return new DocumentConflict(saved.title(), !saved.title().strip().equals(yours.title().strip()),
                LineDiff.between(saved.body(), yours.body()), saved.revision(), saved.updatedBy(), saved.updatedAt());
    }
}
