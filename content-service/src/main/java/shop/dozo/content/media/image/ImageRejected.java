package shop.dozo.content.media.image;

/** The image is readable but breaks a limit: a 422 with this message. */
public class ImageRejected extends RuntimeException {
    public ImageRejected(String message) {
        super(message);
    }
}
