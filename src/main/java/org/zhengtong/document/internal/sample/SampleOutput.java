package org.zhengtong.document.internal.sample;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.document.internal.layout.OfficialDocuments;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.TodoTask;

/**
 * A sample red-header 公文 from the demo city: 市财政局's 请示 to 市人民政府 with every element GB/T 9704 knows (份号,
 * 密级, 紧急程度, 签发人, a body with the four heading levels, an attachment, 附注, 抄送), taken through the real 发文
 * steps by the demo people up to 用印, then written out as the sealed PDF and OFD and the DOCX.
 */
@Service
public class SampleOutput {

    /** The files written: the sealed PDF and OFD and the DOCX, in that order. */
    public record Written(long documentId, List<Path> files) {
    }

    static final String DRAFTER = "czj.d1.chief";
    static final String OFFICE = "czj.office";
    static final String SIGNER = "czj.head";
    static final String SECRETARY = "czj.secretary";

    private final DocumentService documents;
    private final OfficialDocuments officials;
    private final OrgDirectory directory;
    private final UserDetailsService accounts;

    SampleOutput(DocumentService documents, OfficialDocuments officials, OrgDirectory directory,
                 UserDetailsService accounts) {
        this.documents = documents;
        this.officials = officials;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** Drafts, sends on to 用印 and writes official.pdf, official.ofd and official.docx into the directory. */
    public Written write(Path directory) {
        long id = as(DRAFTER, () -> documents.draftOutgoing(form())).getId();
        as(DRAFTER, () -> documents.uploadAttachment(id, null, "2027年度市级重点项目追加预算明细表.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                new ByteArrayInputStream(attachment())));
        sendOn(DRAFTER, id, StepDecision.opinion("请审核。"));
        sendOn(DRAFTER, id, StepDecision.opinion("同意，请办公室核稿。"));
        sendOn(OFFICE, id, new StepDecision("文字已核，请局长签发。", List.of(), SIGNER, null, List.of(), List.of()));
        sendOn(SIGNER, id, StepDecision.opinion("同意。"));
        sendOn(SECRETARY, id, StepDecision.opinion(null)); // 编号登记
        sendOn(SECRETARY, id, StepDecision.opinion(null)); // 用印
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            for (OfficialDocuments.Format format : OfficialDocuments.Format.values()) {
                OfficialDocuments.File file = as(DRAFTER, () -> officials.file(id, format));
                Path path = directory.resolve("official." + format.extension());
                Files.write(path, file.content());
                written.add(path.toAbsolutePath());
            }
            return new Written(id, written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OutgoingForm form() {
        String body = "<p>为加快推进全市重点项目建设，保障民生支出需要，根据《中华人民共和国预算法》和市委、市政府工作部署，"
                + "结合2026年度预算执行情况，现就追加2027年度市级重点项目预算资金有关事项请示如下。</p>"
                + "<p>一、追加资金的必要性</p>"
                + "<p>今年以来，全市经济运行总体平稳，一般公共预算收入完成年度预算的87.6%。但城市更新、教育医疗等重点领域"
                + "项目建设进度加快，部分项目年初预算安排不足，需追加资金予以保障。</p>"
                + "<p>（一）城市更新项目资金缺口较大。老旧小区改造涉及32个小区、1.2万户居民，年初安排资金仅能满足一期工程需要。</p>"
                + "<p>1.一期工程已于9月完工，二期工程须在明年汛期前开工。</p>"
                + "<p>（1）二期工程概算总投资1.86亿元，其中需市级财政承担6200万元。</p>"
                + "<p>（2）中央和省级补助资金预计1.24亿元，已列入转移支付预算。</p>"
                + "<p>2.雨污分流改造须与二期工程同步实施，需追加资金1500万元。</p>"
                + "<p>（二）教育医疗项目亟需资金保障。市第三人民医院门诊综合楼和北湖区两所新建学校须在2027年秋季前投入使用。</p>"
                + "<p>二、资金来源和安排意见</p>"
                + "<p>（一）资金来源。拟从预算稳定调节基金中调入1.2亿元，不足部分通过压减一般性支出和盘活存量资金解决。</p>"
                + "<p>（二）安排意见。追加资金实行项目化管理，由市财政局会同项目主管部门按工程进度拨付，"
                + "并纳入预算绩效管理，确保资金安全、有效使用。</p>"
                + "<p>三、有关要求</p>"
                + "<p>各项目主管部门要严格按照批准的用途使用资金，不得挤占挪用；市审计局对资金使用情况进行跟踪审计。</p>"
                + "<p>以上请示当否，请批示。</p>";
        return new OutgoingForm(DocumentType.REQUEST, "市财政局关于追加2027年度市级重点项目预算资金的请示",
                Classification.SECRET, "1年", Urgency.URGENT, List.of(unit("szf")), List.of(unit("sjj")), "财预",
                body, null, 30, "联系人：" + name(DRAFTER) + "，电话：0735-2881234");
    }

    private void sendOn(String username, long documentId, StepDecision decision) {
        as(username, () -> {
            TodoTask task = documents.currentTask(documents.read(documentId));
            if (task == null) {
                throw new IllegalStateException(username + " has no step on the sample document " + documentId);
            }
            documents.sendOn(documentId, task.taskId(), decision);
            return null;
        });
    }

    private long unit(String code) {
        return directory.units().stream().filter(u -> u.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the demo city has no unit " + code + "; run with "
                        + "--zhengtong.demo=true")).id();
    }

    private String name(String username) {
        return directory.nameOf(username);
    }

    /** The attachment: a small spreadsheet of the projects. */
    private static byte[] attachment() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("追加项目");
            String[][] rows = {{"项目", "追加金额（万元）"}, {"老旧小区改造二期", "6200"}, {"雨污分流改造", "1500"},
                    {"市第三人民医院门诊综合楼", "2800"}, {"北湖区新建学校（两所）", "1500"}};
            for (int i = 0; i < rows.length; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue(rows[i][0]);
                row.createCell(1).setCellValue(rows[i][1]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        var principal = accounts.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
