package org.zhengtong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The migration naming rule (docs/architecture.md, Conventions): from version 1000 on a migration is
 * {@code V<yyyyMMddHHmm>__<module>_<what>.sql}, so modules written in parallel never pick the same version; below it
 * are the migrations from before the rule. No version twice where Flyway reads them together.
 */
class MigrationNamesTest {

    /** The versions before the rule; every new one is a timestamp, far above. */
    private static final BigInteger HISTORY = BigInteger.valueOf(1000);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([a-z0-9_]+)\\.sql");
    private static final Pattern TIMESTAMPED = Pattern.compile(
            "V20\\d{2}(0[1-9]|1[0-2])([0-2]\\d|3[01])([01]\\d|2[0-3])[0-5]\\d__([a-z]+)_[a-z0-9_]+\\.sql");

    @Test
    void migrationsFollowTheNamingRuleAndNoVersionIsTakenTwice() throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> modules = new HashSet<>();
        for (Resource module : resolver.getResources("classpath*:org/zhengtong/*/package-info.class")) {
            String folder = module.getURL().getPath().replaceFirst("/package-info\\.class$", "");
            modules.add(folder.substring(folder.lastIndexOf('/') + 1));
        }
        assertThat(modules).contains("platform", "document", "archive");
        Map<String, List<String>> byLocation = new HashMap<>();
        for (Resource resource : resolver.getResources("classpath*:db/**/*.sql")) {
            String path = resource.getURL().getPath();
            String location = path.substring(path.indexOf("/db/") + 1, path.lastIndexOf('/'));
            byLocation.computeIfAbsent(location, key -> new ArrayList<>()).add(resource.getFilename());
        }
        assertThat(byLocation).containsKeys("db/migration", "db/engine", "db/vendor/h2", "db/vendor/postgresql");

        byLocation.values().stream().flatMap(List::stream).forEach(name -> {
            Matcher matcher = NAME.matcher(name);
            assertThat(matcher.matches()).as("%s is V<version>__<description>.sql", name).isTrue();
            if (new BigInteger(matcher.group(1)).compareTo(HISTORY) >= 0) {
                Matcher timestamped = TIMESTAMPED.matcher(name);
                assertThat(timestamped.matches()).as("%s is V<yyyyMMddHHmm>__<module>_<what>.sql", name).isTrue();
                assertThat(modules).as("the module of %s", name).contains(timestamped.group(4));
            }
        });
        for (String vendor : List.of("db/vendor/h2", "db/vendor/postgresql")) {
            List<String> together = new ArrayList<>(byLocation.get("db/migration"));
            together.addAll(byLocation.get(vendor));
            assertThat(versions(together)).as("versions of db/migration and %s", vendor).doesNotHaveDuplicates();
        }
        assertThat(versions(byLocation.get("db/engine"))).doesNotHaveDuplicates();
    }

    private static List<BigInteger> versions(List<String> names) {
        return names.stream().map(name -> {
            Matcher matcher = NAME.matcher(name);
            assertThat(matcher.matches()).isTrue();
            return new BigInteger(matcher.group(1));
        }).toList();
    }
}
