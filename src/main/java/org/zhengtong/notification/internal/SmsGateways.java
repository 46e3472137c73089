package org.zhengtong.notification.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.notification.SmsGateway;

/**
 * The SMS gateway of {@code zhengtong.notification.sms.*}: an HTTP gateway when its url is set, otherwise the log —
 * unless the deployment registers its own {@link SmsGateway}.
 */
@Configuration(proxyBeanMethods = false)
class SmsGateways {

    private static final Logger log = LoggerFactory.getLogger(SmsGateways.class);

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway(NotificationProperties properties, ObjectMapper json) {
        NotificationProperties.Sms sms = properties.sms();
        if (sms == null || sms.url() == null || sms.url().isBlank()) {
            return (mobile, text) -> {
                log.info("未配置短信网关（zhengtong.notification.sms.url），短信未发送：{} {}", mobile, text);
                return true;
            };
        }
        return new HttpSmsGateway(URI.create(sms.url()), sms.token(), sms.timeout(), json);
    }

    /** Posts {@code {"mobile": …, "text": …}}; any 2xx answer is accepted, anything else is logged and refused. */
    record HttpSmsGateway(URI url, String token, java.time.Duration timeout, ObjectMapper json) implements SmsGateway {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        @Override
        public boolean send(String mobile, String text) {
            try {
                HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                Map.of("mobile", mobile, "text", text))));
                if (token != null && !token.isBlank()) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() / 100 == 2) {
                    return true;
                }
                log.warn("短信网关拒绝了短信：{} 答复 {} {}", mobile, answer.statusCode(), answer.body());
                return false;
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            } catch (IOException e) {
                log.warn("短信网关无法连接：{}", url, e);
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.warn("短信发送被中断：{}", mobile, e);
                return false;
            }
        }
    }
}
