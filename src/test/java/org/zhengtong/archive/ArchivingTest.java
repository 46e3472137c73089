package org.zhengtong.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhengtong.IntegrationTest;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.internal.ArchiveFile;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.archive.internal.FondsService;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.seal.Seals;
import org.zhengtong.workflow.Workflow;

@IntegrationTest
@org.springframework.test.context.event.RecordApplicationEvents
class ArchivingTest {

    @Autowired ArchivingService archiving;
    @Autowired ArchiveQueries queries;
    @Autowired FondsService fonds;
    @Autowired DocumentService documentService;
    @Autowired OrgDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired Workflow workflow;
    @Autowired FileStore files;
    @Autowired Seals seals;
    @Autowired org.springframework.test.context.event.ApplicationEvents events;

    ArchiveFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ArchiveFixtures(documentService, directory, users, workflow);
    }

    @Test
    void anArchivedItemCarriesItsMetadataChecksumsHistoryAndTheStampAtTheTopRightOfPageOne() throws Exception {
        OfficialDocument document = fixtures.finished("归档元数据");
        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.PERMANENT, "BGS")));

        assertThat(events.stream(ReadyForArchive.class))
                .anyMatch(e -> e.kind().equals("document") && e.id() == document.getId()
                        && e.unitId() == document.getUnitId() && e.suggestedRetention() == Retention.YEARS_30);
        assertThat(events.stream(ItemArchived.class))
                .anyMatch(e -> e.itemId() == item.getId() && e.kind().equals("document") && e.id() == document.getId()
                        && e.archivalCode().equals(item.getArchivalCode()));
        assertThat(item.getSourceKind()).isEqualTo("document");
        assertThat(item.getTypeCode()).isEqualTo("NOTICE");
        assertThat(item.getTypeLabel()).isEqualTo("通知");
        // the document module hears of it and keeps the 档号 for the document's page
        await().atMost(Duration.ofSeconds(10)).until(() -> item.getArchivalCode().equals(
                fixtures.as("czj.d1.clerk1", () -> documentService.read(document.getId())).getArchivalCode()));
        String fondsCode = fixtures.as("czj.secretary", () -> fonds.codeOf(document.getUnitId()));
        assertThat(item.getArchivalCode()).isEqualTo(fondsCode + "-" + item.getArchiveYear() + "-Y-BGS-"
                + item.itemNumberText());
        assertThat(item.itemNumberText()).matches("\\d{4}");
        assertThat(item.getTitle()).isEqualTo(document.getTitle());
        assertThat(item.getResponsibleParty()).isEqualTo("市财政局");
        assertThat(item.getDocumentNumber()).isEqualTo(document.getDocumentNumber()).isNotBlank();
        assertThat(item.getDocumentDate()).isEqualTo(document.getIssueDate());
        assertThat(item.getArchivedBy()).isEqualTo("czj.secretary");
        assertThat(item.getPageCount()).isPositive();
        assertThat(item.getBodyText()).contains("正文");

        ArchiveQueries.ItemView view = fixtures.as("czj.secretary", () -> queries.item(item.getId()));
        assertThat(view.canOpen()).isTrue();
        assertThat(view.history()).extracting(s -> s.getStepName()).contains("拟稿", "领导签发", "用印", "分发");
        assertThat(view.files()).extracting(ArchiveFile::getRole).contains(ArchiveFile.Role.STAMPED_PDF,
                ArchiveFile.Role.SEALED_PDF, ArchiveFile.Role.SEALED_OFD, ArchiveFile.Role.PROCESSING_FORM);
        for (ArchiveFile file : view.files()) {
            assertThat(sha256(files.open(file.getStorageKey()))).as(file.getFileName()).isEqualTo(file.getSha256());
            assertThat(file.getFileFormat()).isEqualTo(file.getRole() == ArchiveFile.Role.SEALED_OFD ? "OFD" : "PDF");
        }

        // the sealed 公文 is what gets the 归档章, as an incremental update: the signed file is an unchanged prefix
        // and the seal's signature still verifies for its revision
        byte[] sealed = read(view.files().stream().filter(f -> f.getRole() == ArchiveFile.Role.SEALED_PDF)
                .findFirst().orElseThrow());
        byte[] stamped = fixtures.as("czj.secretary", () -> readAll(queries.file(item.getId(), null).content()));
        assertThat(stamped.length).isGreaterThan(sealed.length);
        assertThat(java.util.Arrays.copyOf(stamped, sealed.length)).isEqualTo(sealed);
        Seals.VerificationReport report = seals.verify("archived.pdf", stamped);
        assertThat(report.valid()).isTrue();
        assertThat(report.signatures()).singleElement().satisfies(sig -> assertThat(sig.contentIntact()).isTrue());

        try (PDDocument pdf = Loader.loadPDF(StampedPdf.asShown(stamped))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(item.getPageCount());
            float width = pdf.getPage(0).getMediaBox().getWidth();
            float height = pdf.getPage(0).getMediaBox().getHeight();
            Positions positions = new Positions();
            positions.setStartPage(1);
            positions.setEndPage(1);
            positions.getText(pdf);
            TextPosition fondsText = positions.find(fondsCode);
            TextPosition numberText = positions.find(item.itemNumberText());
            for (TextPosition text : List.of(fondsText, numberText)) {
                assertThat(text.getXDirAdj()).as("right half").isGreaterThan(width / 2);
                assertThat(text.getYDirAdj()).as("top of the page").isLessThan(height / 8);
            }
            assertThat(numberText.getXDirAdj()).as("件号 right of 全宗号").isGreaterThan(fondsText.getXDirAdj());
            assertThat(positions.text()).contains("永久", "办公室");

            // drawn in red there
            java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImage(0, 2f);
            javax.imageio.ImageIO.write(image, "png", new java.io.File("target/archive-stamp.png"));
            int red = 0;
            // right of the red header's title and above it (the header starts 35 mm from the top)
            for (int x = image.getWidth() * 7 / 10; x < image.getWidth(); x++) {
                for (int y = 0; y < image.getHeight() / 10; y++) {
                    java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                    if (c.getRed() > 150 && c.getGreen() < 90 && c.getBlue() < 90) {
                        red++;
                    }
                }
            }
            assertThat(red).as("red pixels of the 归档章").isGreaterThan(200);
        }
    }

    @Test
    void anIncomingDocumentIsArchivedFromItsProcessingForm() throws Exception {
        OfficialDocument document = fixtures.finishedIncoming("收文归档");
        // offered when it finished, a candidate once the archive has taken the offer
        ArchivingService.Candidate candidate = await().atMost(Duration.ofSeconds(10)).until(() -> fixtures.as(
                "czj.secretary", () -> archiving.candidates()).stream()
                .filter(c -> c.offer().getSourceId().equals(document.getId())).findFirst(), Optional::isPresent).get();
        assertThat(candidate.offer().getSuggestedRetention()).isEqualTo(Retention.YEARS_10);
        assertThat(candidate.offer().getDirection()).isEqualTo(ArchiveItem.Direction.INCOMING);
        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), candidate.offer().getSuggestedRetention(), "BGS")));
        assertThat(item.getResponsibleParty()).isEqualTo("市政府办公室");
        assertThat(item.getDirection()).isEqualTo(ArchiveItem.Direction.INCOMING);
        assertThat(item.getArchivalCode()).contains("-D10-BGS-");

        ArchiveQueries.ItemView view = fixtures.as("czj.secretary", () -> queries.item(item.getId()));
        assertThat(view.files()).extracting(ArchiveFile::getRole)
                .containsExactly(ArchiveFile.Role.STAMPED_PDF, ArchiveFile.Role.PROCESSING_FORM);
        byte[] form = read(view.files().get(1));
        byte[] stamped = read(view.files().get(0));
        assertThat(java.util.Arrays.copyOf(stamped, form.length)).isEqualTo(form);
        try (PDDocument pdf = Loader.loadPDF(StampedPdf.asShown(stamped))) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            assertThat(first.getText(pdf)).contains("办文单", item.itemNumberText(), "10年");
        }
        assertThat(view.history()).extracting(s -> s.getStepName()).contains("签收", "登记", "承办");
    }

    @Test
    void aDocumentIsArchivedOnceAndOnlyByAnArchivistOfItsUnit() {
        OfficialDocument document = fixtures.finished("归档一次");
        ArchivingService.Request request = ArchiveFixtures.request(document.getId(), Retention.YEARS_30, null);
        assertThatThrownBy(() -> fixtures.as("czj.d1.clerk1", () -> archiving.archiveOne(request)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as("szfb.secretary", () -> archiving.archiveOne(request)))
                .isInstanceOf(AccessDeniedException.class);
        ArchiveItem item = fixtures.as("czj.office", () -> archiving.archiveOne(request));
        assertThat(item.getRetention()).isEqualTo(Retention.YEARS_30);
        assertThatThrownBy(() -> fixtures.as("czj.secretary", () -> archiving.archiveOne(request)))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo("archive.error.alreadyArchived");
        assertThat(fixtures.as("czj.secretary", () -> archiving.candidates()))
                .noneMatch(c -> c.offer().getSourceId().equals(document.getId()));
        // another unit's item is not even visible
        assertThatThrownBy(() -> fixtures.as("szfb.secretary", () -> queries.item(item.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twentyDocumentsArchivedFromSeveralThreadsGetGaplessUniqueItemNumbers() throws Exception {
        // a fonds of its own, so this class starts empty
        String code = "T" + (System.nanoTime() % 100_000_000L);
        fixtures.as("czj.secretary", () -> {
            fonds.set(code);
            return null;
        });
        List<OfficialDocument> documents = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            documents.add(fixtures.finished("并发归档" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<ArchiveItem>> work = documents.stream().<Callable<ArchiveItem>>map(d -> () ->
                fixtures.as("czj.secretary", () -> archiving.archiveOne(
                        ArchiveFixtures.request(d.getId(), Retention.YEARS_10, "BGS")))).toList();
        List<ArchiveItem> items = new ArrayList<>();
        for (Future<ArchiveItem> future : pool.invokeAll(work)) {
            items.add(future.get());
        }
        pool.shutdown();
        assertThat(items).extracting(ArchiveItem::getItemNumber)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
        assertThat(items).extracting(ArchiveItem::getArchivalCode).doesNotHaveDuplicates()
                .allMatch(c -> c.matches(code + "-\\d{4}-D10-BGS-00(0[1-9]|1\\d|20)"));
    }

    /** Full text through the search module's index, which takes the archiving's event after the commit. */
    @Test
    void fullTextSearchFindsTheItemInsideTheUnitOnly() {
        // the title is the stem followed by more digits: the stem ends in a word so that its last number stays a
        // word of its own in the title ("…x25" then "328500" would be the one number 25328500)
        String stem = TestUsers.unique("检索") + "档案";
        OfficialDocument document = fixtures.finished(stem);
        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.PERMANENT, "BGS")));
        ArchiveQueries.Criteria fullText = new ArchiveQueries.Criteria(null, null, null, null, null, null, null,
                null, null, stem);
        // full text (the search module's index when present, else LIKE): the item is among the hits once the index
        // has taken the archiving's event, which it does after the commit, on its own thread
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(fixtures.as("czj.secretary", () -> queries.search(fullText, 0, 100)).getContent())
                        .extracting(ArchiveItem::getId).contains(item.getId()));
        assertThat(fixtures.as("szfb.secretary", () -> queries.search(fullText, 0, 20)).getContent()).isEmpty();
    }

    @Test
    void searchByMetadataStaysInsideTheUnit() {
        String stem = TestUsers.unique("检索");
        OfficialDocument document = fixtures.finished(stem);
        ArchiveItem item = fixtures.as("czj.secretary", () -> archiving.archiveOne(
                ArchiveFixtures.request(document.getId(), Retention.PERMANENT, "BGS")));

        ArchiveQueries.Criteria byTitle = new ArchiveQueries.Criteria(null, null, null, null, stem, null, null, null,
                null, null);
        assertThat(fixtures.as("czj.d1.clerk1", () -> queries.search(byTitle, 0, 20)).getContent())
                .extracting(ArchiveItem::getId).containsExactly(item.getId());
        ArchiveQueries.Criteria byNumber = new ArchiveQueries.Criteria(item.getArchiveYear(), Retention.PERMANENT,
                "BGS", document.getDocumentNumber(), null, "财政", null, item.getDocumentDate(), item.getDocumentDate(),
                null);
        assertThat(fixtures.as("czj.secretary", () -> queries.search(byNumber, 0, 20)).getContent())
                .extracting(ArchiveItem::getId).containsExactly(item.getId());
        ArchiveQueries.Criteria wrongYear = new ArchiveQueries.Criteria(item.getArchiveYear() - 1, null, null,
                document.getDocumentNumber(), null, null, null, null, null, null);
        assertThat(fixtures.as("czj.secretary", () -> queries.search(wrongYear, 0, 20)).getContent()).isEmpty();
        // paging happens in the query
        assertThat(fixtures.as("czj.secretary", () -> queries.search(ArchiveQueries.Criteria.none(), 0, 1))
                .getContent()).hasSize(1);
    }

    private byte[] read(ArchiveFile file) {
        return readAll(files.open(file.getStorageKey()));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(InputStream in) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(readAll(in)));
    }

    /** The text of the page with the position of each string shown. */
    static final class Positions extends PDFTextStripper {

        private final List<List<TextPosition>> runs = new ArrayList<>();
        private final StringBuilder all = new StringBuilder();

        Positions() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            runs.add(textPositions);
            all.append(text).append('\n');
            super.writeString(text, textPositions);
        }

        TextPosition find(String text) {
            for (List<TextPosition> run : runs) {
                StringBuilder joined = new StringBuilder();
                run.forEach(p -> joined.append(p.getUnicode()));
                int at = joined.indexOf(text);
                if (at >= 0) {
                    return run.get(at);
                }
            }
            throw new AssertionError("no \"" + text + "\" in " + all);
        }

        String text() {
            return all.toString();
        }
    }
}
