package shop.dozo.backoffice.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import shop.dozo.backoffice.upstream.MediaClient;
import shop.dozo.web.upstream.UpstreamProblem;

/** A product's photos as the editor lists them, with the alt text content-service keeps for each image. */
@ApplicationScoped
public class PhotoList {

    @Inject
    @RestClient
    MediaClient media;

    /** The photos with their alt texts, for the editor. */
    List<ProductPages.PhotoView> views(List<String> imageIds) {
        List<ProductPages.PhotoView> views = new ArrayList<>();
        for (int i = 0; i < imageIds.size(); i++) {
            String id = imageIds.get(i);
            String altText;
            try {
                altText = media.one(id).altText();
            } catch (UpstreamProblem missing) {
                altText = "";
            }
            views.add(new ProductPages.PhotoView(i + 1, id, altText == null ? "" : altText, i == 0,
                    i == imageIds.size() - 1));
        }
        return views;
    }

}
