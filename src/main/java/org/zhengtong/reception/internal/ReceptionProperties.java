package org.zhengtong.reception.internal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * {@code zhengtong.reception.*}.
 *
 * @param approval       when a reception plan goes to approval where its unit set no rule of its own
 *                       ({@link ReceptionRules}): {@code always}, {@code never}, or {@code over-amount} (when its planned
 *                       cost exceeds {@code approvalAmount}, or its level is 省部级)
 * @param approvalAmount the planned cost in 元 above which {@code over-amount} asks for approval (default 3000)
 * @param pageSize       rows per page of the query (default 20)
 */
@ConfigurationProperties("zhengtong.reception")
record ReceptionProperties(ApprovalRule approval, BigDecimal approvalAmount, Integer pageSize) {

    ApprovalRule approvalOrDefault() {
        return approval == null ? ApprovalRule.ALWAYS : approval;
    }

    BigDecimal approvalAmountOrDefault() {
        return approvalAmount == null ? new BigDecimal("3000") : approvalAmount;
    }

    int pageSizeOrDefault() {
        return pageSize == null || pageSize < 1 ? 20 : Math.min(pageSize, 200);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReceptionProperties.class)
    static class Config {
    }
}
