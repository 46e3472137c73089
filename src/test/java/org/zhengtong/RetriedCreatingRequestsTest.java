package org.zhengtong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.zhengtong.archive.ArchiveFixtures;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.document.DocumentFixtures;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.AttachmentVersion;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.platform.admin.AdminFixtures;
import org.zhengtong.platform.internal.org.Person;
import org.zhengtong.platform.internal.security.SecuritySettings;
import org.zhengtong.platform.internal.security.SettingsService;
import org.zhengtong.workflow.Workflow;

/**
 * Every creating request, sent twice with the same key — a double click on a console form (the key the form page
 * gave), an API client retrying after a timeout ({@code Idempotency-Key}) — creates one object and gets the same
 * answer both times. Without the key the second would create another or be refused as a duplicate.
 */
@IntegrationTest
class RetriedCreatingRequestsTest {

    private static final Pattern FORM_KEY = Pattern.compile("name=\"requestKey\" value=\"([^\"]+)\"");
    private static final String SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired AdminFixtures admin;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService userDetails;
    @Autowired DocumentService documentService;
    @Autowired Workflow workflow;
    @Autowired ArchivingService archiving;
    @Autowired SettingsService settings;

    /** A creating request: where its form is, the request with a key, and how many objects it made. */
    record Creation(MockHttpServletRequestBuilder formPage, String formMarker,
                    Function<String, MockHttpServletRequestBuilder> request, Answer answer, Count created) {
    }

    @FunctionalInterface
    interface Answer {
        Object of(MvcResult result) throws Exception;
    }

    @FunctionalInterface
    interface Count {
        long get();
    }

    @FunctionalInterface
    interface Case {
        Creation prepare(RetriedCreatingRequestsTest test) throws Exception;
    }

    static Stream<Arguments> creatingRequests() {
        return Stream.of(
                Arguments.of("API 新建单位", (Case) RetriedCreatingRequestsTest::apiUnit),
                Arguments.of("API 新建科室", (Case) RetriedCreatingRequestsTest::apiDepartment),
                Arguments.of("API 新建人员", (Case) RetriedCreatingRequestsTest::apiPerson),
                Arguments.of("API 开设账号", (Case) RetriedCreatingRequestsTest::apiAccount),
                Arguments.of("API 拟稿", (Case) RetriedCreatingRequestsTest::apiDraft),
                Arguments.of("新建单位", (Case) RetriedCreatingRequestsTest::unit),
                Arguments.of("新建科室", (Case) RetriedCreatingRequestsTest::department),
                Arguments.of("新建人员", (Case) RetriedCreatingRequestsTest::person),
                Arguments.of("开设账号", (Case) RetriedCreatingRequestsTest::account),
                Arguments.of("新建角色", (Case) RetriedCreatingRequestsTest::role),
                Arguments.of("账号申请", (Case) RetriedCreatingRequestsTest::application),
                Arguments.of("拟稿", (Case) RetriedCreatingRequestsTest::draft),
                Arguments.of("登记纸质来文", (Case) RetriedCreatingRequestsTest::paperIncoming),
                Arguments.of("上传附件", (Case) RetriedCreatingRequestsTest::attachment),
                Arguments.of("上传附件新版本", (Case) RetriedCreatingRequestsTest::attachmentVersion),
                Arguments.of("常用意见", (Case) RetriedCreatingRequestsTest::phrase),
                Arguments.of("文号预留", (Case) RetriedCreatingRequestsTest::numberReservation),
                Arguments.of("代办", (Case) RetriedCreatingRequestsTest::delegation),
                Arguments.of("流程设计", (Case) RetriedCreatingRequestsTest::design),
                Arguments.of("导入流程", (Case) RetriedCreatingRequestsTest::designImport),
                Arguments.of("新建印章", (Case) RetriedCreatingRequestsTest::seal),
                Arguments.of("立卷归档", (Case) RetriedCreatingRequestsTest::archiving),
                Arguments.of("档案更正", (Case) RetriedCreatingRequestsTest::correction),
                Arguments.of("申请借阅", (Case) RetriedCreatingRequestsTest::borrowing));
    }

