package org.zhengtong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhengtong.notification.SmsGateway;

/**
 * The HTTP SMS gateway against a local stand-in of a provider (no real gateway is reachable here): what it posts,
 * and that a refusal or an unreachable gateway is a failed send, never an exception.
 */
class HttpSmsGatewayTest {

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer provider;
    private volatile int answer = 200;

    @BeforeEach
    void startTheStandIn() throws IOException {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stopTheStandIn() {
        provider.stop(0);
    }

    @Test
    void postsTheNumberAndTheTextAsJsonWithTheToken() throws Exception {
        SmsGateway gateway = gateway("secret");
        assertThat(gateway.send("13800138000", "【政通】新待办：部门审核")).isTrue();
        assertThat(json.readValue(bodies.get(0), Map.class))
                .isEqualTo(Map.of("mobile", "13800138000", "text", "【政通】新待办：部门审核"));
        assertThat(authorizations).containsExactly("Bearer secret");

        answer = 503;
        assertThat(gateway.send("13800138000", "再试")).as("a refusal").isFalse();
        provider.stop(0);
        assertThat(gateway.send("13800138000", "无人应答")).as("nobody answers").isFalse();
    }

    @Test
    void onlyMainlandMobileNumbersAreNumbersToSendTo() {
        assertThat(SmsGateway.isMobile("13800138000")).isTrue();
        assertThat(SmsGateway.isMobile("010-12345678")).isFalse();
        assertThat(SmsGateway.isMobile("12800138000")).isFalse();
        assertThat(SmsGateway.isMobile("1380013800")).isFalse();
        assertThat(SmsGateway.isMobile("13800138000\n")).isFalse();
        assertThat(SmsGateway.isMobile(null)).isFalse();
    }

    private SmsGateway gateway(String token) {
        URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/sms");
        return new SmsGateways.HttpSmsGateway(url, token, Duration.ofSeconds(2), json);
    }
}
