package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import org.zhengtong.platform.internal.account.IssuedPassword;

@Schema(name = "InitialPassword", description = "新账号或重置后的初始密码，只在本次响应中出现一次，请当面或经安全渠道交给本人；首次登录须修改。")
record InitialPasswordResponse(
        @Schema(description = "账号编号") Long accountId,
        @Schema(description = "用户名") String username,
        @Schema(description = "初始密码（仅显示这一次）") String initialPassword) {

    static InitialPasswordResponse of(IssuedPassword issued) {
        return new InitialPasswordResponse(issued.accountId(), issued.username(), issued.initialPassword());
    }
}
