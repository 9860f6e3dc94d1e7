package shop.dozo.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.dozo.api.Problem;
import shop.dozo.api.ProblemTypes;
import shop.dozo.testsupport.AwkwardText;

/** The text rule itself, every class of it, and how a refusal names the field in a JSON body. */
class InputTextTest {

    record Line(String name, @MultiLineText String note) {
    }

    record Order(String shopName, @MultiLineText String description, List<Line> lines,
            @MultiLineText List<String> notes) {
    }

    private final ObjectMapper json = strictJson();

    @Test
    void everyC0ControlExceptTabCrAndLfIsRefusedAndSoIsDel() {
        for (char c = 0; c < 0x20; c++) {
            boolean allowed = c == '\t' || c == '\n' || c == '\r';
            assertEquals(allowed, InputText.refusal("a" + c + "b", false).isEmpty(), "U+" + Integer.toHexString(c));
            assertEquals(allowed, InputText.refusal("a" + c + "b", true).isEmpty(), "U+" + Integer.toHexString(c));
        }
        assertEquals("contains the control character U+007F", InputText.refusal("a\u007F", true).orElseThrow());
        assertEquals("contains the control character U+0000", InputText.refusal("店\u0000", false).orElseThrow());
    }

    @Test
    void refusedClassesAreRefusedInEveryField() {
        AwkwardText.REFUSED.forEach((name, text) -> {
            assertTrue(InputText.refusal(text, false).isPresent(), name);
            assertTrue(InputText.refusal(text, true).isPresent(), name);
        });
        assertTrue(InputText.refusal("\uD800", true).orElseThrow().contains("unpaired surrogate U+D800"));
        assertTrue(InputText.refusal("x\uDFFF", true).orElseThrow().contains("U+DFFF"));
    }

    @Test
    void bidiControlsAreRefusedInSingleLineFieldsOnly() {
        for (char c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".toCharArray()) {
            assertTrue(InputText.refusal("名前" + c, false).orElseThrow().contains("single-line"),
                    Integer.toHexString(c));
            assertTrue(InputText.refusal("本文" + c, true).isEmpty(), Integer.toHexString(c));
        }
        AwkwardText.REFUSED_IN_ONE_LINE.forEach((name, text) -> {
            assertTrue(InputText.refusal(text, false).isPresent(), name);
            assertTrue(InputText.refusal(text, true).isEmpty(), name);
        });
        // The marks that only give a direction, and the neighbours of the ranges, are ordinary text.
        for (char c : "\u200E\u200F\u061C\u2029\u202F\u2065\u206A".toCharArray()) {
            assertTrue(InputText.refusal("a" + c, false).isEmpty(), Integer.toHexString(c));
        }
    }