    /**
     * The designs made here would otherwise stay active for their scope (财政局's and 市政府办公室's 议案) and route
     * those documents in later tests, or refuse another test's design for the same scope.
     */
    @AfterEach
    void deactivateTheDesignsMadeHere() {
        jdbc.update("update wf_process_design set active = false where name like '重试设计%' or name like '重试导入%'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingRequests")
    void sentTwiceWithTheSameKeyItCreatesOnceAndAnswersTheSame(String request, Case creating) throws Exception {
        Creation creation = creating.prepare(this);
        String key = creation.formPage() == null ? UUID.randomUUID().toString() : keyOfForm(creation);

        MvcResult first = mvc.perform(creation.request().apply(key)).andReturn();
        assertThat(first.getResponse().getStatus()).as("%s succeeds: %s", request,
                first.getResponse().getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 399);
        MvcResult again = mvc.perform(creation.request().apply(key)).andReturn();

        assertThat(creation.answer().of(again)).as("the answer to the repeated %s", request)
                .isEqualTo(creation.answer().of(first));
        assertThat(creation.created().get()).as("%s created", request).isEqualTo(1);
    }

    /**
     * Sent twice at the same moment with the same key — a double click, a client retrying before the first answer
     * came — it creates one object, and both get the first one's answer: the later request waits for the earlier's
     * key instead of creating beside it. Each request here is a new session of the account, as from two windows: the
     * security settings allow that for the while, since with one session per account both would end the account's
     * previous session at once (a race in Spring Session's registry, not in the request under test).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("creatingRequests")
    void sentTwiceAtOnceWithTheSameKeyItCreatesOnceAndAnswersTheSame(String request, Case creating) throws Exception {
        Creation creation = creating.prepare(this);
        String key = creation.formPage() == null ? UUID.randomUUID().toString() : keyOfForm(creation);
        Callable<String> send = () -> {
            MvcResult result = mvc.perform(creation.request().apply(key)).andReturn();
            assertThat(result.getResponse().getStatus()).as("%s succeeds: %s", request,
                    result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isBetween(200, 399);
            return String.valueOf(creation.answer().of(result));
        };

        SecuritySettings before = settings.current();
        asSecurityAdministrator(() -> settings.update(new SecuritySettings(before.maxFailedLogins(),
                before.lockoutMinutes(), before.idleTimeoutMinutes(), 10, before.requireTotpForAdmins())));
        List<String> answers;
        try {
            answers = Together.run(List.of(send, send));
        } finally {
            asSecurityAdministrator(() -> settings.update(before));
        }

        assertThat(answers.get(1)).as("the answers to the simultaneous %s", request).isEqualTo(answers.get(0));
        assertThat(creation.created().get()).as("%s created", request).isEqualTo(1);
    }

    /**
     * An account's initial password is kept only as a hash: the repeated creation answers with the same account and
     * a new initial password, which replaces the first; once the owner has chosen their own, it is refused instead.
     */
    @Test
    void aRepeatedAccountCreationIssuesANewInitialPasswordOnlyWhileNobodyChoseOne() throws Exception {
        Creation creation = apiAccount();
        String key = UUID.randomUUID().toString();
        String first = body(mvc.perform(creation.request().apply(key)).andExpect(status().isCreated()).andReturn());
        String again = body(mvc.perform(creation.request().apply(key)).andExpect(status().isCreated()).andReturn());
        String username = JsonPath.read(first, "$.username");
        assertThat(JsonPath.<String>read(again, "$.initialPassword")).isNotEqualTo(JsonPath.read(first, "$.initialPassword"));
        assertThat(jdbc.queryForObject("select count(*) from audit_record where action = 'ACCOUNT_PASSWORD_RESET'"
                + " and detail = ?", Long.class, username)).isEqualTo(1);

        jdbc.update("update sec_account set must_change_password = false where username = ?", username);
        mvc.perform(creation.request().apply(key)).andExpect(status().isConflict());
        assertThat(creation.created().get()).isEqualTo(1);
    }

    // ---- the API --------------------------------------------------------------------------------------------

    Creation apiUnit() {
        String code = TestUsers.unique("r");
        return api("sysadmin", "/api/v1/units", """
                {"name":"重试局%s","code":"%s","kind":"CITY_UNIT","parentId":%d,"sortOrder":900}"""
                .formatted(code, code, unit("szf")), count("select count(*) from org_unit where code = ?", code));
    }

    Creation apiDepartment() {
        String name = TestUsers.unique("重试科");
        return api("czj.office", "/api/v1/departments", """
                {"unitId":%d,"name":"%s","sortOrder":900}""".formatted(unit("czj"), name),
                count("select count(*) from org_department where name = ?", name));
    }

    Creation apiPerson() {
        String name = TestUsers.unique("重试");
        return api("czj.office", "/api/v1/people", """
                {"unitId":%d,"name":"%s","position":"CLERK","sortOrder":900}""".formatted(unit("czj"), name),
                count("select count(*) from org_person where name = ?", name));
    }

    /** The same account, though each answer has its own initial password. */
    Creation apiAccount() {
        Person person = admin.newPerson("czj");
        String username = TestUsers.unique("czj.retry");
        Creation creation = api("czj.office", "/api/v1/accounts", """
                {"username":"%s","personId":%d,"unitAdmin":false}""".formatted(username, person.getId()),
                count("select count(*) from sec_account where person_id = ?", person.getId()));
        return new Creation(null, null, creation.request(), result -> List.of(result.getResponse().getStatus(),
                String.valueOf(result.getResponse().getHeader("Location")),
                JsonPath.read(body(result), "$.username")), creation.created());
    }

    Creation apiDraft() {
        String title = "关于" + TestUsers.unique("重试拟稿") + "的请示";
        return api("czj.d1.clerk1", "/api/v1/documents", """
                {"type":"REQUEST","title":"%s","classification":"UNCLASSIFIED","urgency":"NORMAL",
                 "mainRecipients":[%d],"issuerCode":"财预","bodyHtml":"<p>正文</p>"}""".formatted(title, unit("szfb")),
                count("select count(*) from doc_document where title = ?", title));
    }

    // ---- the console ----------------------------------------------------------------------------------------

    Creation unit() {
        String code = TestUsers.unique("r");
        return console("sysadmin", "/admin/org/units/new?parentId=" + unit("szf"), "/admin/org/units", key -> form(
                post("/admin/org/units"), key, "name", "重试局" + code, "shortName", "", "code", code,
                "kind", "CITY_UNIT", "parentId", String.valueOf(unit("szf")), "sortOrder", "900"),
                count("select count(*) from org_unit where code = ?", code));
    }

    Creation department() {
        String name = TestUsers.unique("重试科");
        return console("czj.office", "/admin/org/units/" + unit("czj") + "/departments/new", "/admin/org/departments",
                key -> form(post("/admin/org/departments"), key, "unitId", String.valueOf(unit("czj")), "name", name,
                        "sortOrder", "900"),
                count("select count(*) from org_department where name = ?", name));
    }

    Creation person() {
        String name = TestUsers.unique("重试");
        return console("czj.office", "/admin/org/units/" + unit("czj") + "/people/new", "/admin/org/people",
                key -> form(post("/admin/org/people"), key, "unitId", String.valueOf(unit("czj")), "departmentId", "",
                        "name", name, "position", "CLERK", "phone", "", "sortOrder", "900"),
                count("select count(*) from org_person where name = ?", name));
    }

    /** The page with the initial password: the same account, a new password each time. */
    Creation account() {
        Person person = admin.newPerson("czj");
        String username = TestUsers.unique("czj.retry");
        Creation creation = console("czj.office", "/admin/accounts/new?unitId=" + unit("czj"), "id=\"account-form\"",
                key -> form(post("/admin/accounts"), key, "unitId", String.valueOf(unit("czj")),
                        "personId", String.valueOf(person.getId()), "username", username, "_unitAdmin", "on"),
                count("select count(*) from sec_account where person_id = ?", person.getId()));
        return new Creation(creation.formPage(), creation.formMarker(), creation.request(),
                result -> List.of(result.getResponse().getStatus(), between(body(result),
                        "id=\"issued-username\">", "<")), creation.created());
    }

    Creation role() {
        String code = TestUsers.unique("R").toUpperCase();
        return console("secadmin", "/admin/security/roles/new", "id=\"role-form\"",
                key -> form(post("/admin/security/roles"), key, "code", code, "name", "重试" + code,
                        "_permissions", "on"),
                count("select count(*) from sec_role where code = ?", code));
    }

    Creation application() {
        String username = TestUsers.unique("czj.apply");
        long budget = directory.departments(unit("czj")).stream().filter(d -> d.name().equals("预算科")).findFirst()
                .orElseThrow().id();
        return console("czj.office", "/admin/applications", "id=\"application-form\"",
                key -> form(post("/admin/applications"), key, "unitId", String.valueOf(unit("czj")),
                        "departmentId", String.valueOf(budget), "applicantName", "申请人" + username,
                        "position", "CLERK", "phone", "0735-2345678", "reason", "新调入预算科",
                        "requestedUsername", username),
                count("select count(*) from sec_account_application where requested_username = ?", username));
    }

    Creation draft() {
        String title = "关于" + TestUsers.unique("重试拟稿") + "的请示";
        return console("czj.d1.clerk1", "/documents/new", "id=\"draft-form\"",
                key -> form(post("/documents/new"), key, "type", "REQUEST", "title", title,
                        "classification", "UNCLASSIFIED", "urgency", "NORMAL", "issuerCode", "财预",
                        "mainRecipients", String.valueOf(unit("szfb")), "bodyHtml", "<p>正文</p>"),
                count("select count(*) from doc_document where title = ?", title));
    }

    Creation paperIncoming() {
        String title = "关于" + TestUsers.unique("重试来文") + "的函";
        return console("czj.secretary", "/documents/incoming/new", "id=\"incoming-form\"",
                key -> form(multipart("/documents/incoming/new").file(new MockMultipartFile("scan", "来文.pdf",
                        "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8))), key, "type", "LETTER",
                        "title", title, "sourceUnitName", "市住建局", "classification", "UNCLASSIFIED",
                        "urgency", "NORMAL"),
                count("select count(*) from doc_document where title = ?", title));
    }

    Creation attachment() {
        long id = draftOfClerk().getId();
        return console("czj.d1.clerk1", "/documents/" + id, "id=\"attachment-form\"",
                key -> form(multipart("/documents/" + id + "/attachments").file(sheet("第一版")), key),
                count("select count(*) from doc_attachment where document_id = ?", id));
    }

    Creation attachmentVersion() {
        long id = draftOfClerk().getId();
        AttachmentVersion first = as.call("czj.d1.clerk1", () -> documentService.uploadAttachment(id, null,
                "预算表.xlsx", SHEET, new ByteArrayInputStream("第一版".getBytes(StandardCharsets.UTF_8))));
        String versions = "/documents/" + id + "/attachments/" + first.getAttachmentId() + "/versions";
        return console("czj.d1.clerk1", "/documents/" + id, versions,
                key -> form(multipart(versions).file(sheet("第二版")), key),
                count("select count(*) - 1 from doc_attachment_version where attachment_id = ?",
                        first.getAttachmentId()));
    }

    Creation phrase() {
        String text = TestUsers.unique("拟同意，请重试");
        return console("czj.d1.clerk1", "/documents/phrases", "id=\"phrase-add\"",
                key -> form(post("/documents/phrases"), key, "text", text, "sortOrder", "1"),
                count("select count(*) from doc_common_phrase where text = ?", text));
    }

    Creation numberReservation() {
        String reason = TestUsers.unique("纸质文件占号");
        return console("czj.office", "/documents/numbers", "id=\"reserve-form\"",
                key -> form(post("/documents/numbers"), key, "issuerCode", "财办", "reason", reason),
                count("select count(*) from doc_number_reservation where reason = ?", reason));
    }

    Creation delegation() {
        Team team = platform.newTeam();
        LocalDateTime start = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).plusHours(1);
        return console(team.chief(), "/todo/delegations", "action=\"/todo/delegations\"",
                key -> form(post("/todo/delegations"), key, "toUsername", team.clerk2(), "startsAt", start.toString(),
                        "endsAt", start.plusDays(1).toString(), "reason", "出差"),
                count("select count(*) from wf_delegation where from_username = ?", team.chief()));
    }

    Creation design() {
        String name = TestUsers.unique("重试设计");
        return console("sysadmin", "/admin/processes/new", "id=\"designer-form\"",
                key -> form(post("/admin/processes/new"), key, "name", name, "template", "outgoing",
                        "type", "MOTION", "unitId", String.valueOf(unit("czj")), "nodes[0].name", "审定",
                        "nodes[0].kind", "UNIT_HEAD", "op", "save"),
                count("select count(*) from wf_process_design where name = ?", name));
    }

    Creation designImport() throws Exception {
        String name = TestUsers.unique("重试导入");
        byte[] bpmn = new ClassPathResource("designer/external-outgoing.bpmn").getContentAsByteArray();
        return console("sysadmin", "/admin/processes/import", "id=\"import-form\"",
                key -> form(multipart("/admin/processes/import").file(new MockMultipartFile("file", "external.bpmn",
                        "text/xml", bpmn)), key, "name", name, "template", "outgoing", "type", "MOTION",
                        "unitId", String.valueOf(unit("szfb"))),
                count("select count(*) from wf_process_design where name = ?", name));
    }

    Creation seal() {
        String name = TestUsers.unique("重试专用章");
        return console("czj.office", "/admin/seals/new", "id=\"seal-form\"",
                key -> form(multipart("/admin/seals"), key, "unitId", String.valueOf(unit("czj")), "name", name,
                        "kind", "CONTRACT", "validFrom", LocalDate.now().toString(),
                        "validTo", LocalDate.now().plusYears(2).toString(), "custodians", "czj.secretary"),
                count("select count(*) from seal_seal where name = ?", name));
    }

    Creation archiving() {
        long id = archives().finished("重试归档").getId();
        return console("czj.secretary", "/archive/candidates", "id=\"archive-form\"",
                key -> form(post("/archive/candidates"), key, "source", "document:" + id,
                        "retention-document:" + id, "YEARS_10", "org-document:" + id, "BGS"),
                count("select count(*) from arc_item where source_kind = 'document' and source_id = ?", id));
    }

    Creation correction() {
        long item = archivedItem();
        return console("czj.secretary", "/archive/items/" + item, "id=\"correction-form\"",
                key -> form(post("/archive/items/" + item + "/corrections"), key, "field", "REMARKS",
                        "newValue", "重试更正", "reason", "原件备注有误"),
                count("select count(*) from arc_correction where item_id = ?", item));
    }

    Creation borrowing() {
        long item = archivedItem();
        return console("czj.d2.clerk2", "/archive/items/" + item, "id=\"borrow-form\"",
                key -> form(post("/archive/items/" + item + "/borrow"), key, "reason", "查阅", "days", "3"),
                count("select count(*) from arc_borrowing where item_id = ?", item));
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /** A console form: its page as the user, and the post as the user with the CSRF token. */
    private Creation console(String username, String page, String marker,
                             Function<String, MockHttpServletRequestBuilder> request, Count created) {
        return new Creation(get(page).with(users.as(username)), marker,
                key -> request.apply(key).with(users.as(username)).with(csrf()), RetriedCreatingRequestsTest::page,
                created);
    }

    /** An API call as the user (their console session), with the key as {@code Idempotency-Key}. */
    private Creation api(String username, String path, String json, Count created) {
        return new Creation(null, null, key -> post(path).header("Idempotency-Key", key).with(users.as(username))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json),
                result -> List.of(result.getResponse().getStatus(),
                        String.valueOf(result.getResponse().getHeader("Location")), body(result)), created);
    }

    /** What a console post answers: where it sends the browser and with which message, or the page it shows. */
    private static Object page(MvcResult result) throws Exception {
        return List.of(result.getResponse().getStatus(), String.valueOf(result.getResponse().getRedirectedUrl()),
                Map.copyOf(result.getFlashMap()));
    }

    private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String key,
                                                      String... fields) {
        request.param("requestKey", key);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    /** The key in the form after the marker on the form's page, as the browser would post it. */
    private String keyOfForm(Creation creation) throws Exception {
        String page = body(mvc.perform(creation.formPage()).andExpect(status().isOk()).andReturn());
        int form = page.indexOf(creation.formMarker());
        assertThat(form).as("the page has the form %s", creation.formMarker()).isNotNegative();
        Matcher key = FORM_KEY.matcher(page);
        assertThat(key.find(form)).as("the form %s carries a key", creation.formMarker()).isTrue();
        return key.group(1);
    }

    /** Changes the security settings as the security administrator does. */
    private static void asSecurityAdministrator(Runnable change) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secadmin", null, "SETTINGS_MANAGE"));
        try {
            change.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Count count(String sql, Object... arguments) {
        return () -> jdbc.queryForObject(sql, Long.class, arguments);
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().id();
    }

    private OfficialDocument draftOfClerk() {
        return new DocumentFixtures(documentService, directory, userDetails).draft("czj.d1.clerk1", Urgency.NORMAL,
                "重试附件");
    }

    private ArchiveFixtures archives() {
        return new ArchiveFixtures(documentService, directory, userDetails, workflow);
    }

    private long archivedItem() {
        long document = archives().finished("重试档案").getId();
        List<ArchiveItem> items = as.call("czj.secretary", () -> archiving.archive(List.of(
                ArchiveFixtures.request(document, Retention.YEARS_10, "BGS"))));
        return items.get(0).getId();
    }

    private static MockMultipartFile sheet(String content) {
        return new MockMultipartFile("file", "预算表.xlsx", SHEET, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
