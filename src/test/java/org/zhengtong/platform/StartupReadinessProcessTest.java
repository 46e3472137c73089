package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhengtong.ApplicationProcess;

/**
 * A real first start on an empty database with the demo city, watched from outside as a load balancer and a client
 * would: until readiness is UP every request gets 503 (never 401 before the accounts exist, nor 500 before the
 * processes are deployed); once it is UP, drafting works at once, and the console has said where to open the
 * application.
 */
class StartupReadinessProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
    private static final String CLERK = "czj.d1.clerk1:Demo@2026";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path home;

    @Test
    void readinessTurnsUpOnlyWhenDraftingWorksAndRequestsGet503Until() throws Exception {
        int port = freePort();
        String base = "http://localhost:" + port;
        long start = System.nanoTime();
        try (ApplicationProcess app = ApplicationProcess.start(home, "--server.port=" + port, "--zhengtong.demo=true",
                "--logging.level.org.zhengtong.platform.internal.bootstrap=INFO")) {
            List<Integer> answersBeforeReady = new ArrayList<>();
            Duration portOpenAfter = null;
            while (true) {
                assertThat(app.isAlive()).as(app.output()).isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(app.output()).isLessThan(START_TIMEOUT);
                Integer readiness = status(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")));
                if (readiness != null && portOpenAfter == null) {
                    portOpenAfter = Duration.ofNanos(System.nanoTime() - start);
                }
                if (readiness != null && readiness == 200) {
                    break;
                }
                Integer api = status(asClerk(base + "/api/v1/units"));
                if (api != null) {
                    answersBeforeReady.add(api);
                }
                Thread.sleep(200);
            }
            Duration readyAfter = Duration.ofNanos(System.nanoTime() - start);

            HttpResponse<String> draft = http.send(asClerk(base + "/api/v1/documents")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("type", "REQUEST",
                            "title", "关于就绪检查的请示", "classification", "UNCLASSIFIED", "urgency", "NORMAL",
                            "mainRecipients", List.of(unitId(base, "szfb")), "issuerCode", "财预",
                            "bodyHtml", "<p>请审批。</p>")))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
            assertThat(answersBeforeReady).as("answers before readiness").doesNotContain(401, 500).contains(503);
            assertThat(app.output()).contains("政通已就绪：" + base + "/");
            System.out.printf("empty database with the demo city: port open after %d s, ready after %d s%n",
                    portOpenAfter.toSeconds(), readyAfter.toSeconds());
        }
    }

    private long unitId(String base, String code) throws Exception {
        HttpResponse<String> units = http.send(asClerk(base + "/api/v1/units").build(),
                HttpResponse.BodyHandlers.ofString());
        return StreamSupport.stream(json.readTree(units.body()).spliterator(), false)
                .filter(unit -> unit.get("code").asText().equals(code)).map(unit -> unit.get("id"))
                .mapToLong(JsonNode::asLong).findFirst().orElseThrow();
    }

    private static HttpRequest.Builder asClerk(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(CLERK.getBytes(StandardCharsets.UTF_8)));
    }

    /** The status of the answer, or null while the port is not open yet. */
    private Integer status(HttpRequest.Builder request) throws InterruptedException {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notListeningYet) {
            return null;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
