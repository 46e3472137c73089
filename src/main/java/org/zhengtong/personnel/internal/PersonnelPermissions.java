package org.zhengtong.personnel.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * {@value #MANAGE}: the personnel office (人事处) of one's own unit keeps its records, imports and exports them, names
 * the leaders who see the fields of 人事处及指定领导 and sees every field. The migration creates the business role
 * {@code PERSONNEL_OFFICE} (人事处) carrying it; the security administrator gives it to the office's staff.
 */
@Configuration(proxyBeanMethods = false)
class PersonnelPermissions {

    static final String MANAGE = "PERSONNEL_MANAGE";
    /** The business role of the migration. */
    static final String OFFICE_ROLE = "PERSONNEL_OFFICE";

    @Bean
    ModulePermissions personnelModulePermissions() {
        return new ModulePermissions("personnel", List.of(MANAGE));
    }
}
