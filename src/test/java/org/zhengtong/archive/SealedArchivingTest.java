package org.zhengtong.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.OutsideTools;
import org.zhengtong.archive.internal.ArchiveFile;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.document.internal.SealedOutputs;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.zhengtong.workflow.Workflow;

/** A document sealed at 用印 is archived from its signed PDF: the 归档章 goes on top and the seal's signature still verifies. */
@IntegrationTest
class SealedArchivingTest {

    @Autowired ArchivingService archiving;
    @Autowired ArchiveQueries queries;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired Workflow workflow;
    @Autowired FileStore files;
    @Autowired Seals seals;
    @Autowired ApplicationContext context;

    @Test
    void theSealedPdfIsStampedAndItsSignatureStillVerifies() throws Exception {
        ArchiveFixtures fixtures = new ArchiveFixtures(documentService, directory, users, workflow);
        OfficialDocument document = fixtures.finished("用印归档");
        Seals.SealRef seal = seals.activeSeal(document.getUnitId()).orElseThrow();
        byte[] signed = seals.signPdf(seal.id(), "czj.secretary", twoPages(),
                new Seals.StampPlacement(0, 120, 200, 40, 40));
        assertThat(seals.verify("signed.pdf", signed).valid()).isTrue();
        String key = files.store(new ByteArrayInputStream(signed)).key();
        SealedOutputs.record(context, document.getId(), seal.id(), "czj.secretary", key);

        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.PERMANENT, "BGS")));
        assertThat(item.getPageCount()).isEqualTo(2);

        ArchiveQueries.ItemView view = fixtures.as("czj.secretary", () -> queries.item(item.getId()));
        assertThat(view.files()).extracting(ArchiveFile::getRole)
                .contains(ArchiveFile.Role.STAMPED_PDF, ArchiveFile.Role.SEALED_PDF, ArchiveFile.Role.PROCESSING_FORM);
        byte[] stamped = fixtures.as("czj.secretary", () -> readAll(queries.file(item.getId(), null).content()));
        assertThat(Arrays.copyOf(stamped, signed.length)).isEqualTo(signed);

        Seals.VerificationReport report = seals.verify("archived.pdf", stamped);
        assertThat(report.valid()).as("the seal's signature over its revision").isTrue();
        assertThat(report.signatures()).singleElement().satisfies(s -> {
            assertThat(s.contentIntact()).isTrue();
            assertThat(s.signatureValid()).isTrue();
        });
        try (PDDocument pdf = Loader.loadPDF(StampedPdf.asShown(stamped))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(pdf)).contains(item.itemNumberText(), item.getFondsCode(), "永久", "sealed body");
        }
    }

    @Test
    void outsideToolsSeeTheSignatureValidThePageAsSignedAndTheStamp() throws Exception {
        OutsideTools.assumeInstalled("pdfsig");
        OutsideTools.assumeInstalled("pdftoppm");
        ArchiveFixtures fixtures = new ArchiveFixtures(documentService, directory, users, workflow);
        OfficialDocument document = fixtures.finished("用印归档外部工具");
        Seals.SealRef seal = seals.activeSeal(document.getUnitId()).orElseThrow();
        byte[] signed = seals.signPdf(seal.id(), "czj.secretary", twoPages(),
                new Seals.StampPlacement(0, 120, 200, 40, 40));
        SealedOutputs.record(context, document.getId(), seal.id(), "czj.secretary",
                files.store(new ByteArrayInputStream(signed)).key());
        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.PERMANENT, "BGS")));
        byte[] stamped = fixtures.as("czj.secretary", () -> readAll(queries.file(item.getId(), null).content()));

        assertThat(OutsideTools.pdfsig(stamped)).contains("Signature Validation: Signature is Valid.");
        // the signed page's content is the signed revision's: the stamp changed nothing a viewer reports as modified
        try (PDDocument before = Loader.loadPDF(signed); PDDocument after = Loader.loadPDF(stamped)) {
            assertThat(after.getPage(0).getCOSObject().getItem(COSName.CONTENTS).toString())
                    .isEqualTo(before.getPage(0).getCOSObject().getItem(COSName.CONTENTS).toString());
            assertThat(after.getPage(0).getContents().readAllBytes())
                    .isEqualTo(before.getPage(0).getContents().readAllBytes());
        }
        // and poppler draws the stamp: red in its 45 mm × 16 mm box, 12 mm from the right and 8 mm from the top
        assertThat(redInStampBox(OutsideTools.render(stamped, 1, 72))).as("red pixels of the 归档章").isGreaterThan(150);
        assertThat(redInStampBox(OutsideTools.render(signed, 1, 72))).as("none before stamping").isZero();
    }

    /** Red pixels of a page rendered at 72 dpi, in the 归档章's box. */
    private static int redInStampBox(BufferedImage page) {
        double pixelsPerMm = 72 / 25.4;
        int red = 0;
        for (int x = (int) (page.getWidth() - 57 * pixelsPerMm); x < page.getWidth() - 12 * pixelsPerMm; x++) {
            for (int y = (int) (8 * pixelsPerMm); y < 24 * pixelsPerMm; y++) {
                Color c = new Color(page.getRGB(x, y));
                if (c.getRed() > 150 && c.getGreen() < 100 && c.getBlue() < 100) {
                    red++;
                }
            }
        }
        return red;
    }

    private static byte[] twoPages() throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 600);
                    content.showText("sealed body page " + i);
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
