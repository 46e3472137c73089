package org.zhengtong.books.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.books.*}.
 *
 * @param loanDays     how many days a loan runs, and a renewal adds (default 30)
 * @param reminderDays how many days before the due date the reader is reminded (default 3)
 * @param reminderCron when the sweep reminds of loans falling due and overdue ({@code -} switches it off)
 */
@ConfigurationProperties("zhengtong.books")
record BooksProperties(Integer loanDays, Integer reminderDays, String reminderCron) {

    int loanDaysOrDefault() {
        return loanDays == null || loanDays < 1 ? 30 : Math.min(loanDays, 365);
    }

    int reminderDaysOrDefault() {
        return reminderDays == null || reminderDays < 0 ? 3 : Math.min(reminderDays, 60);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(BooksProperties.class)
    static class Config {
    }
}
