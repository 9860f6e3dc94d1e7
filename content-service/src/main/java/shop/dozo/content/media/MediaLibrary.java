package shop.dozo.content.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import shop.dozo.content.media.image.ImageProcessor;
import shop.dozo.content.media.image.ImageProcessor.Clean;
import shop.dozo.content.media.image.ImageProcessor.Resized;
import shop.dozo.support.ProblemException;

/**
 * Stores uploads. The order makes a retry always safe: the objects first (each written once under a key derived
 * from the content), the database row last and only if absent. An upload interrupted anywhere leaves at worst
 * objects without a row, which the retry completes; the same bytes twice give the same id and one object.
 */
@ApplicationScoped
public class MediaLibrary {
    @Inject
    ImageProcessor images;

    @Inject
    MediaStore store;

    public record Stored(Media media, boolean created) {
    }

    public Stored upload(byte[] upload, String altText, String uploadedBy) {
        Clean clean = images.clean(upload);
        String id = MediaDigest.sha256(clean.bytes());
        store.putOnce(id, clean.bytes(), clean.type().mediaType);
        for (MediaVariant variant : MediaVariant.values()) {
            if (!store.exists(variant.key(id))) {
                writeVariant(id, clean.bytes(), clean.type(), variant);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> record(id, clean, altText, uploadedBy));
    }

    /** Changes an image's alt text; the bytes never change. */
    @Transactional
    public MediaView describe(String id, String altText) {
        Media media = MediaResource.find(id);
        media.altText = altText.strip();
        return MediaView.of(media);
    }

    /** The variant's size and type, building it from the original first if it is missing (e.g. after an import). */
    public MediaStore.StoredObject variant(Media media, MediaVariant variant) {
        return store.stat(variant.key(media.id)).orElseGet(() -> {
            ImageType type = ImageType.ofMediaType(media.contentType).orElseThrow(() -> ProblemException.notFound(
                    "Media " + media.id + " has no variants."));
            Resized resized = writeVariant(media.id, store.read(media.id), type, variant);
            return new MediaStore.StoredObject(resized.bytes().length, resized.contentType());
        });
    }

    private Resized writeVariant(String id, byte[] original, ImageType type, MediaVariant variant) {
        Resized resized = images.resize(original, type, variant);
        store.putOnce(variant.key(id), resized.bytes(), resized.contentType());
        return resized;
    }

    private Stored record(String id, Clean clean, String altText, String uploadedBy) {
        // INSERT IGNORE: two identical uploads at the same moment both succeed, and one row is written.
        int inserted = Media.getEntityManager().createNativeQuery("INSERT IGNORE INTO media "
                + "(id, content_type, size_bytes, alt_text, uploaded_by, width, height) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, clean.type().mediaType)
                .setParameter(3, (long) clean.bytes().length)
                .setParameter(4, altText).setParameter(5, uploadedBy).setParameter(6, clean.width())
                .setParameter(7, clean.height()).executeUpdate();
        return new Stored(Media.findById(id), inserted == 1);
    }
}
