package shop.dozo.testsupport.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hostile-input suite generated from a running service's OpenAPI document: every operation gets, in every path
 * and query parameter and every body field (schemas resolved through {@code $ref}), each of {@link HostileValues},
 * with the other parts kept valid-looking ({@link Baselines}) so the hostile value reaches as deep as it can; then
 * broken bodies, wrong content types and bad or missing credentials. A new endpoint is covered without new test
 * code. The verdict: no answer is a 5xx, and every 4xx is {@code application/problem+json} carrying its status.
 * Every failing request is listed, not only the first.
 */
public final class OpenApiHostileSuite {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final String baseUrl;
    private String openApiUrl;
    private String token;
    private String internalKeyHeader;
    private String internalKey;
    private final List<String> sparing = new ArrayList<>();

    private OpenApiHostileSuite(String baseUrl) {
        this.baseUrl = baseUrl.replaceFirst("/+$", "");
        this.openApiUrl = this.baseUrl + "/q/openapi?format=json";
    }

    /** The service under test, e.g. the {@code @TestHTTPResource("/")} URL of a {@code @QuarkusTest}. */
    public static OpenApiHostileSuite against(Object baseUrl) {
        return new OpenApiHostileSuite(String.valueOf(baseUrl));
    }

    /** Where the OpenAPI document is, when not at {@code /q/openapi} of the base URL (a management port). */
    public OpenApiHostileSuite openApiAt(String url) {
        this.openApiUrl = url;
        return this;
    }

    /** The bearer token sent with every hostile value, so that it gets past authentication. */
    public OpenApiHostileSuite token(String token) {
        this.token = token;
        return this;
    }

    /** The key {@code /internal/} operations need, so that their hostile values reach the code too. */
    public OpenApiHostileSuite internalKey(String header, String key) {
        this.internalKeyHeader = header;
        this.internalKey = key;
        return this;
    }

    /**
     * Operations under these paths get a short list of values per body field: each of their answers costs the
     * service real work on purpose (a bcrypt hash), and the full list would take minutes on two cores.
     */
    public OpenApiHostileSuite sparing(String... pathPrefixes) {
        sparing.addAll(List.of(pathPrefixes));
        return this;
    }

