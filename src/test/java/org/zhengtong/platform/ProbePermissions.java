package org.zhengtong.platform;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A module {@code probe} that exists in the tests only: it declares a permission and names it in its own bundle
 * ({@code src/test/resources/i18n/probe.properties}), as a new business module would, touching no central list.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProbePermissions {

    public static final String READ = "PROBE_READ";

    @Bean
    ModulePermissions probeModulePermissions() {
        return new ModulePermissions("probe", List.of(READ));
    }
}
