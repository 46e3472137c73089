package org.zhengtong.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.zhengtong.personnel.PersonnelTestKit.OFFICE;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;

/**
 * Excel import: one bad row (an unknown department, a wrong check digit, a date that is none, a birth date the ID
 * number contradicts, a phone that is not one) refuses the whole workbook with a report row by row, and nothing is
 * saved; a good workbook saves every row with its history; a file that is no workbook is refused in Chinese.
 */
@IntegrationTest
class PersonnelImportTest {

    static final List<String> HEADER = List.of("账号", "部门", "姓名", "性别", "民族", "出生日期", "身份证号", "政治面貌",
            "职称", "职务", "学历", "毕业院校", "联系电话", "工资（元/月）", "工作经历", "备注");

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aWorkbookWithBadRowsIsRefusedRowByRowAndNothingIsSaved() throws Exception {
        String good = PersonnelTestKit.idNumber(LocalDate.of(1990, 5, 6), true);
        String bad = PersonnelTestKit.wrongCheck(PersonnelTestKit.idNumber(LocalDate.of(1991, 1, 2), true));
        String other = PersonnelTestKit.idNumber(LocalDate.of(1992, 3, 4), false);
        String fourth = PersonnelTestKit.idNumber(LocalDate.of(1993, 3, 4), false);
        String fifth = PersonnelTestKit.idNumber(LocalDate.of(1994, 3, 4), true);
        byte[] workbook = workbook(List.of(
                row("", "预算科", TestUsers.unique("导入甲"), "男", "汉族", "1990-05-06", good, "中共党员", "会计师", "科员",
                        "大学本科", "湖南大学", "13973501234", "6500", "2012-07~ 市财政局 科员", ""),
                row("", "预算科", TestUsers.unique("导入乙"), "男", "汉族", "", bad, "群众", "", "", "", "", "", "", "", ""),
                row("", "宣传科", TestUsers.unique("导入丙"), "女", "汉族", "", other, "", "", "", "", "", "", "", "", ""),
                row("", "国库科", TestUsers.unique("导入丁"), "女", "汉族", "1993-02-31", fourth, "", "", "", "", "", "", "",
                        "", ""),
                row("", "国库科", TestUsers.unique("导入戊"), "男", "汉族", "1994-03-05", fifth, "", "", "", "", "",
                        "12345", "", "", "")));
        long before = PersonnelTestKit.count(jdbc);

        mvc.perform(multipart("/api/v1/personnel/records/import")
                        .file(new MockMultipartFile("file", "人事.xlsx", "application/octet-stream", workbook))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.problems.length()").value(4))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.containsString("校验码")))
                .andExpect(jsonPath("$.problems[1].row").value(4))
                .andExpect(jsonPath("$.problems[1].message").value("本单位没有部门“宣传科”。"))
                .andExpect(jsonPath("$.problems[2].row").value(5))
                .andExpect(jsonPath("$.problems[2].message").value("日期“1993-02-31”不正确，应写作 2026-01-31。"))
                .andExpect(jsonPath("$.problems[3].row").value(6))
                .andExpect(jsonPath("$.problems[3].message").value(org.hamcrest.Matchers.containsString("出生日期与身份证号不一致")));
        String page = mvc.perform(multipart("/personnel/import")
                        .file(new MockMultipartFile("file", "人事.xlsx", "application/octet-stream", workbook))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("表格中有 4 处问题，没有导入任何记录", "本单位没有部门“宣传科”。", "id=\"import-report\"");
        assertThat(PersonnelTestKit.count(jdbc)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from personnel_record where id_number = ?", Long.class, good))
                .isZero();
    }

    @Test
    void aGoodWorkbookSavesEveryRowWithItsHistory() throws Exception {
        String first = PersonnelTestKit.idNumber(LocalDate.of(1985, 12, 1), true);
        String second = PersonnelTestKit.idNumber(LocalDate.of(1987, 6, 30), false);
        String name = TestUsers.unique("导入己");
        byte[] workbook = workbook(List.of(
                row("", "预算科", name, "", "汉族", "", first, "中共党员", "会计师", "科员", "硕士研究生", "湘潭大学",
                        "0735-2212345", "7200.5", "2010-07~2015-06 北湖区财政局 科员；2015-07~ 市财政局 科员", "备注"),
                row("", "资产管理科", TestUsers.unique("导入庚"), "女", "瑶族", "1987/6/30", second, "群众", "", "", "", "",
                        "", "", "", "")));
        mvc.perform(multipart("/personnel/import")
                        .file(new MockMultipartFile("file", "人事.xlsx", "application/octet-stream", workbook))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Long id = jdbc.queryForObject("select id from personnel_record where id_number = ?", Long.class, first);
        mvc.perform(get("/api/v1/personnel/records/{id}", id).with(users.as(OFFICE)))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.sex").value("MALE"))
                .andExpect(jsonPath("$.birthDate").value("1985-12-01"))
                .andExpect(jsonPath("$.education").value("MASTER"))
                .andExpect(jsonPath("$.phone").value("0735-2212345"))
                .andExpect(jsonPath("$.salary").value(7200.5))
                .andExpect(jsonPath("$.workHistory.length()").value(2))
                .andExpect(jsonPath("$.workHistory[1].to").value(org.hamcrest.Matchers.nullValue()));
        assertThat(jdbc.queryForObject("select count(*) from personnel_record where id_number = ?", Long.class,
                second)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from personnel_change where record_id = ?", Long.class, id))
                .isGreaterThan(5);
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedInChinese() throws Exception {
        mvc.perform(multipart("/api/v1/personnel/records/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "不是表格".getBytes()))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("无法读取该文件，请上传 Excel（.xlsx）文件。"));
        byte[] unknownColumn = workbook(List.of(), List.of("部门", "姓名", "身份证号", "籍贯"));
        mvc.perform(multipart("/api/v1/personnel/records/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", unknownColumn))
                        .with(users.as(OFFICE)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("不认识的列“籍贯”。"));
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        return workbook(rows, HEADER);
    }

    static byte[] workbook(List<List<String>> rows, List<String> header) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("人事信息");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
