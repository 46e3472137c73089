package org.zhengtong.asset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * 市住建局's asset clerk registers cards (no second card for a serial number, even when two arrive at once), imports
 * a sheet (one bad row: nothing imported), asks for changes that run through approval (a disposal above the limit
 * goes to 市财政局 too; a lent-out asset cannot be disposed of; a pending change blocks a second), prints a label
 * whose QR code a stock-take reads back from a photo; another unit and direct edits of locked fields are refused,
 * and 市财政局's asset office sees the city.
 */
@IntegrationTest
class AssetJourneyTest {

    static final String CLERK = "zjj.clerk";
    static final String HEAD = "zjj.head";
    static final String FINANCE = "czj.d3.chief";
    static final String OTHER_MANAGER = "czj.office";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Workflow workflow;
    @Autowired JdbcTemplate jdbc;

    @Test
    void registrationRefusesUnknownCodesAndDuplicatesAndAsksAboutTheSameThing() throws Exception {
        String serial = TestUsers.unique("SN");
        long id = register(card("A02010105", TestUsers.unique("台式计算机"), serial, "5200.00"), false)
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(
                        org.hamcrest.Matchers.startsWith("ZJJ" + LocalDate.now().getYear() + "-A02010105-")))
                .andReturn().getResponse().getContentAsString().transform(body -> ((Number) JsonPath.read(body, "$.id")).longValue());
        register(card("Z99999999", "未知", null, "1.00"), false).andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("Z99999999", "不存在"));
        register(card("A02000000", "设备", null, "1.00"), false).andExpect(status().isBadRequest());
        register(card("A02010105", "另一台", serial, "1.00"), false).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(serial, "已登记"));
        register(card("A02010105", "负值", null, "-1.00"), false).andExpect(status().isBadRequest());
        String name = TestUsers.unique("会议平板");
        register(card("A02020700", name, null, "9000.00"), false).andExpect(status().isCreated());
        register(card("A02020700", name, null, "9000.00"), false).andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("确认"));
        register(card("A02020700", name, null, "9000.00"), true).andExpect(status().isCreated());
        assertThat(id).isPositive();
    }

    @Test
    void ofTwoRegistrationsOfOneSerialNumberAtOnceOneIsRefused() throws Exception {
        String serial = TestUsers.unique("SNC");
        List<Integer> outcomes = together(List.of(
                () -> register(card("A02010105", TestUsers.unique("甲"), serial, "100.00"), false).andReturn().getResponse().getStatus(),
                () -> register(card("A02010105", TestUsers.unique("乙"), serial, "100.00"), false).andReturn().getResponse().getStatus()));
        assertThat(outcomes).containsExactlyInAnyOrder(201, 409);
        assertThat(jdbc.queryForObject("select count(*) from asset_card where serial_number = ?", Long.class, serial))
                .isEqualTo(1);
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndThenEveryRow() throws Exception {
        String prefix = TestUsers.unique("PC");
        byte[] bad = sheet(prefix, true);
        mvc.perform(multipart("/api/v1/assets/import").file(new MockMultipartFile("file", "a.xlsx", null, bad))
                        .with(users.as(CLERK)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.imported").value(false))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("\"row\":4", "不存在"));
        assertThat(jdbc.queryForObject("select count(*) from asset_card where serial_number like ?", Long.class,
                prefix + "%")).isZero();
        mvc.perform(multipart("/api/v1/assets/import").file(new MockMultipartFile("file", "a.xlsx", null,
                        sheet(prefix, false))).with(users.as(CLERK)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.ids.length()").value(3));
        mvc.perform(get("/asset/import/template.xlsx").with(users.as(CLERK))).andExpect(status().isOk());
    }

    @Test
    void aScrappingRunsThroughApprovalAndADisposalAboveTheLimitThroughTheFinanceBureau() throws Exception {
        long cheap = id(register(card("A02010105", TestUsers.unique("旧电脑"), TestUsers.unique("SN"), "4000.00"), false));
        long change = id(requestChange(cheap, "{\"kind\": \"SCRAP\", \"reason\": \"已超使用年限\"}").andExpect(status().isCreated()));
        requestChange(cheap, "{\"kind\": \"SCRAP\", \"reason\": \"再报一次\"}").andExpect(status().isConflict());
        send(HEAD, change);
        assertThat(jdbc.queryForObject("select status from asset_card where id = ?", String.class, cheap)).isEqualTo("IN_USE");
        send(CLERK, change);
        mvc.perform(get("/api/v1/assets/{id}", cheap).with(users.as(CLERK)))
                .andExpect(jsonPath("$.status").value("SCRAPPED")).andExpect(jsonPath("$.pendingChangeId").isEmpty());
        mvc.perform(get("/api/v1/assets/{id}/changes", cheap).with(users.as(CLERK)))
                .andExpect(jsonPath("$[0].status").value("APPROVED")).andExpect(jsonPath("$[0].financeApproval").value(false));

        long dear = id(register(card("A02030000", TestUsers.unique("越野车"), TestUsers.unique("VIN"), "600000.00"), false));
        long disposal = id(requestChange(dear, "{\"kind\": \"DISPOSE\", \"reason\": \"拍卖处置\", \"counterparty\": \"市公共资源交易中心\"}"));
        send(HEAD, disposal);
        assertThat(workflow.todo(CLERK).stream().noneMatch(t -> t.businessKey().equals("asset:" + disposal))).isTrue();
        send(FINANCE, disposal);
        send(CLERK, disposal);
        assertThat(jdbc.queryForObject("select status from asset_card where id = ?", String.class, dear)).isEqualTo("DISPOSED");
        String page = mvc.perform(get("/asset/changes/{id}", disposal).with(users.as(FINANCE))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("财政审批", "已变更");
    }

    @Test
    void aLentAssetCannotBeDisposedOfAndTwoRequestsAtOnceGiveOneChange() throws Exception {
        long asset = id(register(card("A02010108", TestUsers.unique("笔记本"), TestUsers.unique("SN"), "6000.00"), false));
        List<Integer> outcomes = together(List.of(
                () -> requestChange(asset, "{\"kind\": \"LEND\", \"reason\": \"借给市城管局\", \"counterparty\": \"市城管局\"}").andReturn().getResponse().getStatus(),
                () -> requestChange(asset, "{\"kind\": \"LEND\", \"reason\": \"借给市城管局\", \"counterparty\": \"市城管局\"}").andReturn().getResponse().getStatus()));
        assertThat(outcomes).containsExactlyInAnyOrder(201, 409);
        long lend = jdbc.queryForObject("select pending_change_id from asset_card where id = ?", Long.class, asset);
        send(HEAD, lend);
        send(CLERK, lend);
        requestChange(asset, "{\"kind\": \"DISPOSE\", \"reason\": \"处置\"}").andExpect(status().isConflict())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("出租出借"));
    }

    @Test
    void anotherUnitAndDirectEditsOfLockedFieldsAreRefused() throws Exception {
        long asset = id(register(card("A05010502", TestUsers.unique("文件柜"), null, "1300.00"), false));
        mvc.perform(get("/api/v1/assets/{id}", asset).with(users.as("czj.d1.clerk1"))).andExpect(status().isForbidden());
        requestChangeAs(OTHER_MANAGER, asset, "{\"kind\": \"SCRAP\", \"reason\": \"x\"}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assets/{id}", 987654321L).with(users.as(CLERK))).andExpect(status().isNotFound());
        mvc.perform(patch("/api/v1/assets/{id}", asset).with(users.as(CLERK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"5楼\", \"status\": \"DISPOSED\", \"custodian\": \"zjj.head\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("custodian", "status"));
        mvc.perform(post("/asset/cards/{id}/describe", asset).with(users.as(CLERK)).with(csrf())
                .param("place", "5楼").param("originalValue", "1")).andExpect(status().isBadRequest());
        mvc.perform(patch("/api/v1/assets/{id}", asset).with(users.as(CLERK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"5楼502\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.place").value("5楼502"))
                .andExpect(jsonPath("$.originalValue").value(1300.00));
        mvc.perform(patch("/api/v1/assets/{id}", asset).with(users.as("zjj.d1.clerk1")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"x\"}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assets/reports/city").with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assets/reports/city").with(users.as(FINANCE))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("市审计局", "市住房和城乡建设局"));
        mvc.perform(get("/api/v1/assets").param("unit", String.valueOf(jdbc.queryForObject(
                "select unit_id from asset_card where id = ?", Long.class, asset))).with(users.as(FINANCE)))
                .andExpect(status().isOk());
    }

    @Test
    void aPrintedLabelIsReadBackFromAPhotoAtTheStockTake() throws Exception {
        long asset = id(register(card("A02010105", TestUsers.unique("盘点电脑"), TestUsers.unique("SN"), "5000.00"), false));
        String number = JsonPath.read(mvc.perform(get("/api/v1/assets/{id}", asset).with(users.as(CLERK)))
                .andReturn().getResponse().getContentAsString(), "$.number");
        byte[] pdf = mvc.perform(get("/asset/cards/{id}/label.pdf", asset).with(users.as(CLERK))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/asset/cards/{id}/label.pdf", asset).with(users.as(OTHER_MANAGER))).andExpect(status().isForbidden());
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        ByteArrayOutputStream photo = new ByteArrayOutputStream();
        ImageIO.write(page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 8), "png", photo);

        String location = mvc.perform(post("/asset/stocktakes").with(users.as(CLERK)).with(csrf())
                .param("title", TestUsers.unique("年终盘点"))).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(multipart(location + "/scans").file(new MockMultipartFile("photo", "label.png", "image/png",
                photo.toByteArray())).with(users.as(CLERK)).with(csrf())).andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(String.valueOf(r.getFlashMap().get("flashMessage"))).contains(number));
        mvc.perform(post(location + "/scans").with(users.as(CLERK)).with(csrf()).param("code", "ZJJ2000-X-99999"))
                .andExpect(status().is3xxRedirection());
        String result = mvc.perform(get(location).with(users.as(CLERK))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(result).contains("ZJJ2000-X-99999");
        assertThat(result.substring(result.indexOf("id=\"found\""))).contains(number);
        mvc.perform(multipart(location + "/scans").file(new MockMultipartFile("photo", "x.png", "image/png",
                new byte[] {1, 2, 3})).with(users.as(CLERK)).with(csrf())).andExpect(status().isBadRequest());
    }

    @Test
    void aStockTakeRegistersAFoundItemThroughApprovalAndReportsAMissingOneAsLost() throws Exception {
        long missing = id(register(card("A02021000", TestUsers.unique("打印机"), TestUsers.unique("SN"), "1900.00"), false));
        String location = mvc.perform(post("/asset/stocktakes").with(users.as(CLERK)).with(csrf())
                .param("title", TestUsers.unique("季度盘点"))).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(users.as(CLERK))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"surplus-form\"");
        assertThat(page.substring(page.indexOf("id=\"missing\""), page.indexOf("id=\"surplus\"")))
                .contains(jdbc.queryForObject("select asset_number from asset_card where id = ?", String.class, missing));

        String name = TestUsers.unique("电子白板");
        mvc.perform(surplus(location, name, "").with(users.as(CLERK))).andExpect(status().isBadRequest());
        mvc.perform(surplus(location, name, "4000").with(users.as(OTHER_MANAGER))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from asset_card where name = ?", Long.class, name)).isZero();
        String key = TestUsers.unique("surplus");
        String changePage = mvc.perform(surplus(location, name, "4000").param("requestKey", key).with(users.as(CLERK)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(surplus(location, name, "4000").param("requestKey", key).with(users.as(CLERK)))
                .andExpect(status().is3xxRedirection()).andExpect(r -> assertThat(r.getResponse().getRedirectedUrl())
                        .isEqualTo(changePage));
        assertThat(jdbc.queryForList("select status, acquisition from asset_card where name = ?", name))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("status")).isEqualTo("UNCONFIRMED");
                    assertThat(row.get("acquisition")).isEqualTo("SURPLUS");
                });
        long surplusChange = Long.parseLong(changePage.substring(changePage.lastIndexOf('/') + 1));
        send(HEAD, surplusChange);
        send(CLERK, surplusChange);
        assertThat(jdbc.queryForObject("select status from asset_card where name = ?", String.class, name))
                .isEqualTo("IN_USE");

        String lossPage = mvc.perform(post(location + "/missing/" + missing).with(users.as(CLERK)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long loss = Long.parseLong(lossPage.substring(lossPage.lastIndexOf('/') + 1));
        mvc.perform(get("/api/v1/assets/changes/{id}", loss).with(users.as(CLERK)))
                .andExpect(jsonPath("$.kind").value("LOSS")).andExpect(jsonPath("$.reason").value(
                        org.hamcrest.Matchers.endsWith("盘亏")));
        send(HEAD, loss);
        send(CLERK, loss);
        assertThat(jdbc.queryForObject("select status from asset_card where id = ?", String.class, missing))
                .isEqualTo("LOST");
    }

    @Test
    void labelsThroughTheApiOnlyForTheUnitsOwnAssets() throws Exception {
        long first = id(register(card("A02010105", TestUsers.unique("标签电脑"), TestUsers.unique("SN"), "5000.00"), false));
        long second = id(register(card("A02010108", TestUsers.unique("标签笔记本"), TestUsers.unique("SN"), "6000.00"), false));
        String one = pdfText(mvc.perform(get("/api/v1/assets/{id}/label", first).with(users.as(CLERK)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray());
        assertThat(one).contains(number(first)).doesNotContain(number(second));
        String both = pdfText(mvc.perform(get("/api/v1/assets/labels").param("id", String.valueOf(first))
                        .param("id", String.valueOf(second)).with(users.as(CLERK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(both).contains(number(first), number(second));

        long financeBureaus = jdbc.queryForObject("select min(id) from asset_card where name = '服务器'", Long.class);
        mvc.perform(get("/api/v1/assets/labels").param("id", String.valueOf(first))
                .param("id", String.valueOf(financeBureaus)).with(users.as(CLERK))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assets/{id}/label", financeBureaus).with(users.as(CLERK)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assets/{id}/label", first).with(users.as("zjj.d1.clerk1")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/assets/labels").with(users.as(CLERK))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/assets").with(users.as(CLERK))).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber()).andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].number").isString());
    }

    @Test
    void everyPageAnswers() throws Exception {
        long asset = id(register(card("A02010105", TestUsers.unique("页面电脑"), TestUsers.unique("SN"), "5000.00"), false));
        for (String path : List.of("/asset/cards", "/asset/cards/new", "/asset/cards/" + asset, "/asset/import",
                "/asset/reports", "/asset/stocktakes", "/asset/cards/" + asset + "?lang=en")) {
            mvc.perform(get(path).with(users.as(CLERK))).andExpect(status().isOk());
        }
        for (String path : List.of("/asset/reports/city", "/asset/settings")) {
            mvc.perform(get(path).with(users.as(FINANCE))).andExpect(status().isOk());
            mvc.perform(get(path).with(users.as(CLERK))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/asset/reports/export").with(users.as(CLERK))).andExpect(status().isOk());
        String key = TestUsers.unique("k");
        String first = mvc.perform(post("/asset/cards").with(users.as(CLERK)).with(csrf()).param("categoryCode", "A05010301")
                        .param("name", TestUsers.unique("办公椅")).param("quantity", "1").param("originalValue", "800")
                        .param("acquisition", "PURCHASE").param("acquiredOn", "2026-01-05").param("funding", "FISCAL")
                        .param("serials", TestUsers.unique("C1") + "\n" + TestUsers.unique("C2")).param("requestKey", key))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(first).isEqualTo("/asset/cards");
    }

    private ResultActions register(String body, boolean confirm) throws Exception {
        return mvc.perform(post("/api/v1/assets").param("confirm", String.valueOf(confirm)).with(users.as(CLERK))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The stock-take page's 盘盈 form as the clerk fills it in (the acquisition is the server's to set). */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder surplus(
            String stocktake, String name, String value) {
        return post(stocktake + "/surplus").with(csrf()).param("categoryCode", "A02020700").param("name", name)
                .param("quantity", "1").param("originalValue", value).param("acquisition", "PURCHASE")
                .param("acquiredOn", "2025-05-01").param("funding", "FISCAL").param("custodian", CLERK);
    }

    private String number(long asset) {
        return jdbc.queryForObject("select asset_number from asset_card where id = ?", String.class, asset);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private ResultActions requestChange(long asset, String body) throws Exception {
        return requestChangeAs(CLERK, asset, body);
    }

    private ResultActions requestChangeAs(String user, long asset, String body) throws Exception {
        return mvc.perform(post("/api/v1/assets/{id}/changes", asset).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void send(String user, long change) throws Exception {
        TodoTask task = workflow.todo(user).stream().filter(t -> t.businessKey().equals("asset:" + change)).findFirst()
                .orElseThrow(() -> new AssertionError("no task of asset:" + change + " for " + user));
        mvc.perform(post("/api/v1/tasks/{taskId}/send", task.taskId()).with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"opinion\": \"同意\"}")).andExpect(status().isOk());
    }

    private static String card(String code, String name, String serial, String value) {
        return """
                {"categoryCode": "%s", "name": "%s", "model": "型号", "quantity": 1, "originalValue": %s,
                 "acquisition": "PURCHASE", "acquiredOn": "2026-01-15", "funding": "FISCAL", "custodian": "zjj.clerk",
                 "place": "3楼"%s}""".formatted(code, name, value,
                serial == null ? "" : ", \"serialNumber\": \"" + serial + "\"");
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private static byte[] sheet(String prefix, boolean withBadRow) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("资产卡片");
            sheet.createRow(0).createCell(0).setCellValue("分类代码");
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.createRow(i);
                String[] v = {withBadRow && i == 3 ? "X00000000" : "A02010105", "台式计算机", prefix + "型", "1", "5200",
                        "购置", "2026-01-10", "财政拨款", "", "zjj.clerk", "", "办公", "3楼", prefix + "-" + i, "", "", ""};
                for (int c = 0; c < v.length; c++) {
                    row.createCell(c).setCellValue(v[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CyclicBarrier barrier = new CyclicBarrier(calls.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return call.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
