package org.zhengtong.platform.internal.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhengtong.platform.RequestKey;

/**
 * The description at {@code /v3/api-docs}: title, authentication, the rules every endpoint follows and the RFC 7807
 * problem responses. Operations name their own 400/404/409 responses by reference ({@code ref = "NotFound"});
 * 401 and 403 are added to every operation here, since any call can be unauthenticated or out of scope.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC_AUTH = "basicAuth";
    static final String BAD_REQUEST = "BadRequest";
    static final String NOT_FOUND = "NotFound";
    static final String CONFLICT = "Conflict";
    private static final String UNAUTHORIZED = "Unauthorized";
    private static final String FORBIDDEN = "Forbidden";
    private static final String PROBLEM = "ProblemDetail";

    static final String UNIT_KINDS = "单位类别：CITY_GOVERNMENT 市政府、CITY_UNIT 市直单位、DISTRICT_GOVERNMENT 区政府、DISTRICT_UNIT 区直单位";
    static final String POSITIONS = "职务：UNIT_HEAD 单位负责人、LEADER_IN_CHARGE 分管领导、OFFICE_DIRECTOR 办公室主任、"
            + "CONFIDENTIAL_SECRETARY 机要秘书、SECTION_CHIEF 科长、DEPUTY_SECTION_CHIEF 副科长、CLERK 科员";

    /** Descriptions of the request forms' fields; the forms themselves belong to the org and account packages. */
    private static final Map<String, Map<String, String>> FORM_FIELDS = Map.of(
            "UnitForm", Map.of(
                    "name", "单位名称，不能与已有单位重复",
                    "shortName", "简称，可为空",
                    "code", "单位代码：字母、数字、下划线或连字符，2至30位，不能与已有单位重复",
                    "kind", UNIT_KINDS,
                    "parentId", "上级单位编号；为空即根单位",
                    "sortOrder", "排序号，小的在前"),
            "DepartmentForm", Map.of(
                    "unitId", "所属单位编号",
                    "name", "科室名称，在本单位内不能重复",
                    "sortOrder", "排序号，小的在前",
                    "headPersonId", "科长（本单位的人员编号），可为空",
                    "leaderPersonId", "分管领导（本单位的人员编号），可为空"),
            "PersonForm", Map.of(
                    "unitId", "所属单位编号",
                    "departmentId", "所属科室编号（须属于该单位），可为空",
                    "name", "姓名",
                    "position", POSITIONS,
                    "phone", "办公电话，可为空",
                    "email", "电子邮箱，可为空",
                    "sortOrder", "排序号，小的在前",
                    "mobile", "手机，可为空；短信提醒发到这个号码",
                    "room", "办公室（房间号），可为空"),
            "AccountForm", Map.of(
                    "username", "用户名：字母开头，只含字母、数字、下划线和点，3至40位",
                    "personId", "账号所属的人员编号，该人员还不能有账号",
                    "unitAdmin", "是否开设为单位管理员账号（仅系统管理员可以）"));

    private static final String DESCRIPTION = """
            政通协同办公平台的 JSON 接口，供移动端和外部系统集成使用。

            **认证**：HTTP Basic（用户名和密码即控制台的登录账号）。须先修改初始密码或重置后的密码的账号、\
            已启用双因素认证的账号不能用 HTTP Basic 调用（返回 403），请先在控制台完成相应步骤。\
            已登录控制台的浏览器也可以凭会话调用；此时修改类请求（POST/PUT/DELETE）须带 `X-CSRF-TOKEN` 请求头。

            **权限与数据范围**：与控制台页面相同。单位由系统管理员管理；科室、人员和普通账号由系统管理员或\
            本单位的单位管理员管理，单位管理员对其他单位的任何操作（包括读取账号）都返回 403，且不做任何修改。

            **通讯录**：任何登录用户都可以读取单位、科室和人员（姓名、职务、所属科室）。人员的电话和电子邮箱只对\
            同单位人员和系统管理员显示，对其他单位的用户返回空值；涉密等级不通过本接口公开。

            **账号**：只有系统管理员和单位管理员可以读取账号。新建账号和重置密码的响应中含初始密码，只出现这一次，\
            响应不可缓存；密码散列和双因素密钥从不返回。

            **重试**：新建类请求（POST）可带 `Idempotency-Key` 请求头（客户端为这次新建生成的唯一编号，最长 100 个字符）：            同一账号以同一编号重发（如超时后重试）不再新建，而返回第一次新建的结果；同一编号用于另一类请求时返回 409。            编号保留一天（`zhengtong.idempotency.retention`）。

            **错误**：所有错误都以 RFC 7807 `application/problem+json` 返回，`detail` 为中文说明：\
            400 请求内容不合法，401 未登录，403 无权限或缺少 CSRF 令牌，404 对象不存在，409 违反业务规则（如重名、\
            单位下还有人员）或记录已被他人修改。
            """;

    @Bean
    OpenAPI zhengTongOpenApi() {
        return new OpenAPI()
                .info(new Info().title("政通协同办公平台 API").version("v1").description(DESCRIPTION))
                .addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
                .components(new Components()
                        .addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("控制台的用户名和密码"))
                        .addSchemas(PROBLEM, problemSchema())
                        .addResponses(BAD_REQUEST, problem("请求内容不合法：必填项为空、超长、格式不正确或不是有效的 JSON"))
                        .addResponses(UNAUTHORIZED, problem("未登录或用户名、密码错误"))
                        .addResponses(FORBIDDEN, problem("无权执行此操作、对象不在本人的数据范围内、登录步骤未完成或缺少 CSRF 令牌"))
                        .addResponses(NOT_FOUND, problem("对象不存在"))
                        .addResponses(CONFLICT, problem("违反业务规则（如重名、单位下还有人员）或记录已被他人修改")));
    }

    @Bean
    OpenApiCustomizer refusalsOnEveryOperation() {
        return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations().forEach(
                OpenApiConfiguration::addRefusals));
    }

    /** A {@link RequestKey} parameter is the {@code Idempotency-Key} header, not a query parameter. */
    @Bean
    OperationCustomizer idempotencyKeyHeader() {
        SpringDocUtils.getConfig().addAnnotationsToIgnore(RequestKey.class);
        return (operation, handler) -> {
            if (Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestKey.class))) {
                operation.addParametersItem(new HeaderParameter().name(RequestKey.HEADER).schema(new StringSchema()
                        .maxLength(100)).description("客户端为这次新建生成的唯一编号：以同一编号重发（如超时后重试）不再新建，"
                        + "而返回第一次新建的结果"));
            }
            return operation;
        };
    }

    @Bean
    OpenApiCustomizer formFieldDescriptions() {
        return openApi -> FORM_FIELDS.forEach((form, fields) -> {
            Map<String, Schema> properties = openApi.getComponents().getSchemas().get(form).getProperties();
            fields.forEach((field, description) -> properties.get(field).setDescription(description));
        });
    }

    private static void addRefusals(Operation operation) {
        ApiResponses responses = operation.getResponses();
        responses.addApiResponse("401", new ApiResponse().$ref(UNAUTHORIZED));
        responses.addApiResponse("403", new ApiResponse().$ref(FORBIDDEN));
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 7807 问题详情")
                .addProperty("type", new StringSchema().format("uri").description("问题类型，默认 about:blank"))
                .addProperty("title", new StringSchema().description("HTTP 状态的简短说明").example("Conflict"))
                .addProperty("status", new IntegerSchema().description("HTTP 状态码").example(409))
                .addProperty("detail", new StringSchema().description("中文说明").example("单位名称“市财政局”已存在。"))
                .addProperty("instance", new StringSchema().format("uri").description("请求路径").example("/api/v1/units"));
    }
}
