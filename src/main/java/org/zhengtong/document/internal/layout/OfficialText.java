package org.zhengtong.document.internal.layout;

import java.time.LocalDate;
import java.util.List;

/**
 * What a 公文 prints, element by element in the order of GB/T 9704 clause 7, before any layout: the input of the
 * page layout (PDF, OFD) and of the DOCX, so the three formats carry the same text. Optional elements are null or
 * empty.
 *
 * @param copyNumber     份号 (7.2.1), six digits
 * @param secrecy        密级和保密期限 (7.2.2), e.g. "机密★1年"
 * @param urgency        紧急程度 (7.2.3), e.g. "特急"
 * @param issuerMark     发文机关标志 (7.2.4), e.g. "市财政局文件"
 * @param documentNumber 发文字号 (7.2.5)
 * @param upward         上行文: the number goes left and the 签发人 right (7.2.6)
 * @param signerName     签发人 (7.2.6), for 上行文
 * @param title          标题 (7.3.1)
 * @param mainRecipients 主送机关 (7.3.2), without the closing colon
 * @param body           正文 (7.3.3)
 * @param attachments    附件说明 (7.3.4): the attachments' names
 * @param issuerName     发文机关署名 (7.3.5)
 * @param date           成文日期 (7.3.5)
 * @param annotation     附注 (7.3.6), without its parentheses
 * @param copyTo         抄送机关 (7.4.2), without "抄送：" and the closing full stop
 * @param printer        印发机关 (7.4.3)
 * @param printDate      印发日期 (7.4.3)
 * @param sealDiameter   the seal's diameter in millimetres, for the area the layout leaves free
 * @param letter         信函格式 (10.1, for 函): the mark at the page's top between red double lines, no 印发 line
 */
public record OfficialText(String copyNumber, String secrecy, String urgency, String issuerMark,
                           String documentNumber, boolean upward, String signerName, String title,
                           String mainRecipients, List<Paragraph> body, List<String> attachments, String issuerName,
                           LocalDate date, String annotation, String copyTo, String printer, LocalDate printDate,
                           double sealDiameter, boolean letter) {

    /** A 公文 in the usual 文件格式. */
    public OfficialText(String copyNumber, String secrecy, String urgency, String issuerMark, String documentNumber,
                        boolean upward, String signerName, String title, String mainRecipients, List<Paragraph> body,
                        List<String> attachments, String issuerName, LocalDate date, String annotation, String copyTo,
                        String printer, LocalDate printDate, double sealDiameter) {
        this(copyNumber, secrecy, urgency, issuerMark, documentNumber, upward, signerName, title, mainRecipients, body,
                attachments, issuerName, date, annotation, copyTo, printer, printDate, sealDiameter, false);
    }

    /** A paragraph of the 正文 and its 结构层次序数 level (7.3.3): 0 for text, 1 "一、", 2 "（一）", 3 "1.", 4 "（1）". */
    public record Paragraph(int level, String text) {
    }

    /** 7.3.5.4 / 7.4.3: dates in Arabic numerals with the full year, months and days without leading zeros. */
    public static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
