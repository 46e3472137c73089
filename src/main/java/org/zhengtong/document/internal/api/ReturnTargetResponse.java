package org.zhengtong.document.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "ReturnTarget", description = "可以退回到的步骤：本流程中已经办理过、且不在办理中的步骤")
record ReturnTargetResponse(
        @Schema(description = "步骤代码，退回时作为 target", example = "draft") String activityId,
        @Schema(description = "步骤名称", example = "拟稿") String name) {
}
