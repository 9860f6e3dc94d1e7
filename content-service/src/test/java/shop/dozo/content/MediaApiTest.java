package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class MediaApiTest {

    @Test
    void anUploadIsStoredOnceInTheBucketUnderItsSha256() throws Exception {
        byte[] png = png(Color.GREEN);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));

        given().auth().oauth2(TestTokens.staff()).contentType("image/png").body(png).queryParam("alt", "緑の布")
                .post("/api/staff/media")
                .then().statusCode(201).body("id", equalTo(sha)).body("contentType", equalTo("image/png"))
                .body("altText", equalTo("緑の布"));
        // A retried upload of the same bytes: same id, still one object.
        given().auth().oauth2(TestTokens.staff()).contentType("image/png").body(png).post("/api/staff/media")
                .then().statusCode(200).body("id", equalTo(sha));

        MinioClient s3 = MinioClient.builder().endpoint(System.getProperty("dozo.test.s3.endpoint"))
                .credentials(S3TestResource.ACCESS_KEY, S3TestResource.SECRET_KEY).build();
        long objects = StreamSupport.stream(s3.listObjects(ListObjectsArgs.builder().bucket("dozo-media")
                .prefix(sha).build()).spliterator(), false).count();
        assertEquals(1, objects);
        try (InputStream stored = s3.getObject(GetObjectArgs.builder().bucket("dozo-media").object(sha).build())) {
            assertArrayEquals(png, stored.readAllBytes(), "the object holds exactly the uploaded bytes");
        }
    }

    @Test
    void imagesAreServedImmutablyWithEtagsAndConditionalRequests() throws Exception {
        byte[] png = png(Color.ORANGE);
        String id = given().auth().oauth2(TestTokens.staff()).contentType("image/png").body(png)
                .post("/api/staff/media").then().statusCode(201).extract().path("id");

        byte[] served = given().get("/api/media/" + id).then().statusCode(200).contentType("image/png")
                .header("ETag", "\"" + id + "\"").header("Cache-Control", "public, max-age=31536000, immutable")
                .extract().asByteArray();
        assertArrayEquals(png, served);
        given().header("If-None-Match", "\"" + id + "\"").get("/api/media/" + id).then().statusCode(304);
        given().head("/api/media/" + id).then().statusCode(200).header("Content-Length", String.valueOf(png.length));
        given().get("/api/media/" + "0".repeat(64)).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/media/../../etc/passwd").then().statusCode(404);
    }

    @Test
    void aScriptDisguisedAsAnImageIsRefused() {
        given().auth().oauth2(TestTokens.staff()).contentType("image/png").body("<script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/staff/media").then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.staff()).contentType("image/svg+xml")
                .body("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/staff/media").then().statusCode(415);
        given().auth().oauth2(TestTokens.staff()).contentType("image/png").body(new byte[0])
                .post("/api/staff/media").then().statusCode(400);
    }

    @Test
    void uploadingNeedsAStaffToken() throws Exception {
        byte[] png = png(Color.BLUE);
        given().contentType("image/png").body(png).post("/api/staff/media")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.shopper()).contentType("image/png").body(png).post("/api/staff/media")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void readinessIncludesTheMediaBucket() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'media-store' }.status", equalTo("UP"));
    }

    static byte[] png(Color color) throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                image.setRGB(x, y, color.getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
