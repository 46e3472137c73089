package org.zhengtong.document.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.Classification;

@Schema(name = "Document", description = "公文：办文单的各项、正文、附件、本人当前可办理的步骤和流程跟踪（含各步意见）。")
record DocumentResponse(
        @Schema(description = "公文编号") Long id,
        @Schema(description = "OUTGOING 发文、INCOMING 收文") OfficialDocument.Direction direction,
        @Schema(description = "收发文（文字）", example = "发文") String directionLabel,
        @Schema(description = "文种") DocumentType type,
        @Schema(description = "文种（文字）", example = "请示") String typeLabel,
        @Schema(description = "标题") String title,
        @Schema(description = "发文字号（编号登记后）；收文为来文字号", example = "财预〔2026〕3号") String documentNumber,
        @Schema(description = "收文编号（收文登记后）", example = "收〔2026〕5号") String registrationNumber,
        @Schema(description = "密级") Classification classification,
        @Schema(description = "密级（文字）", example = "非密") String classificationLabel,
        @Schema(description = "保密期限（涉密公文）", example = "10年") String secrecyPeriod,
        @Schema(description = "紧急程度") Urgency urgency,
        @Schema(description = "紧急程度（文字）", example = "加急") String urgencyLabel,
        @Schema(description = "IN_PROGRESS 办理中、FINISHED 已办结、TERMINATED 已终止、REFUSED 已退文（收文在签收时退回来文单位）") OfficialDocument.Status status,
        @Schema(description = "状态（文字）", example = "办理中") String statusLabel,
        @Schema(description = "公文所属单位：发文的拟稿单位，收文的收文单位") DocumentUnit unit,
        @Schema(description = "拟稿科室（发文）") String departmentName,
        @Schema(description = "拟稿人或登记人的用户名") String initiator,
        @Schema(description = "拟稿人或登记人的姓名") String initiatorName,
        @Schema(description = "主送机关（发文）") List<DocumentUnit> mainRecipients,
        @Schema(description = "抄送机关（发文）") List<DocumentUnit> ccRecipients,
        @Schema(description = "签发人姓名（签发后）") String signerName,
        @Schema(description = "成文日期（签发日）") LocalDate issueDate,
        @Schema(description = "办理期限") LocalDate deadline,
        @Schema(description = "份数（发文的印制份数）", example = "30") int copies,
        @Schema(description = "附注（发文），不含圆括号", example = "此件公开发布") String annotation,
        @Schema(description = "是否已用印") boolean sealed,
        @Schema(description = "来文单位（收文）") String sourceUnitName,
        @Schema(description = "创建（拟稿或登记）时间") Instant createdAt,
        @Schema(description = "办结或终止时间") Instant finishedAt,
        @Schema(description = "正文 HTML，保存时已按白名单清理（无脚本、事件属性、样式和外部地址）") String bodyHtml,
        @Schema(description = "正文当前版本号（痕迹保留）") int bodyVersion,
        @Schema(description = "附件及其各版本") List<DocumentAttachment> attachments,
        @Schema(description = "当前所在的步骤及其办理人") List<DocumentCurrentStep> currentSteps,
        @Schema(description = "本人在此公文上待办理的步骤；没有则为空。办理时用其 taskId") DocumentTask currentTask,
        @Schema(description = "流程跟踪：各步骤、办理人和意见，按时间顺序") List<DocumentTimelineStep> timeline) {

    @Schema(name = "DocumentUnit", description = "单位")
    record DocumentUnit(@Schema(description = "单位编号") Long id, @Schema(description = "单位名称") String name) {
    }

    @Schema(name = "DocumentAttachment", description = "附件；每次上传新版本都保留旧版本")
    record DocumentAttachment(
            @Schema(description = "附件编号") Long id,
            @Schema(description = "文件名") String fileName,
            @Schema(description = "各版本，旧的在前") List<Version> versions) {

        @Schema(name = "DocumentAttachmentVersion", description = "附件的一个版本")
        record Version(
                @Schema(description = "版本号") int versionNo,
                @Schema(description = "大小（字节）") long sizeBytes,
                @Schema(description = "SHA-256 摘要") String sha256,
                @Schema(description = "上传人姓名") String authorName,
                @Schema(description = "上传时间") Instant createdAt) {
        }
    }

    @Schema(name = "DocumentCurrentStep", description = "公文当前所在的一个步骤")
    record DocumentCurrentStep(
            @Schema(description = "步骤名称", example = "部门审核") String name,
            @Schema(description = "办理人姓名；待签收（多人候选）时为空") String handlerName) {
    }

    @Schema(name = "DocumentTask", description = "本人在此公文上待办理的步骤")
    record DocumentTask(
            @Schema(description = "任务编号") String taskId,
            @Schema(description = "步骤代码；officeReview 办公室核稿可选会签人和签发领导，propose 拟办可选批办领导，"
                    + "instruct 批办须选承办科室", example = "officeReview") String activityId,
            @Schema(description = "步骤名称", example = "办公室核稿") String name,
            @Schema(description = "是否为待签收的候选任务") boolean candidate,
            @Schema(description = "代办：原办理人姓名（“代 X 办理”）") String delegatedFromName,
            @Schema(description = "加签：请本人加签的办理人姓名；加签人只能填写意见后交回") String addedSignerForName,
            @Schema(description = "到达时间") Instant created,
            @Schema(description = "办理期限") Instant due,
            @Schema(description = "是否已超期") boolean overdue) {
    }

    @Schema(name = "DocumentTimelineStep", description = "流程跟踪的一项：步骤、流程的发起与办结，或撤回、终止的记录")
    record DocumentTimelineStep(
            @Schema(description = "任务编号；发起、办结和撤回、终止记录为空") String taskId,
            @Schema(description = "步骤代码") String activityId,
            @Schema(description = "步骤名称", example = "部门审核") String name,
            @Schema(description = "办理人用户名") String handler,
            @Schema(description = "办理人姓名") String handlerName,
            @Schema(description = "代办：原办理人姓名（“代 X 办理”）") String delegatedFromName,
            @Schema(description = "开始时间") Instant started,
            @Schema(description = "结束时间；办理中为空") Instant ended,
            @Schema(description = "是否办理中") boolean open,
            @Schema(description = "意见和办理记录（转交、退回、加签、催办等），按时间顺序") List<Remark> remarks) {

        @Schema(name = "DocumentTimelineRemark", description = "一条意见或办理记录")
        record Remark(
                @Schema(description = "类型：opinion 意见、transfer 转交、return 退回、addSigner 加签、urge 催办、"
                        + "withdraw 撤回、terminate 终止、reassign 改派") String type,
                @Schema(description = "类型（文字）", example = "意见") String typeLabel,
                @Schema(description = "填写人姓名") String authorName,
                @Schema(description = "时间") Instant time,
                @Schema(description = "内容", example = "同意") String text) {
        }
    }
}
