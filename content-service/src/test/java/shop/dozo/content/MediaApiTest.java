package shop.dozo.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import shop.dozo.content.media.MediaDigest;
import shop.dozo.content.media.image.ImageProcessor;
import shop.dozo.testsupport.JwtTestResource;
import shop.dozo.testsupport.ManagementInterface;
import shop.dozo.testsupport.MariaDbTestResource;
import shop.dozo.testsupport.S3TestResource;
import shop.dozo.testsupport.TestTokens;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(S3TestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class MediaApiTest {
    private static final String BUCKET = "dozo-media";

    @Inject
    ImageProcessor images;

    @Test
    void anUploadIsStoredOnceUnderTheSha256OfItsBytesWithoutItsGpsPosition() throws Exception {
        byte[] photo = TestImages.jpegWithExif(TestImages.redLeftBlueRight(900, 600), 1);

        String id = upload(photo, "藍染めの布").then().statusCode(201).body("contentType", equalTo("image/jpeg"))
                .body("altText", equalTo("藍染めの布")).body("width", equalTo(900)).body("height", equalTo(600))
                .body("variants.list", containsString("/list")).extract().path("id");

        byte[] stored = object(id);
        assertEquals(id, MediaDigest.sha256(stored), "the key is the checksum of the object's bytes");
        assertFalse(TestImages.contains(stored, "Exif"), "the EXIF block with the GPS position is gone");
        assertEquals(900, TestImages.read(stored).getWidth());

        // A retried upload of the same file: same id, answered 200, still one object.
        upload(photo, "again").then().statusCode(200).body("id", equalTo(id)).body("altText", equalTo("藍染めの布"));
        assertEquals(List.of(id), keys(id));

        BufferedImage list = TestImages.read(object("variants/" + id + "/list"));
        assertEquals(400, list.getWidth());
        assertEquals(267, list.getHeight());
        assertEquals(900, TestImages.read(object("variants/" + id + "/detail")).getWidth(), "never enlarged");
        assertEquals("image/jpeg",
                s3().statObject(StatObjectArgs.builder().bucket(BUCKET).object(id).build()).contentType());
    }

    @Test
    void identicalUploadsAtTheSameMomentStoreOneImage() throws Exception {
        byte[] png = TestImages.png(300, 200, new Color(12, 34, 56));
        long before = ContentApi.rows("media");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Integer> send = () -> upload(png, "").statusCode();
            List<Future<Integer>> answers = pool.invokeAll(List.of(send, send, send, send));
            List<Integer> statuses = answers.stream().map(MediaApiTest::get).sorted().toList();
            assertEquals(List.of(200, 200, 200, 201), statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(before + 1, ContentApi.rows("media"));
    }

    @Test
    void anUploadInterruptedAfterStoringTheObjectCompletesOnRetry() throws Exception {
        byte[] png = TestImages.png(64, 64, new Color(200, 100, 0));
        byte[] clean = images.clean(png).bytes();
        String id = MediaDigest.sha256(clean);
        // As if an earlier attempt died after writing the object, before the database row.
        s3().putObject(PutObjectArgs.builder().bucket(BUCKET).object(id)
                .stream(new ByteArrayInputStream(clean), (long) clean.length, -1L).contentType("image/png").build());

        upload(png, "retry").then().statusCode(201).body("id", equalTo(id));
        assertEquals(List.of(id), keys(id));
        given().get("/api/media/" + id + "/list").then().statusCode(200);
    }

    @Test
    void imagesAreServedImmutablyWithEtagsConditionalRequestsHeadAndRanges() throws Exception {
        String id = upload(TestImages.png(120, 80, Color.ORANGE), "").then().statusCode(201).extract().path("id");
        String etag = "\"" + id + "\"";
        byte[] original = object(id);

        byte[] served = given().get("/api/media/" + id).then().statusCode(200).contentType("image/png")
                .header("ETag", etag).header("Cache-Control", "public, max-age=31536000, immutable")
                .header("Accept-Ranges", "bytes").header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(original, served);
        given().header("If-None-Match", etag).get("/api/media/" + id).then().statusCode(304).header("ETag", etag);
        given().header("If-None-Match", "\"other\", W/" + etag).get("/api/media/" + id).then().statusCode(304);
        given().head("/api/media/" + id).then().statusCode(200)
                .header("Content-Length", String.valueOf(original.length))
                .header("ETag", etag);

        byte[] first = given().header("Range", "bytes=0-9").get("/api/media/" + id).then().statusCode(206)
                .header("Content-Range", "bytes 0-9/" + original.length).header("Content-Length", "10")
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOf(original, 10), first);
        byte[] last = given().header("Range", "bytes=-5").get("/api/media/" + id).then().statusCode(206).extract()
                .asByteArray();
        assertArrayEquals(Arrays.copyOfRange(original, original.length - 5, original.length), last);
        given().header("Range", "bytes=" + original.length + "-").get("/api/media/" + id).then().statusCode(416)
                .header("Content-Range", "bytes */" + original.length).contentType("application/problem+json");
        given().header("Range", "bytes=0-9").header("If-Range", "\"older\"").get("/api/media/" + id).then()
                .statusCode(200).header("Content-Length", String.valueOf(original.length));

        String variantTag = "\"" + id + "-list-v1\"";
        given().get("/api/media/" + id + "/list").then().statusCode(200).contentType("image/jpeg").header("ETag",
                variantTag);
        given().header("If-None-Match", variantTag).get("/api/media/" + id + "/list").then().statusCode(304);
        given().header("Range", "bytes=0-1").get("/api/media/" + id + "/detail").then().statusCode(206);
        given().head("/api/media/" + id + "/detail").then().statusCode(200).header("ETag", "\"" + id + "-detail-v1\"");
        given().get("/api/media/" + id + "/huge").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/media/" + "0".repeat(64)).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/media/NOT-AN-ID").then().statusCode(404);
    }

    @Test
    void aLostVariantIsRebuiltFromTheOriginal() throws Exception {
        String id = upload(TestImages.png(500, 500, Color.PINK), "").then().statusCode(201).extract().path("id");
        s3().removeObject(RemoveObjectArgs.builder().bucket(BUCKET).object("variants/" + id + "/list").build());

        byte[] rebuilt = given().get("/api/media/" + id + "/list").then().statusCode(200).extract().asByteArray();
        assertEquals(400, TestImages.read(rebuilt).getWidth());
        assertArrayEquals(rebuilt, object("variants/" + id + "/list"));
    }

    @Test
    void gifAndWebpUploadsKeepTheirTypeAndLoseTheirMetadata() throws Exception {
        String gif = upload(TestImages.animatedGifWithComment(), "").then().statusCode(201)
                .body("contentType", equalTo("image/gif")).extract().path("id");
        assertEquals(2, TestImages.frames(object(gif)));
        assertFalse(TestImages.contains(object(gif), "secret note"));

        String webp = upload(TestImages.webpWithExif(), "").then().statusCode(201)
                .body("contentType", equalTo("image/webp")).body("width", equalTo(1)).extract().path("id");
        assertFalse(TestImages.contains(object(webp), "GPS"));
        given().get("/api/media/" + webp).then().statusCode(200).contentType("image/webp");
        given().get("/api/media/" + webp + "/list").then().statusCode(200);
    }

    @Test
    void badUploadsAreRefusedWithAClearProblem() {
        byte[] disguised = new byte[300];
        System.arraycopy(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, disguised, 0, 8);
        System.arraycopy("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), 0, disguised, 8, 25);
        upload(disguised, "").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("cannot be read"));
        upload("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "").then().statusCode(415)
                .contentType("application/problem+json");
        upload("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8), "")
                .then().statusCode(415).body("detail", containsString("JPEG, PNG, GIF and WebP"));
        upload(TestImages.png(30_000, 1, Color.WHITE), "").then().statusCode(422)
                .body("detail", containsString("30000 × 1"));
        upload(TestImages.pngClaiming(8000, 8000), "").then().statusCode(422).body("detail",
                containsString("megapixels"));
        upload(new byte[0], "").then().statusCode(400);
        upload(TestImages.png(4, 4, Color.RED), "x".repeat(301)).then().statusCode(400).body("errors[0].field",
                equalTo("alt"));
    }

    @Test
    void aTwoHundredMegabyteUploadIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST /api/staff/media HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + TestTokens.staff()
                            + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + 200L * 1024 * 1024 + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("at most 20 MB"), answer);
        }
    }

    @Test
    void staffBrowseTheLibraryAndDescribeImages() {
        String id = upload(TestImages.png(10, 10, Color.CYAN), "").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.staff()).contentType("application/json").body("{\"altText\":\"水色の見本\"}")
                .put("/api/staff/media/" + id + "/alt").then().statusCode(200).body("altText", equalTo("水色の見本"));
        given().get("/api/media/" + id + "/info").then().statusCode(200).body("altText", equalTo("水色の見本"))
                .body("width", equalTo(10));
        given().auth().oauth2(TestTokens.staff()).queryParam("size", 100).get("/api/staff/media").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void uploadingNeedsAStaffToken() {
        byte[] png = TestImages.png(8, 8, Color.BLUE);
        given().contentType("image/png").body(png).post("/api/staff/media")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.shopper()).contentType("image/png").body(png).post("/api/staff/media")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthIncludesTheMediaBucketButReadinessDoesNot() {
        given().get(ManagementInterface.url("/q/health/well")).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'media-store' }.status", equalTo("UP"));
        // All replicas share the store: its outage must not take them all out of the load balancer.
        given().get(ManagementInterface.url("/q/health/ready")).then().statusCode(200)
                .body("checks.find { it.name == 'media-store' }", org.hamcrest.Matchers.nullValue());
        // The custom group too: health, metrics and OpenAPI only on the management port, never the routed one.
        ManagementInterface.assertOnlyOnTheManagementPort("/q/health/well", "/q/openapi");
    }

    private static Response upload(byte[] bytes, String alt) {
        return given().auth().oauth2(TestTokens.staff()).contentType("application/octet-stream").body(bytes)
                .queryParam("alt", alt).post("/api/staff/media");
    }

    static MinioClient s3() {
        return MinioClient.builder().endpoint(System.getProperty("dozo.test.s3.endpoint"))
                .credentials(S3TestResource.ACCESS_KEY, S3TestResource.SECRET_KEY).build();
    }

    static byte[] object(String key) throws Exception {
        try (InputStream stored = s3().getObject(GetObjectArgs.builder().bucket(BUCKET).object(key).build())) {
            return stored.readAllBytes();
        }
    }

    /** Every key in the bucket that starts with this prefix. */
    private static List<String> keys(String prefix) {
        return StreamSupport
                .stream(s3().listObjects(ListObjectsArgs.builder().bucket(BUCKET).prefix(prefix).recursive(true)
                        .build()).spliterator(), false)
                .map(result -> {
                    try {
                        return result.get().objectName();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    /** Reads until the problem body is complete: the server answers while the client is still sending. */
    private static String readAnswer(InputStream in) throws java.io.IOException {
        StringBuilder answer = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!answer.toString().endsWith("}")) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            answer.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return answer.toString();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
