package org.zhengtong.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.util.Matrix;

/**
 * The 归档章 is a stamp annotation, whose text PDFBox's text extraction does not read: tests read the PDF as a viewer
 * shows it, each stamp annotation's appearance drawn onto its page (in a copy; the archived file is not touched).
 */
public final class StampedPdf {

    private StampedPdf() {
    }

    public static byte[] asShown(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationRubberStamp && annotation.getNormalAppearanceStream() != null) {
                        PDRectangle at = annotation.getRectangle();
                        try (PDPageContentStream content = new PDPageContentStream(document, page,
                                PDPageContentStream.AppendMode.APPEND, true, true)) {
                            content.transform(Matrix.getTranslateInstance(at.getLowerLeftX(), at.getLowerLeftY()));
                            content.drawForm(new PDFormXObject(annotation.getNormalAppearanceStream().getCOSObject()));
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
