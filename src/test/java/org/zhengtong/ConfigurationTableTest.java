package org.zhengtong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Every {@code zhengtong.*} setting with a default in application.yml is named in the README's configuration table,
 * itself or by its group ({@code zhengtong.security.*}); a map of the operator's own entries (problem classes) by its
 * name.
 */
class ConfigurationTableTest {

    @Test
    void everySettingIsInTheReadmesConfigurationTable() throws IOException {
        Map<String, Object> yaml;
        try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
            yaml = new Yaml().load(in);
        }
        List<String> settings = new ArrayList<>();
        flatten("zhengtong", yaml.get("zhengtong"), settings);

        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## 备份与恢复"));
        Matcher names = Pattern.compile("zhengtong\\.[a-z0-9.*-]*[a-z0-9*]").matcher(table);
        Set<String> named = names.results().map(m -> m.group()).collect(Collectors.toSet());

        assertThat(settings).hasSizeGreaterThan(30);
        assertThat(settings).allSatisfy(setting -> assertThat(documented(setting, named))
                .as("%s in the README's configuration table", setting).isTrue());
    }

    private static boolean documented(String setting, Set<String> named) {
        if (named.contains(setting)) {
            return true;
        }
        for (int dot = setting.lastIndexOf('.'); dot > "zhengtong".length(); dot = setting.lastIndexOf('.', dot - 1)) {
            if (named.contains(setting.substring(0, dot) + ".*")) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object value, List<String> into) {
        if (value instanceof Map<?, ?> map && !operatorsEntries((Map<String, Object>) map)) {
            map.forEach((key, child) -> flatten(prefix + "." + key, child, into));
        } else {
            into.add(prefix);
        }
    }

    /** A map whose keys are the operator's codes (problem classes: {@code ZH: 综合}), not setting names. */
    private static boolean operatorsEntries(Map<String, Object> map) {
        return !map.isEmpty() && map.keySet().stream().allMatch(key -> key.equals(key.toUpperCase()));
    }
}
