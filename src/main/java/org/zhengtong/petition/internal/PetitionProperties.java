package org.zhengtong.petition.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.petition.*} (defaults in application.yml). The day counts are the 信访工作条例's, in working days.
 *
 * @param acceptDays      受理 or not: working days from 登记 (15)
 * @param handleDays      办理: working days from 受理 (60)
 * @param extensionDays   an approved extension adds this many working days (30)
 * @param warnDays        the handlers are reminded when this many working days or fewer are left (3)
 * @param handlerPosition the 职务 whose first holder in a unit handles the cases handed to that unit (OFFICE_DIRECTOR)
 * @param similarDays     how far back registration looks for similar petitions, in calendar days (180)
 * @param deadlineCron    when the deadline watch runs (every hour by default)
 */
@ConfigurationProperties("zhengtong.petition")
record PetitionProperties(int acceptDays, int handleDays, int extensionDays, int warnDays, String handlerPosition,
                          int similarDays, String deadlineCron) {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PetitionProperties.class)
    static class Config {
    }
}
