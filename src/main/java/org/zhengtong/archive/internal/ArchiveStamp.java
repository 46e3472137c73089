package org.zhengtong.archive.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSUpdateInfo;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.springframework.stereotype.Component;

/**
 * The 归档章 of DA/T 22-2015 §5.4 and 附录 A (图 A.1): 45 mm × 16 mm in six equal boxes of 15 mm × 8 mm, two rows
 * of three — 全宗号 | 年度 | 件号 over 机构(问题) | 保管期限 | 页数 — in red, at the top right of the first page.
 * It is a rubber-stamp annotation with its own appearance, added in an incremental update ({@code saveIncremental}):
 * the input's bytes stay an unchanged prefix of the output and the page's content stays as signed, so a signature
 * over an earlier revision still verifies and viewers see an added annotation, not a changed page. The seals' PDF
 * signatures are approval signatures (no DocMDP certification), which allow annotations after signing.
 */
@Component
class ArchiveStamp {

    /** DA/T 22-2015 附录 A: the whole stamp is 45 mm × 16 mm, six equal boxes. */
    static final float BOX_WIDTH_MM = 15f;
    static final float BOX_HEIGHT_MM = 8f;
    static final int COLUMNS = 3;
    static final int ROWS = 2;
    /** Where it sits: this far from the first page's right and top edges. */
    static final float RIGHT_MARGIN_MM = 12f;
    static final float TOP_MARGIN_MM = 8f;

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float TEXT_SIZE = 9f;
    private static final float LINE_WIDTH = 0.8f;

    private final ArchiveFonts fonts;

    ArchiveStamp(ArchiveFonts fonts) {
        this.fonts = fonts;
    }

    /** The six values, in the order of the boxes: 全宗号, 年度, 件号, 机构(问题), 保管期限, 页数. */
    record Values(String fonds, String year, String itemNumber, String org, String retention, String pages) {

        String[] boxes() {
            return new String[] {fonds, year, itemNumber, org, retention, pages};
        }
    }

    /** The number of pages of a PDF. */
    static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] stamp(byte[] pdf, Values values) {
        byte[] stampPdf = drawStamp(values);
        try (PDDocument target = Loader.loadPDF(pdf); PDDocument source = Loader.loadPDF(stampPdf)) {
            PDPage page = target.getPage(0);
            PDFormXObject form = new LayerUtility(target).importPageAsForm(source, 0);
            PDRectangle box = page.getCropBox();
            float width = BOX_WIDTH_MM * COLUMNS * POINTS_PER_MM;
            float height = BOX_HEIGHT_MM * ROWS * POINTS_PER_MM;
            float x = box.getUpperRightX() - RIGHT_MARGIN_MM * POINTS_PER_MM - width;
            float y = box.getUpperRightY() - TOP_MARGIN_MM * POINTS_PER_MM - height;

            PDAnnotationRubberStamp annotation = new PDAnnotationRubberStamp();
            annotation.setRectangle(new PDRectangle(x, y, width, height));
            annotation.setContents("归档章 " + String.join(" ", values.boxes()));
            annotation.setPrinted(true);
            annotation.setLocked(true);
            annotation.setLockedContents(true);
            annotation.setPage(page);
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.setNormalAppearance(new PDAppearanceStream(form.getCOSObject()));
            annotation.setAppearance(appearance);
            List<PDAnnotation> annotations = page.getAnnotations();
            annotations.add(annotation);
            page.setAnnotations(annotations);

            // the incremental update writes what changed: the page (its /Annots) and, when separate, the array
            page.getCOSObject().setNeedToBeUpdated(true);
            if (page.getCOSObject().getItem(COSName.ANNOTS) instanceof COSObject reference
                    && reference.getObject() instanceof COSUpdateInfo annots) {
                annots.setNeedToBeUpdated(true);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            target.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stamp alone, as a one-page PDF of its own size, with the fonts subset on save. */
    private byte[] drawStamp(Values values) {
        float boxWidth = BOX_WIDTH_MM * POINTS_PER_MM;
        float boxHeight = BOX_HEIGHT_MM * POINTS_PER_MM;
        try (PDDocument document = new PDDocument(); ArchiveFonts.Loaded faces = fonts.load(document)) {
            PDPage page = new PDPage(new PDRectangle(boxWidth * COLUMNS, boxHeight * ROWS));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(0.85f, 0f, 0f);
                content.setNonStrokingColor(0.85f, 0f, 0f);
                content.setLineWidth(LINE_WIDTH);
                float inset = LINE_WIDTH / 2;
                content.addRect(inset, inset, boxWidth * COLUMNS - LINE_WIDTH, boxHeight * ROWS - LINE_WIDTH);
                for (int column = 1; column < COLUMNS; column++) {
                    content.moveTo(boxWidth * column, 0);
                    content.lineTo(boxWidth * column, boxHeight * ROWS);
                }
                content.moveTo(0, boxHeight);
                content.lineTo(boxWidth * COLUMNS, boxHeight);
                content.stroke();
                String[] boxes = values.boxes();
                for (int i = 0; i < boxes.length; i++) {
                    int row = i / COLUMNS;
                    int column = i % COLUMNS;
                    ArchiveFonts.Printable text = faces.printable(boxes[i], faces.song());
                    float size = TEXT_SIZE;
                    float available = boxWidth - 3f;
                    if (text.width(size) > available) {
                        size = Math.max(4f, size * available / text.width(size));
                    }
                    float textX = boxWidth * column + (boxWidth - text.width(size)) / 2;
                    float textY = boxHeight * (ROWS - 1 - row) + (boxHeight - size * 0.75f) / 2;
                    content.beginText();
                    content.setFont(text.font(), size);
                    content.newLineAtOffset(textX, textY);
                    content.showText(text.text());
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
