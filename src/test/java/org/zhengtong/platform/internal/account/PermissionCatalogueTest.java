package org.zhengtong.platform.internal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhengtong.platform.ModulePermissions;

class PermissionCatalogueTest {

    @Test
    void thePlatformComesFirstThenTheModulesByName() {
        PermissionCatalogue catalogue = new PermissionCatalogue(List.of(
                new ModulePermissions("workflow", List.of("WORKFLOW_ADMIN")),
                new ModulePermissions("archive", List.of("ARCHIVE_READ")),
                new ModulePermissions("platform", List.of("ROLE_MANAGE", "AUDIT_READ"))));

        assertThat(catalogue.modules()).extracting(ModulePermissions::module)
                .containsExactly("platform", "archive", "workflow");
        assertThat(catalogue.modules().get(0).codes()).containsExactly("ROLE_MANAGE", "AUDIT_READ");
        assertThat(catalogue.declares("ARCHIVE_READ")).isTrue();
        assertThat(catalogue.unknown(java.util.Set.of("ARCHIVE_READ", "NO_SUCH"))).containsExactly("NO_SUCH");
    }

    @Test
    void twoModulesCannotDeclareTheSameCode() {
        assertThatThrownBy(() -> new PermissionCatalogue(List.of(
                new ModulePermissions("platform", List.of("AUDIT_READ")),
                new ModulePermissions("archive", List.of("AUDIT_READ")))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AUDIT_READ");
    }
}
