package org.zhengtong.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.zhengtong.archive.StampedPdf;
import org.zhengtong.platform.FontProperties;

/**
 * The 归档章 on a signed PDF: drawn as an incremental update, so the signed revision is an unchanged prefix and the
 * signature's byte range still digests to what was signed. The "signature" here is the SHA-256 of the signed bytes
 * (no certificate is needed to show that the signed bytes did not change).
 */
class ArchiveStampTest {

    private final ArchiveStamp stamp = new ArchiveStamp(new ArchiveFonts(new FontProperties(
            Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))));

    @Test
    void theSignedRevisionStillDigestsToWhatWasSignedAfterStamping() throws Exception {
        byte[] signed = signedPdf(2);
        byte[] stamped = stamp.stamp(signed, new ArchiveStamp.Values("Z006", "2026", "0007", "办公室", "永久", "2"));

        assertThat(Arrays.copyOf(stamped, signed.length)).isEqualTo(signed);
        try (PDDocument document = Loader.loadPDF(stamped)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            byte[] content = signature.getSignedContent(stamped);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            assertThat(Arrays.copyOf(signature.getContents(stamped), digest.length)).isEqualTo(digest);
            // the byte range ends inside the signed revision, before the stamp's update
            int[] range = signature.getByteRange();
            assertThat(range[2] + range[3]).isLessThanOrEqualTo(signed.length);
        }
        try (PDDocument document = Loader.loadPDF(StampedPdf.asShown(stamped))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            assertThat(first.getText(document)).contains("Z006", "0007", "永久", "办公室");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(document)).doesNotContain("Z006").contains("page 2");
        }
    }

    @Test
    void theFirstPageKeepsItsSignedContentAndGetsTheStampAsAnAnnotation() throws Exception {
        byte[] signed = signedPdf(1);
        byte[] stamped = stamp.stamp(signed, new ArchiveStamp.Values("Z006", "2026", "0008", "办公室", "30年", "1"));

        try (PDDocument before = Loader.loadPDF(signed); PDDocument after = Loader.loadPDF(stamped)) {
            PDPage signedPage = before.getPage(0);
            PDPage stampedPage = after.getPage(0);
            assertThat(stampedPage.getCOSObject().getItem(COSName.CONTENTS).toString())
                    .as("the page's /Contents refers to the signed revision's streams")
                    .isEqualTo(signedPage.getCOSObject().getItem(COSName.CONTENTS).toString());
            assertThat(stampedPage.getContents().readAllBytes()).isEqualTo(signedPage.getContents().readAllBytes());
            assertThat(stampedPage.getResources().getCOSObject().toString())
                    .isEqualTo(signedPage.getResources().getCOSObject().toString());

            List<PDAnnotation> added = stampedPage.getAnnotations().stream()
                    .filter(PDAnnotationRubberStamp.class::isInstance).toList();
            assertThat(added).singleElement().satisfies(annotation -> {
                assertThat(annotation.isPrinted()).isTrue();
                assertThat(annotation.isLocked()).isTrue();
                assertThat(annotation.getNormalAppearanceStream()).isNotNull();
                assertThat(annotation.getContents()).contains("归档章", "Z006", "0008", "30年");
                PDRectangle at = annotation.getRectangle();
                float mm = 72f / 25.4f;
                assertThat(at.getWidth()).isCloseTo(45 * mm, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(at.getHeight()).isCloseTo(16 * mm, org.assertj.core.data.Offset.offset(0.1f));
                assertThat(at.getUpperRightX()).isCloseTo(PDRectangle.A4.getWidth() - 12 * mm,
                        org.assertj.core.data.Offset.offset(0.1f));
            });
        }
    }

    @Test
    void theStampMeasuresFortyFiveBySixteenMillimetres() {
        assertThat(ArchiveStamp.BOX_WIDTH_MM * ArchiveStamp.COLUMNS).isEqualTo(45f);
        assertThat(ArchiveStamp.BOX_HEIGHT_MM * ArchiveStamp.ROWS).isEqualTo(16f);
    }

    /** A PDF with the given pages, signed (detached "signature" = SHA-256 of the signed bytes). */
    private static byte[] signedPdf(int pages) throws IOException {
        byte[] plain;
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("page " + i);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            plain = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(plain)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName("test");
            signature.setSignDate(Calendar.getInstance());
            SignatureInterface digestOnly = (InputStream content) -> {
                try {
                    return MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IOException(e);
                }
            };
            document.addSignature(signature, digestOnly);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        }
    }
}
