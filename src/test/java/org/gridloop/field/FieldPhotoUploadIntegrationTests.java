package org.gridloop.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.gridloop.intake.Photos;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Resumable photo upload over real HTTP: a broken connection midway, resuming, stored once. */
class FieldPhotoUploadIntegrationTests extends FieldSyncSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Photos storedPhotos;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void resumesAfterABrokenConnectionAndStoresThePhotoOnce() throws Exception {
        byte[] photo = jpeg(300_000);
        String sha = sha256(photo);
        long photosBefore = photos();

        assertThat(put(sha, photo, 0, 100_000).statusCode()).isEqualTo(204);
        breakMidway(sha, photo, 100_000, 200_000);
        HttpResponse<String> head = head(sha);
        assertThat(head.headers().firstValue("Upload-Offset")).hasValue("100000");
        assertThat(put(sha, photo, 150_000, 200_000).statusCode()).as("not at the offset").isEqualTo(409);
        assertThat(put(sha, photo, 100_000, 200_000).statusCode()).isEqualTo(204);
        HttpResponse<String> done = put(sha, photo, 200_000, 300_000);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(201);
        String id = JSON.readTree(done.body()).path("id").asString();
        assertThat(head(sha).headers().firstValue("Photo-Id")).hasValue(id);
        HttpResponse<String> again = put(sha, photo, 0, 100_000);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).path("id").asString()).isEqualTo(id);
        assertThat(photos()).isEqualTo(photosBefore + 1);
    }

    @Test
    void theSameContentForAnotherReportBecomesAPhotoOfItsOwnOnceTheFirstIsAttached() throws Exception {
        byte[] photo = jpeg(40_000);
        String sha = sha256(photo);
        String first = JSON.readTree(put(sha, photo, 0, photo.length).body()).path("id").asString();
        transactions.executeWithoutResult(status -> storedPhotos.attach(List.of(first), "2026-000001", "inspector"));

        assertThat(head(sha).headers().firstValue("Upload-Offset")).hasValue("0");
        assertThat(head(sha).headers().firstValue("Upload-Offset")).as("asking twice changes nothing").hasValue("0");
        assertThat(put(sha, photo, 0, 20_000).statusCode()).isEqualTo(204);
        assertThat(head(sha).headers().firstValue("Upload-Offset")).hasValue("20000");
        HttpResponse<String> again = put(sha, photo, 20_000, photo.length);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).path("id").asString()).isNotEqualTo(first);
    }

    @Test
    void refusesAWrongTypeBeforeKeepingAnything() throws Exception {
        byte[] text = "not an image at all".repeat(100).getBytes(StandardCharsets.UTF_8);
        String sha = sha256(text);

        HttpResponse<String> refused = put(sha, text, 0, 1000);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("photo");
        assertThat(head(sha).headers().firstValue("Upload-Offset")).hasValue("0");
    }

    @Test
    void refusesOversizeAndAWrongHash() throws Exception {
        byte[] photo = jpeg(2_000);
        HttpResponse<String> oversize = send(HttpRequest.newBuilder(uri(sha256(photo)))
                .header("Content-Range", "bytes 0-1999/9999999999").PUT(HttpRequest.BodyPublishers.ofByteArray(photo)));
        assertThat(oversize.statusCode()).isEqualTo(400);

        String wrong = sha256(new byte[] {1});
        HttpResponse<String> mismatch = put(wrong, photo, 0, photo.length);
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("sha256");
        assertThat(head(wrong).headers().firstValue("Upload-Offset")).hasValue("0");
    }

    private long photos() {
        return jdbc.sql("SELECT count(*) FROM intake_photo WHERE uploaded_by = 'inspector'").query(Long.class).single();
    }

    /** Sends the headers of a chunk and half its body, then drops the connection. */
    private void breakMidway(String sha, byte[] photo, int from, int to) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/field/photos/" + sha + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token("inspector") + "\r\nContent-Type: application/octet-stream\r\nContent-Range: bytes " + from
                    + "-" + (to - 1) + "/" + photo.length + "\r\nContent-Length: " + (to - from) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(photo, from, (to - from) / 2);
            out.flush();
        }
    }

    private HttpResponse<String> put(String sha, byte[] photo, int from, int to) throws Exception {
        return send(HttpRequest.newBuilder(uri(sha))
                .header("Content-Range", "bytes " + from + "-" + (to - 1) + "/" + photo.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(Arrays.copyOfRange(photo, from, to))));
    }

    private HttpResponse<String> head(String sha) throws Exception {
        return send(HttpRequest.newBuilder(uri(sha)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.header("Authorization", "Bearer " + token("inspector"))
                .header("Content-Type", "application/octet-stream")
                .header("Accept", "application/json, application/problem+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String sha) {
        return URI.create("http://localhost:" + port + "/api/v1/field/photos/" + sha);
    }

    private static byte[] jpeg(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
