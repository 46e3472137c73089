package org.zhengtong.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhengtong.IntegrationTest;

/**
 * Every permission the code checks — in {@code @PreAuthorize}, {@code sec:authorize} and {@code CurrentUser.can} — is
 * one a module declares ({@link ModulePermissions}): a misspelt code would lock everybody out of a page without any
 * error, since no role can ever hold it.
 */
@IntegrationTest
class CheckedPermissionsTest {

    private static final Pattern AUTHORITIES = Pattern.compile("has(?:Any)?Authority\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([A-Z0-9_]+)'");
    private static final Pattern CAN = Pattern.compile("\\.can\\(\"([A-Z0-9_]+)\"\\)");

    @Autowired List<ModulePermissions> declared;

    @Test
    void everyCheckedPermissionIsDeclaredByAModule() throws IOException {
        Set<String> checked = new TreeSet<>();
        try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/java")),
                Files.walk(Path.of("src/main/resources/templates")))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(source);
                Matcher expressions = AUTHORITIES.matcher(text);
                while (expressions.find()) {
                    QUOTED.matcher(expressions.group(1)).results().map(m -> m.group(1)).forEach(checked::add);
                }
                CAN.matcher(text).results().map(m -> m.group(1)).forEach(checked::add);
            }
        }
        Set<String> codes = new TreeSet<>();
        declared.forEach(module -> codes.addAll(module.codes()));

        assertThat(checked).as("the scan finds the checks").contains("WORKFLOW_ADMIN", "AUDIT_READ");
        assertThat(codes).containsAll(checked);
    }
}
