package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.zhengtong.platform.internal.account.Account;

@Schema(name = "Account", description = "账号。密码散列和双因素密钥从不返回。")
record AccountResponse(
        @Schema(description = "账号编号") Long id,
        @Schema(description = "用户名", example = "czj.d1.clerk1") String username,
        @Schema(description = "账号所属人员编号；三位系统级管理员没有") Long personId,
        @Schema(description = "人员姓名") String personName,
        @Schema(description = "所属单位编号") Long unitId,
        @Schema(description = "所属单位名称") String unitName,
        @Schema(description = "角色代码，如 USER 普通用户、UNIT_ADMIN 单位管理员") List<String> roles,
        @Schema(description = "是否启用") boolean enabled,
        @Schema(description = "是否因连续登录失败而被临时锁定") boolean locked,
        @Schema(description = "锁定截止时间") Instant lockedUntil,
        @Schema(description = "连续登录失败次数") int failedAttempts,
        @Schema(description = "是否须先修改初始密码或重置后的密码") boolean mustChangePassword,
        @Schema(description = "是否已启用双因素认证") boolean totpEnabled,
        @Schema(description = "最近登录时间") Instant lastLoginAt,
        @Schema(description = "最近修改密码时间") Instant passwordChangedAt,
        @Schema(description = "创建时间") Instant createdAt) {

    static AccountResponse of(Account account, String personName, String unitName, Instant now) {
        return new AccountResponse(account.getId(), account.getUsername(), account.getPersonId(), personName,
                account.getUnitId(), unitName, account.getRoles().stream().sorted().toList(), account.isEnabled(),
                account.isLockedAt(now), account.getLockedUntil(), account.getFailedAttempts(),
                account.isMustChangePassword(), account.isTotpEnabled(), account.getLastLoginAt(),
                account.getPasswordChangedAt(), account.getCreatedAt());
    }
}
