package org.zhengtong.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The administrators' bundles have an English text for every Chinese one, and no empty texts. */
class AdminMessagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"accounts", "security", "audit"})
    void everyTextHasAnEnglishVersion(String bundle) throws IOException {
        Properties chinese = load("i18n/" + bundle + ".properties");
        Properties english = load("i18n/" + bundle + "_en.properties");
        assertThat(chinese).isNotEmpty();
        assertThat(english.keySet()).isEqualTo(chinese.keySet());
        assertThat(chinese.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
        assertThat(english.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                AdminMessagesTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
