package shop.dozo.backoffice.product;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import shop.dozo.backoffice.upstream.MediaClient;
import shop.dozo.backoffice.upstream.ProductsClient;
import shop.dozo.backoffice.web.FormErrors;
import shop.dozo.backoffice.web.Language;
import shop.dozo.web.security.Redirects;
import shop.dozo.web.upstream.UpstreamProblem;

/**
 * A product's photos: upload (content-service checks the type and size and strips EXIF), order, alt text, removal.
 * Each change applies to the product as it is saved now, so adding a photo never overwrites someone's other edit:
 * a version that moved on meanwhile is read again and the change applied once more.
 */
@Path("/products/{sku}/photos")
@Produces(MediaType.TEXT_HTML)
public class ProductPhotos {
    static final int MAX_PHOTOS = 20;

    @Inject
    @RestClient
    ProductsClient products;

    @Inject
    @RestClient
    MediaClient media;

    @Inject
    ProductPages pages;

    @Inject
    Language lang;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("sku") String sku, @RestForm("photo") FileUpload photo,
            @RestForm("alt") String alt) {
        String altText = alt == null ? "" : alt.strip();
        if (photo == null || photo.size() == 0) {
            return refused(sku, lang.isEnglish() ? "Choose an image file." : "画像ファイルを選んでください。");
        }
        MediaClient.Media stored;
        try (InputStream bytes = Files.newInputStream(photo.uploadedFile())) {
            stored = media.upload(bytes, photo.contentType(), altText.isEmpty() ? null : altText);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the uploaded file", e);
        } catch (UpstreamProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return refused(sku, uploadMessage(refused));
        }
        String id = stored.id();
        change(sku, ids -> {
            if (!ids.contains(id) && ids.size() < MAX_PHOTOS) {
                ids.add(id);
            }
            return ids;
        });
        return Redirects.seeOther("/products/" + ProductPages.encode(sku) + "?notice=photo-added#photos").build();
    }

    @POST
    @Path("/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("sku") String sku, @RestForm("id") String id,
            @RestForm("direction") String direction) {
        change(sku, ids -> {
            int at = ids.indexOf(id);
            int to = "up".equals(direction) ? at - 1 : at + 1;
            if (at >= 0 && to >= 0 && to < ids.size()) {
                ids.set(at, ids.get(to));
                ids.set(to, id);
            }
            return ids;
        });
        return Redirects.seeOther("/products/" + ProductPages.encode(sku) + "?notice=photos-saved#photos").build();
    }

    @POST
    @Path("/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("sku") String sku, @RestForm("id") String id) {
        change(sku, ids -> {
            ids.remove(id);
            return ids;
        });
        return Redirects.seeOther("/products/" + ProductPages.encode(sku) + "?notice=photos-saved#photos").build();
    }

    @POST
    @Path("/alt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response alt(@PathParam("sku") String sku, @RestForm("id") String id, @RestForm("alt") String alt) {
        try {
            media.alt(id, new MediaClient.AltText(alt == null ? "" : alt.strip()));
        } catch (UpstreamProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return refused(sku, FormErrors.of(refused.problem(), lang.isEnglish(), java.util.Map.of()).general());
        }
        return Redirects.seeOther("/products/" + ProductPages.encode(sku) + "?notice=photos-saved#photos").build();
    }

    /** Applies a change of the photo list on top of the product as saved now, once more if someone saved meanwhile. */
    private void change(String sku, UnaryOperator<List<String>> edit) {
        for (int attempt = 0;; attempt++) {
            ProductsClient.Product product = products.one(sku);
            List<String> ids = edit.apply(new ArrayList<>(product.imageIds()));
            if (ids.equals(product.imageIds())) {
                return;
            }
            try {
                products.update(sku, ProductForm.of(product).withImages(ids).toRequest(false));
                return;
            } catch (UpstreamProblem refused) {
                if (refused.status() != 409 || attempt >= 2) {
                    throw refused;
                }
            }
        }
    }

    private Response refused(String sku, String message) {
        ProductsClient.Product product = products.one(sku);
        return Response.status(400).entity(pages.editorWithPhotoErrors(ProductForm.of(product), false,
                product.status(), FormErrors.NONE, null, null, FormErrors.field("photo", message))).build();
    }

    private String uploadMessage(UpstreamProblem refused) {
        boolean en = lang.isEnglish();
        return switch (refused.status()) {
            case 413 -> en ? "The image is too large: at most 20 MB." : "画像が大きすぎます。20MBまでの画像を選んでください。";
            case 415, 400, 422 -> en ? "This file is not an image we can use: choose a JPEG, PNG, GIF or WebP."
                    : "この形式のファイルは使えません。JPEG、PNG、GIF、WebP の画像を選んでください。";
            default -> en ? "The image could not be stored. Try again." : "画像を保存できませんでした。もう一度お試しください。";
        };
    }
}
