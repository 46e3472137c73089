package org.zhengtong.petition.internal;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.ModulePermissions;

/**
 * 信访管理: {@value #OFFICE} is the 信访 office of one's own unit (registers, 拟办, 交办, answers, reads the unit's
 * cases with the petitioners' data; given to the unit administrators' role by the migration); {@value #PORTAL} is the
 * account of the public portal, which submits online petitions to its unit and reads nothing; {@value #ADMIN} keeps
 * the 信访事项分类 (the system administrator). Names in {@code i18n/petition.properties}.
 */
@Configuration(proxyBeanMethods = false)
class PetitionPermissions {

    static final String OFFICE = "PETITION_OFFICE";
    static final String PORTAL = "PETITION_PORTAL";
    static final String ADMIN = "PETITION_ADMIN";

    @Bean
    ModulePermissions petitionModulePermissions() {
        return new ModulePermissions("petition", List.of(OFFICE, PORTAL, ADMIN));
    }
}
