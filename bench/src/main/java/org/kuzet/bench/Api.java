package org.kuzet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Kuzet's HTTP API as a client sees it: one signed-in viewer, the whole response body read. */
final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String token;

    Api(int port, String token) {
        this.port = port;
        this.token = token;
    }

    /** The size of the response body in bytes; anything but 200 stops the benchmark. */
    int get(String path) throws Exception {
        return body(path).length;
    }

    /** The response body; anything but 200 stops the benchmark. */
    byte[] body(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return response.body();
    }
}
