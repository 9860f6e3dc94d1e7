package shop.dozo.content.media;

import java.util.Optional;

/** The image formats the shop accepts, recognised from the bytes themselves, never from a name or a header. */
public enum ImageType {
    JPEG("image/jpeg", "jpeg"), PNG("image/png", "png"), GIF("image/gif", "gif"), WEBP("image/webp", "webp");

    public final String mediaType;

    /** The ImageIO format name. */
    public final String format;

    ImageType(String mediaType, String format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    public static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8') && bytes.length > 5 && (bytes[4] == '7' || bytes[4] == '9')) {
            return Optional.of(GIF);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static Optional<ImageType> ofMediaType(String mediaType) {
        for (ImageType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
