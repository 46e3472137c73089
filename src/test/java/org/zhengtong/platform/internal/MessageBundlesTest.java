package org.zhengtong.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The bundles are found by the wildcard, and no key is in two of them (the first found would hide the other). */
class MessageBundlesTest {

    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    @Test
    void everyModulesBundleIsFoundWithoutAList() throws IOException {
        assertThat(MessageBundles.basenames(resolver))
                .contains("i18n/console", "i18n/security", "i18n/document", "i18n/archive", "i18n/probe")
                .noneMatch(name -> name.contains("_"));
    }

    @Test
    void aKeyLivesInOneBundleOnly() throws IOException {
        for (String suffix : new String[] {"", "_en"}) {
            Map<String, String> owners = new HashMap<>();
            for (String basename : MessageBundles.basenames(resolver)) {
                Resource resource = resolver.getResource("classpath:" + basename + suffix + ".properties");
                if (!resource.exists()) {
                    continue;
                }
                Properties texts = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    texts.load(reader);
                }
                for (Object key : texts.keySet()) {
                    String other = owners.putIfAbsent((String) key, basename);
                    assertThat(other).as("%s in %s%s and %s%s", key, other, suffix, basename, suffix).isNull();
                }
            }
        }
    }
}
