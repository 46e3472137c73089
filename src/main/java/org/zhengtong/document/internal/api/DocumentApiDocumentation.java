package org.zhengtong.document.internal.api;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 公文 part of {@code /v3/api-docs}: how the to-do list and the document endpoints fit together, and the fields
 * of the request bodies that belong to the document service ({@code OutgoingForm}, {@code StepDecision}). The
 * problem responses referred to ({@code NotFound}…) are the platform's.
 */
@Configuration(proxyBeanMethods = false)
class DocumentApiDocumentation {

    static final String BAD_REQUEST = "BadRequest";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";

    private static final String OVERVIEW = """

            **公文**：`GET /api/v1/todo` 列出本人的待办，每项的 businessKey（如 `document:42`）给出公文编号、taskId 给出任务；\
            `GET /api/v1/documents/{id}` 查看公文，`POST /api/v1/documents/{id}/tasks/{taskId}/send` 等办理，\
            `GET /api/v1/documents/{id}/form.pdf` 取办文单，`GET /api/v1/documents/{id}/official.pdf`（`.ofd`、`.docx`）            取按 GB/T 9704-2012 排版的红头公文（用印后 PDF 和 OFD 为加盖电子印章的文件）。权限与控制台的公文页面相同：只有公文的办理人、传阅人和本单位\
            管理员可以查看和办理，涉密等级须满足公文的密级（403）；任务已由他人办理、不是本人的任务或违反办理规则时返回 409。
            """;

    private static final Map<String, Map<String, String>> FORM_FIELDS = Map.of(
            "OutgoingForm", Map.ofEntries(
                    Map.entry("type", "文种：RESOLUTION 决议、DECISION 决定、ORDER 命令（令）、COMMUNIQUE 公报、ANNOUNCEMENT 公告、"
                            + "PUBLIC_NOTICE 通告、OPINION 意见、NOTICE 通知、CIRCULAR 通报、REPORT 报告、REQUEST 请示、"
                            + "REPLY 批复、MOTION 议案、LETTER 函、MINUTES 纪要"),
                    Map.entry("title", "标题，最多 200 字"),
                    Map.entry("classification", "密级：UNCLASSIFIED 非密、SECRET 秘密、CONFIDENTIAL 机密、TOP_SECRET 绝密；不能高于本人的涉密等级"),
                    Map.entry("secrecyPeriod", "保密期限，如“10年”；涉密公文必填"),
                    Map.entry("urgency", "紧急程度：NORMAL 平件、URGENT 加急、EXTRA_URGENT 特急；决定每一步的办理时限"),
                    Map.entry("mainRecipients", "主送机关（单位编号），至少一个；分发时公文进入这些单位的收文"),
                    Map.entry("ccRecipients", "抄送机关（单位编号），可为空"),
                    Map.entry("issuerCode", "机关代字，须属于本单位，如“财预”；编号登记时据此编发文字号"),
                    Map.entry("bodyHtml", "正文 HTML；保存前按白名单清理"),
                    Map.entry("deadline", "办理期限（日期），可为空"),
                    Map.entry("copies", "份数：印制份数，1 至 999999，为空即 1；涉密公文每份标注 6 位份号"),
                    Map.entry("annotation", "附注，如“此件公开发布”（不含圆括号），最多 100 字，可为空")),
            "StepDecision", Map.of(
                    "opinion", "办理意见，最多 2000 字，可为空",
                    "countersigners", "办公室核稿（officeReview）时：会签人的用户名，可为空",
                    "signer", "办公室核稿（officeReview）时：签发领导的用户名；为空则由本单位负责人签发",
                    "leader", "拟办（propose）时：批办领导的用户名；为空则由本单位负责人批办",
                    "handlingDepartments", "批办（instruct）时：承办科室编号，至少一个",
                    "readers", "批办（instruct）时：传阅人的用户名，可为空"));

    @Bean
    OpenApiCustomizer documentApiOverview() {
        return openApi -> openApi.getInfo().setDescription(Objects.toString(openApi.getInfo().getDescription(), "") + OVERVIEW);
    }

    @Bean
    OpenApiCustomizer documentFormFieldDescriptions() {
        return openApi -> FORM_FIELDS.forEach((form, fields) -> {
            Map<String, Schema> properties = openApi.getComponents().getSchemas().get(form).getProperties();
            fields.forEach((field, description) -> properties.get(field).setDescription(description));
        });
    }
}