    @Test
    void awkwardButHarmlessTextIsAcceptedAndReadUnchanged() throws Exception {
        AwkwardText.ONE_LINE.forEach((name, text) -> assertTrue(InputText.refusal(text, false).isEmpty(), name));
        AwkwardText.MULTI_LINE.forEach((name, text) -> assertTrue(InputText.refusal(text, true).isEmpty(), name));
        for (String text : AwkwardText.ONE_LINE.values()) {
            Order read = json.readValue(json.writeValueAsBytes(Map.of("shopName", text)), Order.class);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), read.shopName().getBytes(StandardCharsets.UTF_8));
        }
        for (String text : AwkwardText.MULTI_LINE.values()) {
            Order read = json.readValue(json.writeValueAsBytes(Map.of("description", text)), Order.class);
            assertEquals(text, read.description());
        }
    }

    @Test
    void invalidUtf8IsFoundAtItsFirstBadByte() {
        AwkwardText.INVALID_UTF8.forEach((name, raw) -> assertEquals(3,
                InputText.firstInvalidUtf8(AwkwardText.withRawBytes("abc%sdef", raw)), name));
        assertEquals(-1, InputText.firstInvalidUtf8(String.join("", AwkwardText.ONE_LINE.values())
                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(-1, InputText.firstInvalidUtf8(new byte[0]));
    }

    @Test
    void aRefusalInAJsonBodyNamesTheFieldByItsJsonPath() {
        assertEquals("shopName", refusedField("{\"shopName\": \"a\\u0000b\"}"));
        assertEquals("shopName", refusedField("{\"shopName\": \"a\\u202Eb\"}"));
        assertEquals("lines[1].name", refusedField("{\"lines\": [{\"name\": \"ok\"}, {\"name\": \"\\ud800\"}]}"));
        assertEquals("lines[0].note", refusedField("{\"lines\": [{\"note\": \"bell\\u0007\"}]}"));
        assertEquals("notes[2]", refusedField("{\"notes\": [\"a\", \"b\", \"\\u001b\"]}"));
        // Bidi is fine where the field says multi-line, also in a list of such strings.
        assertEquals(null, refusedField(
                "{\"description\": \"\\u202E\", \"notes\": [\"\\u2067\"], \"lines\": [{\"note\": \"\\u202B\"}]}"));
    }

    @Test
    void aRefusalAnswers400WithTheTextProblemType() {
        var e = assertThrows(TextCheckingModule.TextRefused.class,
                () -> json.readValue("{\"lines\": [{\"name\": \"\\u0000\"}]}", Order.class));
        Response response = new ProblemMappers().unreadableJson(e, null);
        Problem problem = (Problem) response.getEntity();
        assertEquals(400, response.getStatus());
        assertEquals(ProblemTypes.INVALID_TEXT, problem.type());
        assertEquals("lines[0].name", problem.errors().get(0).field());
        assertEquals("contains the control character U+0000", problem.errors().get(0).message());
    }

    @Test
    void aBadByteIsReportedOnTheFieldItSitsIn() {
        assertEquals("shopName", badByteField("{\"shopName\": \"ab%s\"}"));
        assertEquals("order.lines[1].name",
                badByteField("{\"order\": {\"lines\": [{\"name\": \"ok\"}, {\"name\": \"x%s\"}]}}"));
        assertEquals("tags[2]", badByteField("{\"tags\": [\"a\", \"b\", \"%s\"]}"));
        assertEquals("body", badByteField("\"%s\""));
    }

    @Test
    void queryParametersAreReadFromTheRawQuery() {
        QueryParameterText.checkRawQuery("alt=%E8%97%8D%E6%9F%93%E3%82%81+%F0%9F%8D%B5&q=a%09b&flag");
        QueryParameterText.checkRawQuery("alt=%E2%80%AE"); // bidi is for the resource that stores the value to judge
        assertEquals("alt", queryRefusal("size=1&alt=%FF"));
        assertEquals("alt", queryRefusal("alt=%C1%81"));
        assertEquals("q", queryRefusal("q=a%00b"));
        assertEquals("note", queryRefusal("note=%ED%A0%80"));
    }

    private static String queryRefusal(String rawQuery) {
        ProblemException e = assertThrows(ProblemException.class, () -> QueryParameterText.checkRawQuery(rawQuery));
        assertEquals(ProblemTypes.INVALID_TEXT, e.problem().type());
        return e.problem().errors().get(0).field();
    }

    private String refusedField(String body) {
        try {
            json.readValue(body, Order.class);
            return null;
        } catch (TextCheckingModule.TextRefused e) {
            return ((Problem) new ProblemMappers().unreadableJson(e, null).getEntity()).errors().get(0).field();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String badByteField(String template) {
        byte[] body = AwkwardText.withRawBytes(template, new byte[]{(byte) 0xFF});
        return Utf8JsonBodies.fieldAt(body, InputText.firstInvalidUtf8(body));
    }

    private static ObjectMapper strictJson() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJson().customize(mapper);
        return mapper;
    }
}
