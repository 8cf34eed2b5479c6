package org.gridloop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client of the API for tests: signs in with the demo accounts and sends JSON or
 * multipart requests.
 */
public final class ApiClient {

    /** A response: status, content type, the body as JSON (a missing node when not JSON), and the headers. */
    public record Response(int status, String contentType, JsonNode json, String body, HttpHeaders headers) {

        public Response(int status, String contentType, JsonNode json, String body) {
            this(status, contentType, json, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        public String text(String field) {
            return json.path(field).asString();
        }

        /** The first value of a response header, empty when absent. */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public String token(String username) {
        return token(username, "demo");
    }

    public String token(String username, String password) {
        Response response = post(null, "/api/v1/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Cannot sign in " + username + ": " + response.body());
        }
        return response.text("token");
    }

    public Response get(String token, String path) {
        return send(request(token, path).GET().build());
    }

    /** A file answered by a GET, as bytes; fails unless the answer is 200. */
    public byte[] getBytes(String token, String path) {
        HttpRequest request = request(token, path).setHeader("Accept", "*/*").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String token, String path, Object body) {
        return postRaw(token, path, body == null ? "" : JSON.writeValueAsString(body));
    }

    public Response postRaw(String token, String path, String json) {
        return send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A file sent as the request body, as {@code curl --data-binary} does, with more headers as name, value, …. */
    public Response postBytes(String token, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = request(token, path).header("Content-Type", contentType);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Response put(String token, String path, Object body) {
        return send(request(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    public Response delete(String token, String path) {
        return send(request(token, path).DELETE().build());
    }

    /** A multipart/form-data request: text fields, and files as (field, filename, bytes). */
    public Response postMultipart(String token, String path, Map<String, String> fields, List<Part> files) {
        String boundary = "----gridloop" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Part file : files) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                        + "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                body.write(file.bytes());
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(token, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A file in a multipart request. */
    public record Part(String field, String filename, byte[] bytes) {
    }

    private HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
                "application/json, application/problem+json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json;
            try {
                json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                json = JSON.missingNode();
            }
            return new Response(response.statusCode(), contentType, json, response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
