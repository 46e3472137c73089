package org.zhengtong.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor of the application on a real port, over HTTP: a browser keeping its cookies, or (without) a script.
 * Never follows redirects, so their {@code Location} can be read.
 */
final class HttpVisitor {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private HttpVisitor(int port, boolean keepsCookies) {
        this.port = port;
        HttpClient.Builder builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        this.client = keepsCookies ? builder.cookieHandler(cookies).build() : builder.build();
    }

    /** A browser: keeps the cookies it is given. */
    static HttpVisitor browser(int port) {
        return new HttpVisitor(port, true);
    }

    /** A script calling the API: no cookies. */
    static HttpVisitor script(int port) {
        return new HttpVisitor(port, false);
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    /** A POST of form fields (a CSRF token among them only if the caller adds one). */
    HttpResponse<String> post(String path, Map<String, String> fields, String... headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token in the form of a page, as a browser would submit it. */
    String csrfToken(String page) throws IOException, InterruptedException {
        Matcher token = CSRF_FIELD.matcher(get(page).body());
        assertThat(token.find()).as("CSRF field on " + page).isTrue();
        return token.group(1);
    }

    /** Logs in through the login form; where the application sends the browser next. */
    String login(String username, String password) throws IOException, InterruptedException {
        String token = csrfToken("/login");
        return post("/login", Map.of("username", username, "password", password, "_csrf", token))
                .headers().firstValue("Location").orElse(null);
    }

    /** The browser's session cookie ({@code SESSION=...}), or null. */
    String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
                .map(HttpCookie::toString).findFirst().orElse(null);
    }

    /**
     * A request written byte by byte (Java's HTTP client will not send a {@code Host} of one's choosing), with the
     * browser's session cookie and any further header lines ({@code "Name: value"}); the response's head (status
     * line and headers).
     */
    String rawHead(String method, String path, String host, String formBody, String... headerLines)
            throws IOException {
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n");
        for (String header : headerLines) {
            request.append(header).append("\r\n");
        }
        if (sessionCookie() != null) {
            request.append("Cookie: ").append(sessionCookie()).append("\r\n");
        }
        if (formBody != null) {
            request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                    .append(formBody.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(formBody);
        } else {
            request.append("\r\n");
        }
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