    public Report run() {
        long started = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        JsonNode document = document(client);
        Baselines baselines = new Baselines(document);
        Sender sender = new Sender(client, baseUrl);
        Map<String, Long> slowest = new LinkedHashMap<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (!operation.isMissingNode()) {
                    operations++;
                    long opStarted = System.nanoTime();
                    boolean spare = sparing.stream().anyMatch(path.getKey()::startsWith);
                    new OperationAttack(sender, baselines, method.toUpperCase(), path.getKey(), path.getValue(),
                            operation, credentials(path.getKey()), spare).run();
                    slowest.put(method.toUpperCase() + " " + path.getKey(),
                            (System.nanoTime() - opStarted) / 1_000_000);
                }
            }
        }
        sender.finish();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        List<Failure> failures = new ArrayList<>(sender.failures);
        failures.sort(java.util.Comparator.comparing(Failure::toString));
        Report report = new Report(document.path("info").path("title").asText(baseUrl), operations, sender.sent.get(),
                took, new java.util.TreeMap<>(sender.statuses), failures);
        System.out.println(report.summary());
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                .forEach(entry -> System.out.println("  slowest: " + entry.getKey() + " " + entry.getValue() + " ms"));
        return report;
    }

    private Map<String, String> credentials(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (internalKey != null && path.startsWith("/internal/")) {
            headers.put(internalKeyHeader, internalKey);
        }
        return headers;
    }

    private JsonNode document(HttpClient client) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(openApiUrl))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(openApiUrl + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + openApiUrl + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** What was sent and what failed. */
    public record Report(String service, int operations, int requests, Duration took, Map<Integer, Integer> statuses,
            List<Failure> failures) {
        public String summary() {
            return String.format(
                    "Hostile-input suite, %s: %d requests to %d operations in %.1f s, %d failures; statuses %s",
                    service, requests, operations, took.toMillis() / 1000.0, failures.size(), statuses);
        }

        /** Fails listing every failing request (also written to {@code target/hostile-failures-*.txt}). */
        public Report assertClean() {
            if (failures.isEmpty()) {
                return this;
            }
            StringBuilder message = new StringBuilder(summary()).append('\n');
            failures.forEach(failure -> message.append(failure).append('\n'));
            try {
                Path file = Path.of("target", "hostile-failures-" + service.replaceAll("[^A-Za-z0-9]+", "-") + ".txt");
                Files.createDirectories(file.getParent());
                Files.writeString(file, message);
            } catch (java.io.IOException e) {
                // The assertion message below carries the same list.
            }
            throw new AssertionError(message.toString());
        }
    }

    /** One request that broke the rule. */
    public record Failure(String method, String path, String value, int status, String why, String bodyHead) {
        @Override
        public String toString() {
            return method + " " + path + " [" + value + "] -> " + status + " " + why + ": " + bodyHead;
        }
    }

    /** One prepared request. */
    record Request(String method, String path, String query, Map<String, String> headers, byte[] body, String value) {
        Request with(String header, String headerValue) {
            Map<String, String> changed = new LinkedHashMap<>(headers);
            if (headerValue == null) {
                changed.remove(header);
            } else {
                changed.put(header, headerValue);
            }
            return new Request(method, path, query, changed, body, value);
        }
    }

    /**
     * Sends requests over kept-alive connections, a few at a time (the service's answers are mostly quick refusals,
     * so a little concurrency keeps the run short on two busy cores), and judges each answer.
     */
    static final class Sender {
        private static final int IN_FLIGHT = 4;
        private final HttpClient client;
        private final String baseUrl;
        private final java.util.concurrent.ExecutorService workers =
                java.util.concurrent.Executors.newFixedThreadPool(IN_FLIGHT);
        private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(IN_FLIGHT * 2);
        final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        final Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        final List<Failure> failures = java.util.Collections.synchronizedList(new ArrayList<>());

        Sender(HttpClient client, String baseUrl) {
            this.client = client;
            this.baseUrl = baseUrl;
        }

        void send(Request request) {
            slots.acquireUninterruptibly();
            workers.execute(() -> {
                try {
                    sendNow(request);
                } finally {
                    slots.release();
                }
            });
        }

        void finish() {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES)) {
                    throw new AssertionError("the hostile requests did not finish in 5 minutes");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        private void sendNow(Request request) {
            sent.incrementAndGet();
            String target = request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
            String shown = shorten(target, 160);
            HttpResponse<byte[]> response;
            try {
                HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + target))
                        .timeout(Duration.ofSeconds(20))
                        .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(request.body()));
                request.headers().forEach(builder::header);
                response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException | IllegalArgumentException e) {
                failures.add(new Failure(request.method(), shown, request.value(), 0, "no answer", String.valueOf(e)));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            String why = judge(status, response.headers().firstValue("Content-Type").orElse(""), body);
            if (why != null) {
                failures.add(new Failure(request.method(), shown, request.value(), status, why, shorten(body, 200)));
            }
        }

        /** Null when the answer keeps the rule, else what is wrong with it. */
        private static String judge(int status, String contentType, String body) {
            if (status >= 500) {
                return "server error";
            }
            if (status < 400) {
                return null;
            }
            if (!contentType.startsWith("application/problem+json")) {
                return "4xx not problem+json (" + contentType + ")";
            }
            try {
                if (JSON.readTree(body).path("status").asInt() != status) {
                    return "problem without its status";
                }
            } catch (java.io.IOException e) {
                return "problem body is no JSON";
            }
            return null;
        }

        private static String shorten(String text, int max) {
            String shown = text.replaceAll("\\p{Cntrl}", "·");
            return shown.length() <= max ? shown : shown.substring(0, max) + "…(" + text.length() + ")";
        }
    }

    /** Every hostile request for one operation. */
    private static final class OperationAttack {
        private final Sender sender;
        private final Baselines baselines;
        private final String method;
        private final String template;
        private final Map<String, String> credentials;
        private final Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        private final Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        private final Map<String, Boolean> queryRequired = new LinkedHashMap<>();
        private final boolean spare;
        private String bodyType;
        private JsonNode bodySchema;

        OperationAttack(Sender sender, Baselines baselines, String method, String template, JsonNode pathItem,
                JsonNode operation, Map<String, String> credentials, boolean spare) {
            this.spare = spare;
            this.sender = sender;
            this.baselines = baselines;
            this.method = method;
            this.template = template;
            this.credentials = credentials;
            List<JsonNode> parameters = new ArrayList<>();
            pathItem.path("parameters").forEach(parameters::add);
            operation.path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                parameter = baselines.resolve(parameter);
                JsonNode schema = parameter.path("schema");
                if (parameter.has("example") && !schema.has("example")) {
                    schema = ((ObjectNode) baselines.resolve(schema).deepCopy()).set("example",
                            parameter.get("example"));
                }
                String name = parameter.path("name").asText();
                switch (parameter.path("in").asText()) {
                    case "path" -> pathParameters.put(name, schema);
                    case "query" -> {
                        queryParameters.put(name, schema);
                        queryRequired.put(name, parameter.path("required").asBoolean());
                    }
                    default -> { /* headers and cookies keep their baseline: none */ }
                }
            }
            JsonNode content = operation.path("requestBody").path("content");
            Iterator<String> types = content.fieldNames();
            while (types.hasNext()) {
                String type = types.next();
                if (bodyType == null || type.contains("json") && !bodyType.contains("json")) {
                    bodyType = type;
                    bodySchema = content.path(type).path("schema");
                }
            }
        }

        void run() {
            Request baseline = baseline();
            credentialsAttack(baseline);
            for (String name : pathParameters.keySet()) {
                textAttack(name, true);
            }
            for (String name : queryParameters.keySet()) {
                textAttack(name, false);
            }
            if (bodyType == null) {
                return;
            }
            if (bodyType.startsWith("multipart/")) {
                HostileValues.BROKEN_MULTIPART.forEach((name, body) -> sender.send(withBody(baseline,
                        "multipart/form-data; boundary=B", body.getBytes(StandardCharsets.UTF_8),
                        "multipart: " + name)));
                sender.send(withBody(baseline, "multipart/form-data", "--B--".getBytes(StandardCharsets.UTF_8),
                        "multipart without boundary"));
            } else if (bodyType.contains("json") && !bodyType.contains("ndjson") && isStructured(bodySchema)) {
                jsonAttack(baseline);
            } else {
                rawAttack(baseline);
            }
        }

        private Request baseline() {
            Map<String, String> headers = new LinkedHashMap<>(credentials);
            byte[] body = null;
            if (bodyType != null) {
                headers.put("Content-Type", bodyType.contains("*") ? "application/octet-stream" : bodyType);
                body = baselineBody().getBytes(StandardCharsets.UTF_8);
            }
            return new Request(method, path(null, null), query(null, null), headers, body, "baseline");
        }

        private String baselineBody() {
            if (bodyType.contains("json") && !bodyType.contains("ndjson")) {
                JsonNode value = baselines.value(bodySchema, 0);
                return value == null ? "{}" : value.toString();
            }
            return "hostile baseline";
        }

        private String path(String hostileName, String encodedValue) {
            String path = template;
            for (Map.Entry<String, JsonNode> parameter : pathParameters.entrySet()) {
                String value = parameter.getKey().equals(hostileName) ? encodedValue
                        : encode(baselines.text(parameter.getValue()));
                path = path.replace("{" + parameter.getKey() + "}", value);
            }
            return path;
        }

        private String query(String hostileName, String encodedValue) {
            StringBuilder query = new StringBuilder();
            for (Map.Entry<String, JsonNode> parameter : queryParameters.entrySet()) {
                String name = parameter.getKey();
                String value = name.equals(hostileName) ? encodedValue
                        : queryRequired.get(name) ? encode(baselines.text(parameter.getValue())) : null;
                if (value != null) {
                    query.append(query.length() == 0 ? "" : "&").append(encode(name)).append('=').append(value);
                }
            }
            return query.toString();
        }

        private void credentialsAttack(Request baseline) {
            sender.send(baseline);
            HostileValues.BAD_AUTHORIZATION.forEach((name, header) -> sender.send(
                    withValue(baseline.with("Authorization", header), "Authorization: " + name)));
            if (template.startsWith("/internal/")) {
                credentials.keySet().stream().filter(header -> !header.equals("Authorization")).findFirst()
                        .ifPresent(header -> {
                            sender.send(withValue(baseline.with(header, null), "no internal key"));
                            sender.send(withValue(baseline.with(header, "wrong-key"), "wrong internal key"));
                        });
            }
        }

        private void textAttack(String name, boolean inPath) {
            Map<String, String> encoded = new LinkedHashMap<>();
            HostileValues.TEXT.forEach((label, value) -> encoded.put(label, encode(value)));
            encoded.putAll(HostileValues.BROKEN_UTF8_ESCAPES);
            Request baseline = baseline();
            encoded.forEach((label, value) -> {
                if (inPath && value.isEmpty()) {
                    return; // an empty segment is another route, not a value of this one
                }
                String path = inPath ? path(name, value) : baseline.path();
                String query = inPath ? baseline.query() : query(name, value);
                sender.send(new Request(method, path, query, baseline.headers(), baseline.body(), name + "=" + label));
            });
            if (!inPath) {
                String twice = query(name, "1") + "&" + encode(name) + "=" + encode("😀");
                sender.send(new Request(method, baseline.path(), twice, baseline.headers(), baseline.body(),
                        name + " sent twice"));
            }
        }

        private void jsonAttack(Request baseline) {
            JsonNode base = baselines.value(bodySchema, 0);
            List<List<Object>> fields = new ArrayList<>();
            collectFields(base, new ArrayList<>(), fields, 0);
            Map<String, JsonNode> values = spare ? HostileValues.sparingJson() : HostileValues.json();
            for (List<Object> field : fields) {
                String shown = shownField(field);
                values.forEach((label, value) -> sender.send(withBody(baseline, "application/json",
                        bytes(replaced(base, field, value).toString()), shown + "=" + label)));
                (spare ? Map.<String, byte[]>of() : HostileValues.BROKEN_UTF8).forEach((label,
                        raw) -> sender.send(withBody(baseline, "application/json",
                                splice(replaced(base, field, JSON.getNodeFactory().textNode("\u0001")).toString(), raw),
                                shown + "=" + label)));
            }
            if (base != null && base.isObject()) {
                base.fieldNames().forEachRemaining(key -> {
                    String text = base.toString();
                    String twice = "{\"" + key + "\":" + base.get(key) + "," + text.substring(1);
                    sender.send(withBody(baseline, "application/json", bytes(twice), key + " sent twice"));
                });
                ObjectNode extra = ((ObjectNode) base.deepCopy()).put("__proto__", "x").put("id", "x");
                sender.send(withBody(baseline, "application/json", bytes(extra.toString()), "unknown fields"));
                sender.send(withBody(baseline, "application/json", bytes("{}"), "every field missing"));
            }
            HostileValues.BROKEN_JSON.forEach((label, body) -> sender.send(
                    withBody(baseline, "application/json", bytes(body), "broken JSON: " + label)));
            for (String type : HostileValues.WRONG_CONTENT_TYPES) {
                sender.send(withBody(baseline, type, baseline.body(), "Content-Type: " + type));
            }
            sender.send(withBody(baseline, null, baseline.body(), "no Content-Type"));
            HostileValues.BROKEN_MULTIPART.forEach((name, body) -> sender.send(withBody(baseline,
                    "multipart/form-data; boundary=B", bytes(body), "multipart: " + name)));
        }

        private void rawAttack(Request baseline) {
            String declared = baseline.headers().get("Content-Type");
            for (String type : new String[]{declared, "image/png", "image/jpeg", "text/html", "application/json",
                    "application/x-ndjson", null}) {
                HostileValues.RAW_BODIES.forEach((label, body) -> sender.send(withBody(baseline, type, body,
                        "body " + label + " as " + type)));
            }
            HostileValues.BROKEN_JSON.forEach((label, body) -> sender.send(
                    withBody(baseline, declared, bytes(body), "line: " + label)));
        }

        /** The paths of every scalar, array and object under the baseline body, up to a few levels. */
        private static void collectFields(JsonNode node, List<Object> at, List<List<Object>> fields, int depth) {
            if (node == null || depth > 4) {
                return;
            }
            if (!at.isEmpty()) {
                fields.add(List.copyOf(at));
            }
            if (node.isObject()) {
                node.fields().forEachRemaining(field -> {
                    at.add(field.getKey());
                    collectFields(field.getValue(), at, fields, depth + 1);
                    at.remove(at.size() - 1);
                });
            } else if (node.isArray() && node.size() > 0) {
                at.add(0);
                collectFields(node.get(0), at, fields, depth + 1);
                at.remove(at.size() - 1);
            }
        }

        private static JsonNode replaced(JsonNode base, List<Object> field, JsonNode value) {
            JsonNode copy = base.deepCopy();
            JsonNode parent = copy;
            for (int i = 0; i < field.size() - 1; i++) {
                Object step = field.get(i);
                parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            }
            Object last = field.get(field.size() - 1);
            if (last instanceof Integer index) {
                ((ArrayNode) parent).set(index, value);
            } else {
                ((ObjectNode) parent).set((String) last, value);
            }
            return copy;
        }

        private static String shownField(List<Object> field) {
            StringBuilder shown = new StringBuilder();
            for (Object step : field) {
                shown.append(step instanceof Integer ? "[" + step + "]" : (shown.length() == 0 ? "" : ".") + step);
            }
            return shown.toString();
        }

        /** The JSON text with its one {@code \u0001} escape (a placeholder string) replaced by the raw bytes. */
        private static byte[] splice(String json, byte[] raw) {
            int at = json.indexOf("\\u0001");
            byte[] head = bytes(json.substring(0, at));
            byte[] tail = bytes(json.substring(at + 6));
            byte[] body = new byte[head.length + raw.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(raw, 0, body, head.length, raw.length);
            System.arraycopy(tail, 0, body, head.length + raw.length, tail.length);
            return body;
        }

        private static boolean isStructured(JsonNode schema) {
            return schema != null && !schema.isMissingNode();
        }

        private Request withBody(Request baseline, String contentType, byte[] body, String value) {
            return new Request(method, baseline.path(), baseline.query(), baseline.with("Content-Type", contentType)
                    .headers(), body, value);
        }

        private static Request withValue(Request request, String value) {
            return new Request(request.method(), request.path(), request.query(), request.headers(), request.body(),
                    value);
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        /** Percent-encodes every byte but the unreserved ones (RFC 3986), so the value arrives as it is. */
        static String encode(String value) {
            StringBuilder encoded = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                    encoded.append((char) c);
                } else {
                    encoded.append('%').append(String.format("%02X", c));
                }
            }
            return encoded.toString();
        }
    }
}
