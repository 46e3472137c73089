package org.zhengtong.seal.internal;

import java.net.URI;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The time-stamping authority PDF signatures are stamped by: {@code zhengtong.seal.tsa-url}, or the local one. */
@Configuration
class TimeStampConfiguration {

    @Bean
    TimeStampAuthority timeStampAuthority(SealProperties properties, KeyVault vault, Clock clock) {
        String url = properties.tsaUrl();
        return url == null || url.isBlank() ? new LocalTimeStampAuthority(vault, clock)
                : new HttpTimeStampAuthority(URI.create(url.strip()));
    }
}
