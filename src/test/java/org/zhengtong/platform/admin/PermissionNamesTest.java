package org.zhengtong.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.zhengtong.IntegrationTest;
import org.zhengtong.platform.ModulePermissions;
import org.zhengtong.platform.internal.account.PermissionCatalogue;

/** Every permission a module declares, and every module that declares some, has a Chinese and an English name. */
@IntegrationTest
class PermissionNamesTest {

    @Autowired PermissionCatalogue catalogue;

    @Test
    void everyDeclaredPermissionIsNamedInChineseAndEnglish() throws IOException {
        Properties chinese = bundles("classpath*:i18n/*.properties", false);
        Properties english = bundles("classpath*:i18n/*_en.properties", true);
        assertThat(catalogue.modules()).extracting(ModulePermissions::module)
                .contains("platform", "accountrequest", "workflow");
        for (ModulePermissions module : catalogue.modules()) {
            List<String> keys = new java.util.ArrayList<>(module.codes().stream().map(c -> "permission." + c).toList());
            keys.add("permission.module." + module.module());
            assertThat(chinese.keySet()).as("Chinese names of %s", module.module()).containsAll(keys);
            assertThat(english.keySet()).as("English names of %s", module.module()).containsAll(keys);
        }
    }

    private static Properties bundles(String pattern, boolean english) throws IOException {
        Properties all = new Properties();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            if (english || !resource.getFilename().contains("_")) {
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    all.load(reader);
                }
            }
        }
        return all;
    }
}
