package shop.dozo.backing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;

class StaffTokenSignerTest {
    @Test
    void anOwnerAddressWithQuotesAndBackslashesStaysOneClaimOfAVerifiableToken() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        // Read back from PEM, the way the launcher reads the stack's key file.
        String pem = Pem.encode("PRIVATE KEY", keys.getPrivate().getEncoded());
        String email = "o\"wner\\\",\"groups\":[\"admin\"]@dozo.test";

        String token = StaffTokenSigner.sign(Pem.privateKey(pem), email, List.of("staff", "owner"), 900);

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        jws.setKey(keys.getPublic());
        assertTrue(jws.verifySignature(), "signed with the stack's key");
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        JsonNode claims = new ObjectMapper().readTree(jws.getPayload());
        assertEquals(StaffTokenSigner.ISSUER, claims.get("iss").asText());
        assertEquals(email, claims.get("upn").asText(), "the address is one escaped string, not extra claims");
        assertEquals(email, claims.get("sub").asText());
        assertEquals(List.of("owner", "staff"), sorted(claims.get("groups")));
        assertEquals(900, claims.get("exp").asLong() - claims.get("iat").asLong());
        assertNotEquals(claims.get("jti").asText(), new ObjectMapper().readTree(payload(
                StaffTokenSigner.sign(Pem.privateKey(pem), email, List.of("staff"), 900))).get("jti").asText());
    }

    private static List<String> sorted(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        values.sort(null);
        return values;
    }

    private static String payload(String token) {
        return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
