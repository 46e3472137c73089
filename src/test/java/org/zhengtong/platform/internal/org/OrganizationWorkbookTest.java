package org.zhengtong.platform.internal.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.platform.internal.security.SystemActor;

/** Export and import of the whole organization as an Excel workbook. */
@IntegrationTest
class OrganizationWorkbookTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    OrganizationService organization;

    @Autowired
    OrganizationDirectory directory;

    @Test
    void exportHasTheThreeSheetsOfTheWholeOrganization() throws Exception {
        byte[] exported = export();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            assertThat(cells(book.getSheet("单位").getRow(0))).isEqualTo(WorkbookFormat.UNIT_COLUMNS);
            assertThat(cells(book.getSheet("科室").getRow(0))).isEqualTo(WorkbookFormat.DEPARTMENT_COLUMNS);
            assertThat(cells(book.getSheet("人员").getRow(0))).isEqualTo(WorkbookFormat.PERSON_COLUMNS);
            assertThat(rows(book.getSheet("单位")))
                    .contains(List.of("czj", "市财政局", "市财政局", "市直单位", "szf",
                            String.valueOf(unit("czj").getSortOrder()), "是"));
            // the city government comes first: parents are always above their children
            assertThat(rows(book.getSheet("单位")).get(0).get(0)).isEqualTo("szf");
            Long czj = unit("czj").getId();
            OrganizationDirectory.DepartmentRow budget = SystemActor.call(() -> directory.overview(czj)).departments()
                    .stream().filter(d -> d.name().equals("预算科")).findFirst().orElseThrow();
            assertThat(rows(book.getSheet("科室"))).anyMatch(row -> row.get(0).equals("czj")
                    && row.get(1).equals("预算科") && row.get(3).startsWith(budget.headName())
                    && row.get(4).startsWith(budget.leaderName()));
            assertThat(book.getSheet("人员").getLastRowNum()).isGreaterThan(200);
        }
    }

    @Test
    void anExportImportedUnchangedSucceedsAndChangesNothing() throws Exception {
        // the awkward cases: two people of one name, one of them a head, and a leader since moved to another unit
        SystemActor.call(() -> {
            Unit unit = organization.createUnit(new UnitForm(TestUsers.unique("市同名局"), null, TestUsers.unique("x"),
                    UnitKind.CITY_UNIT, unit("szf").getId(), 950));
            Department department = organization.createDepartment(new DepartmentForm(unit.getId(), "综合科", 1, null, null));
            String name = TestUsers.unique("同名");
            Person first = organization.createPerson(new PersonForm(unit.getId(), department.getId(), name,
                    Position.SECTION_CHIEF, "0735-7654321", "a@example.gov.cn", 1));
            organization.createPerson(new PersonForm(unit.getId(), null, name, Position.CLERK, null, null, 2));
            Person leader = organization.createPerson(new PersonForm(unit.getId(), null, TestUsers.unique("分管"),
                    Position.LEADER_IN_CHARGE, null, null, 3));
            organization.updateDepartment(department.getId(),
                    new DepartmentForm(unit.getId(), "综合科", 1, first.getId(), leader.getId()));
            // disabled, like every unit these tests leave behind, so it is no gap in the missing-accounts report
            organization.setUnitEnabled(unit.getId(), false);
            return organization.updatePerson(leader.getId(), new PersonForm(unit("czj").getId(), null,
                    leader.getName(), Position.LEADER_IN_CHARGE, null, null, 3));
        });
        byte[] exported = export();
        Map<String, Long> before = versions();
        upload(exported)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/org"))
                .andExpect(flash().attribute("flashMessage",
                        "导入完成：新建单位 0 个、更新 0 个；新建科室 0 个、更新 0 个；新建人员 0 名、更新 0 名。"));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void importCreatesUnitsDepartmentsAndPeopleAndUpdatesByKey() throws Exception {
        String code = TestUsers.unique("x");
        String unitName = TestUsers.unique("市导入局");
        String head = TestUsers.unique("科长");
        String leader = TestUsers.unique("分管");
        Person existing = SystemActor.call(() -> organization.createPerson(new PersonForm(unit("czj").getId(), null,
                TestUsers.unique("老员工"), Position.CLERK, null, null, 99)));
        byte[] book = workbook(
                List.of(List.of(code, unitName, "", "市直单位", "szf", 900, "否")),
                List.of(List.of(code, "综合科", 1, head, leader)),
                List.of(List.of("", code, "综合科", head, "科长", "0735-1111111", "", 1, "是"),
                        List.of("", code, "", leader, "LEADER_IN_CHARGE", "", "lead@example.gov.cn", 2, "是"),
                        // an existing person, matched by id: moved into the new unit and disabled
                        List.of(existing.getId(), code, "综合科", existing.getName(), "科员", "", "", 3, "否")));

        upload(book)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashMessage",
                        "导入完成：新建单位 1 个、更新 0 个；新建科室 1 个、更新 0 个；新建人员 2 名、更新 1 名。"));

        Unit created = unit(code);
        assertThat(created.getName()).isEqualTo(unitName);
        assertThat(created.isEnabled()).isFalse();
        OrganizationDirectory.UnitOverview overview = SystemActor.call(() -> directory.overview(created.getId()));
        assertThat(overview.unit().parentId()).isEqualTo(unit("szf").getId());
        assertThat(overview.departments()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("综合科");
            assertThat(d.headName()).isEqualTo(head);
            assertThat(d.leaderName()).isEqualTo(leader);
        });
        assertThat(overview.people()).extracting(OrganizationDirectory.PersonRow::name)
                .containsExactly(head, leader, existing.getName());
        Person moved = organization.person(existing.getId());
        assertThat(moved.isEnabled()).isFalse();
        assertThat(overview.people().get(2).departmentName()).isEqualTo("综合科");
    }

    @Test
    void oneBadRowAmongGoodOnesImportsNothingAndReportsTheRow() throws Exception {
        String good1 = TestUsers.unique("x");
        String good2 = TestUsers.unique("x");
        byte[] book = workbook(
                List.of(List.of(good1, TestUsers.unique("市好单位"), "", "市直单位", "szf", 1, "是"),
                        List.of(good2, TestUsers.unique("市好单位"), "", "市直单位", good1, 2, "是")),
                List.of(List.of(good1, "综合科", 1, "", "")),
                List.of(List.of("", good1, "综合科", TestUsers.unique("好人"), "科员", "0735-1234567", "", 1, "是"),
                        List.of("", good2, "", TestUsers.unique("坏人"), "科员", "call me maybe", "", 2, "是")));
        Map<String, Long> before = versions();

        String page = upload(book)
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("导入失败，未导入任何数据", "id=\"import-errors\"", "<td>人员</td>", "<td>3</td>",
                "<td>电话</td>", "电话号码格式不正确");
        assertThat(organization.allUnits()).noneMatch(u -> u.getCode().equals(good1) || u.getCode().equals(good2));
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void everyBadRowIsReportedWithSheetRowAndColumn() throws Exception {
        String code = TestUsers.unique("x");
        byte[] book = workbook(
                List.of(List.of(code, TestUsers.unique("市单位"), "", "市直单位", "szf", "十", "是"),
                        List.of(code, TestUsers.unique("市单位"), "", "省直单位", "nowhere", 1, "也许"),
                        List.of("bad code!", "", "", "市直单位", "", 1, "是")),
                List.of(List.of("czj", "预算科", 1, "查无此人", ""),
                        List.of("czj", "预算科", 2, "", "")),
                List.of(List.of("999999999", "czj", "不存在科", "某人", "局长", "", "not-an-email", 1, "是"),
                        List.of("", "czj", "", "名".repeat(51), "科员", "", "", 1, "是")));

        String page = upload(book)
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(
                "“十”不是整数",
                "单位代码“" + code + "”与第 2 行重复",
                "单位类型“省直单位”无效",
                "“也许”无效，请填写“是”或“否”",
                "单位代码只能包含字母、数字、下划线和连字符",
                "此项为必填项",
                "单位“czj”中没有人员“查无此人”",
                "科室“预算科”与第 2 行重复",
                "人员编号“999999999”不存在",
                "单位“czj”中没有科室“不存在科”",
                "职务“局长”无效",
                "电子邮箱格式不正确",
                "长度超出限制（最多 50 个字符）");
    }

    @Test
    void aCycleInTheUnitTreeIsRefused() throws Exception {
        String a = TestUsers.unique("x");
        String b = TestUsers.unique("x");
        Unit bhq = unit("bhq");
        byte[] book = workbook(
                List.of(List.of(a, TestUsers.unique("市甲"), "", "市直单位", b, 1, "是"),
                        List.of(b, TestUsers.unique("市乙"), "", "市直单位", a, 2, "是"),
                        List.of("bhq", bhq.getName(), bhq.getShortName(), "区政府", "bhczj", bhq.getSortOrder(), "是")),
                List.of(), List.of());

        upload(book)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("上级单位“" + b + "”是单位“" + a + "”本身或其下级单位")))
                .andExpect(content().string(containsString("上级单位“bhczj”是单位“bhq”本身或其下级单位")));
        assertThat(SystemActor.call(() -> directory.overview(bhq.getId())).unit().parentId())
                .isEqualTo(unit("szf").getId());
    }

    @Test
    void aRuleBrokenWhileApplyingRollsEverythingBack() throws Exception {
        // two units swapping names pass the row checks, but the first rename meets the other's current name
        Long szf = unit("szf").getId();
        String nameA = TestUsers.unique("市甲局");
        String nameB = TestUsers.unique("市乙局");
        Unit a = SystemActor.call(() -> organization.createUnit(
                new UnitForm(nameA, null, TestUsers.unique("x"), UnitKind.CITY_UNIT, szf, 1)));
        Unit b = SystemActor.call(() -> organization.createUnit(
                new UnitForm(nameB, null, TestUsers.unique("x"), UnitKind.CITY_UNIT, szf, 2)));
        SystemActor.call(() -> {
            organization.setUnitEnabled(a.getId(), false);
            organization.setUnitEnabled(b.getId(), false);
            return null;
        });
        String newcomer = TestUsers.unique("x");
        byte[] book = workbook(
                List.of(List.of(newcomer, TestUsers.unique("市新局"), "", "市直单位", "szf", 0, "是"),
                        List.of(a.getCode(), nameB, "", "市直单位", "szf", 1, "否"),
                        List.of(b.getCode(), nameA, "", "市直单位", "szf", 2, "否")),
                List.of(), List.of());

        upload(book)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("单位名称“" + nameB + "”已存在")));
        assertThat(organization.unit(a.getId()).getName()).isEqualTo(nameA);
        assertThat(organization.unit(b.getId()).getName()).isEqualTo(nameB);
        assertThat(organization.allUnits()).noneMatch(u -> u.getCode().equals(newcomer));
    }

    @Test
    void filesThatAreNoUsableWorkbookAreRefused() throws Exception {
        upload("just some text".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("该文件不是 Excel（.xlsx）文件")));
        upload(new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("文件已损坏或无法读取")));
        mvc.perform(multipart("/admin/org/import").file(new MockMultipartFile("file", "empty.xlsx", XLSX, new byte[0]))
                        .with(users.as("sysadmin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择要导入的 Excel 文件")));

        try (XSSFWorkbook onlyUnits = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            onlyUnits.createSheet("单位").createRow(0).createCell(0).setCellValue("单位代码");
            onlyUnits.write(out);
            upload(out.toByteArray())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("工作表“单位”的第一行表头不正确")));
        }
    }

    @Test
    void aSheetWithTooManyRowsIsRefused() throws Exception {
        // the count stops the reading, so the rows need no more than one cell each
        List<List<Object>> people = new ArrayList<>();
        for (int i = 0; i <= OrganizationWorkbook.MAX_ROWS; i++) {
            people.add(List.of(""));
        }
        int before = organization.peopleOf(unit("czj").getId()).size();
        upload(workbook(List.of(), List.of(), people))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("工作表“人员”超过 20000 行")));
        assertThat(organization.peopleOf(unit("czj").getId())).hasSize(before);
    }

    @Test
    void onlyTheSystemAdministratorExportsAndImports() throws Exception {
        byte[] book = workbook(List.of(), List.of(), List.of());
        for (String user : List.of("czj.office", "czj.d1.clerk1")) {
            mvc.perform(get("/admin/org/export").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/admin/org/import").file(new MockMultipartFile("file", "org.xlsx", XLSX, book))
                            .with(users.as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/org/import").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private byte[] export() throws Exception {
        return mvc.perform(get("/admin/org/export").with(users.as("sysadmin")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private ResultActions upload(byte[] content) throws Exception {
        return mvc.perform(multipart("/admin/org/import").file(new MockMultipartFile("file", "org.xlsx", XLSX, content))
                .with(users.as("sysadmin")).with(csrf()));
    }

    private static byte[] workbook(List<List<Object>> units, List<List<Object>> departments,
                                   List<List<Object>> people) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(book, WorkbookFormat.UNITS, WorkbookFormat.UNIT_COLUMNS, units);
            sheet(book, WorkbookFormat.DEPARTMENTS, WorkbookFormat.DEPARTMENT_COLUMNS, departments);
            sheet(book, WorkbookFormat.PEOPLE, WorkbookFormat.PERSON_COLUMNS, people);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void sheet(XSSFWorkbook book, String name, List<String> header, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        List<List<Object>> all = new ArrayList<>();
        all.add(List.copyOf(header));
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < all.get(r).size(); c++) {
                Object value = all.get(r).get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue(value.toString());
                }
            }
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(formatter.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(cells(sheet.getRow(r)));
        }
        return rows;
    }

    /** Every unit, department and person by id with its version: equal maps mean nothing was written. */
    private Map<String, Long> versions() {
        Map<String, Long> versions = new HashMap<>();
        for (Unit unit : organization.allUnits()) {
            versions.put("unit " + unit.getId(), unit.getVersion());
            organization.departmentsOf(unit.getId()).forEach(d -> versions.put("department " + d.getId(), d.getVersion()));
            organization.peopleOf(unit.getId()).forEach(p -> versions.put("person " + p.getId(), p.getVersion()));
        }
        return versions;
    }

    private Unit unit(String code) {
        return organization.allUnits().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }
}
