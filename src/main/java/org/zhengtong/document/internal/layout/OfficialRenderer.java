package org.zhengtong.document.internal.layout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.FontProperties;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;

/**
 * Turns a 发文 into its red-header 公文 as PDF, OFD and DOCX, all three from the same {@link OfficialText} (and the
 * PDF and OFD from the same page layout). No access check here: callers read the document through
 * {@code DocumentService} first.
 */
@Component
public class OfficialRenderer {

    private final OrgDirectory directory;
    private final FontProperties fonts;
    private final Clock clock;

    OfficialRenderer(OrgDirectory directory, FontProperties fonts, Clock clock) {
        this.directory = directory;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** The PDF and OFD of one layout, and where the seal goes. */
    public record Output(byte[] pdf, byte[] ofd, Seals.StampPlacement seal, int pages) {
    }

    /** The files 用印 signs: copy 1 (with its 份号 when the document is classified). */
    public Output pdfAndOfd(OfficialDocument document, List<String> attachmentNames, double sealDiameter) {
        OfficialText text = text(document, attachmentNames, sealDiameter, null);
        try (LayoutFonts opened = LayoutFonts.open(fonts)) {
            PageLayout layout = OfficialLayout.layout(text, opened);
            return new Output(PdfWriter.write(layout, opened, document.getTitle()),
                    OfdWriter.write(layout, opened, document.getTitle(), LocalDate.now(clock)), layout.seal(),
                    layout.pages().size());
        }
    }

    public byte[] pdf(OfficialDocument document, List<String> attachmentNames, Integer copy) {
        OfficialText text = text(document, attachmentNames, Gbt9704.SEAL_DIAMETER, copy);
        try (LayoutFonts opened = LayoutFonts.open(fonts)) {
            return PdfWriter.write(OfficialLayout.layout(text, opened), opened, document.getTitle());
        }
    }

    public byte[] ofd(OfficialDocument document, List<String> attachmentNames, Integer copy) {
        OfficialText text = text(document, attachmentNames, Gbt9704.SEAL_DIAMETER, copy);
        try (LayoutFonts opened = LayoutFonts.open(fonts)) {
            return OfdWriter.write(OfficialLayout.layout(text, opened), opened, document.getTitle(),
                    LocalDate.now(clock));
        }
    }

    public byte[] docx(OfficialDocument document, List<String> attachmentNames, Integer copy) {
        OfficialText text = text(document, attachmentNames, Gbt9704.SEAL_DIAMETER, copy);
        try (LayoutFonts opened = LayoutFonts.open(fonts)) {
            return DocxWriter.write(text, opened);
        }
    }

    /**
     * The document's elements as GB/T 9704 prints them, for the given copy (null: the first, whose 份号 shows only on a
     * classified document).
     */
    OfficialText text(OfficialDocument document, List<String> attachmentNames, double sealDiameter, Integer copy) {
        String unit = unitName(document.getUnitId());
        String secrecy = document.getClassification().classified()
                ? document.getClassification().label() + (document.getSecrecyPeriod() == null ? ""
                        : "★" + document.getSecrecyPeriod())
                : null;
        String urgency = document.getUrgency() == Urgency.NORMAL ? null : document.getUrgency().label();
        // 函 uses the 信函格式 (10.1): the unit's name without "文件"
        boolean letter = document.getType() == DocumentType.LETTER;
        String mark = letter ? unit : unit + "文件";
        LocalDate date = document.getIssueDate() != null ? document.getIssueDate() : LocalDate.now(clock);
        return new OfficialText(copyNumber(document, copy), secrecy, urgency, mark, number(document), document.getType().upward(),
                document.getSignerName(), document.getTitle(), names(document.mainRecipientIds(), "、"),
                BodyText.paragraphs(document.getBodyHtml()),
                attachmentNames.stream().map(OfficialRenderer::withoutExtension).toList(), unit, date,
                document.getAnnotation(),
                names(document.ccRecipientIds(), "，"), printer(document.getUnitId(), unit), date, sealDiameter, letter);
    }

    /**
     * 7.2.1 份号: 涉密公文应当标注份号, six Arabic digits; other documents carry it only when a numbered copy is asked
     * for.
     */
    static String copyNumber(OfficialDocument document, Integer copy) {
        if (copy == null && !document.getClassification().classified()) {
            return null;
        }
        return String.format("%0" + Gbt9704.COPY_NUMBER_DIGITS + "d", copy == null ? 1 : copy);
    }

    /** The 发文字号, or before 编号登记 its frame with the serial left blank: 财预〔2026〕　号. */
    private String number(OfficialDocument document) {
        if (document.getDocumentNumber() != null) {
            return document.getDocumentNumber();
        }
        if (document.getIssuerCode() == null) {
            return null;
        }
        return document.getIssuerCode() + "〔" + Year.now(clock).getValue() + "〕　号";
    }

    /** 印发机关: the unit's 办公室 where it has one (7.4.3), else the unit. */
    private String printer(Long unitId, String unit) {
        return directory.departments(unitId).stream().map(OrgDirectory.DepartmentRef::name)
                .filter(name -> name.endsWith("办公室") || name.endsWith("办公厅")).findFirst()
                .map(office -> unit + office).orElse(unit);
    }

    private String names(List<Long> unitIds, String separator) {
        String joined = unitIds.stream().map(id -> directory.unit(id).map(OrgDirectory.UnitRef::name).orElse(null))
                .filter(Objects::nonNull).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    private String unitName(Long unitId) {
        return unitId == null ? "" : directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
