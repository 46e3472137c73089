package org.zhengtong.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.awaitility.Awaitility;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.OrgDirectory;

/**
 * Issue 11: the archive takes finished objects of a module it does not know — the archive module with its
 * dependencies only, no 公文. A test module offers a 试验记录 ({@link ReadyForArchive}, delivered twice as after a
 * crash); it is one candidate of its unit, archived once through the candidates page, and an offer delivered again
 * after that brings it back to no list. Objects finished before the offers existed are taken from the module, at
 * start in the background until the kind is done.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "zhengtong.demo=true")
@AutoConfigureMockMvc
@Import({TestUsers.class, ArchiveModuleTest.ProbeModule.class})
class ArchiveModuleTest {

    private static final String ARCHIVIST = "czj.secretary";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired OrgDirectory directory;
    @Autowired ProbeModule probe;
    @Autowired CompletedEventPublications completed;
    @Autowired JdbcTemplate jdbc;
    @Autowired ArchiveOffers archiveOffers;

    @Test
    void anOfferDeliveredTwiceIsOneCandidateAndIsArchivedOnce(Scenario scenario) throws Exception {
        long unitId = directory.person(ARCHIVIST).orElseThrow().unitId();
        long id = System.nanoTime() % 1_000_000_000L;
        String title = TestUsers.unique("试验记录");
        ReadyForArchive offer = offer(id, unitId, title);
        probe.records.put(id, record(offer));

        scenario.publish(offer).andWaitForStateChange(() -> deliveries(offer) >= 1);
        scenario.publish(offer).andWaitForStateChange(() -> deliveries(offer) >= 2);
        assertThat(count("arc_offer", id)).isEqualTo(1);
        String page = candidatesPage();
        assertThat(page.split("value=\"" + ProbeModule.KIND + ":" + id + "\"", -1)).as("one row").hasSize(2);
        assertThat(page).contains(title, "试验〔2026〕1号", "定期10年");

        mvc.perform(post("/archive/candidates").with(users.as(ARCHIVIST)).with(csrf())
                        .param("source", ProbeModule.KIND + ":" + id)
                        .param("retention-" + ProbeModule.KIND + ":" + id, "YEARS_10")
                        .param("org-" + ProbeModule.KIND + ":" + id, "BGS"))
                .andExpect(redirectedUrl("/archive/candidates"));
        assertThat(jdbc.queryForObject("select type_label from arc_item where source_kind = ? and source_id = ?",
                String.class, ProbeModule.KIND, id)).isEqualTo("试验记录");
        assertThat(candidatesPage()).doesNotContain(title);

        scenario.publish(offer).andWaitForStateChange(() -> deliveries(offer) >= 3);
        assertThat(candidatesPage()).doesNotContain(title);
        assertThat(count("arc_item", id)).isEqualTo(1);
        assertThat(count("arc_offer", id)).isEqualTo(1);
    }

    /** A database from before the offers: the objects the module finished are asked for, and taken once. */
    @Test
    void objectsFinishedBeforeTheOffersAreTakenFromTheirModule() throws Exception {
        long unitId = directory.person(ARCHIVIST).orElseThrow().unitId();
        long first = System.nanoTime() % 1_000_000_000L + 1_000_000_000L;
        List<ReadyForArchive> backlog = List.of(offer(first, unitId, TestUsers.unique("旧记录")),
                offer(first + 1, unitId, TestUsers.unique("旧记录")));
        probe.backlog.addAll(backlog);

        archiveOffers.takeFromEveryArchivable();
        archiveOffers.takeFromEveryArchivable();
        assertThat(count("arc_offer", first)).isEqualTo(1);
        assertThat(count("arc_offer", first + 1)).isEqualTo(1);
        assertThat(candidatesPage()).contains(backlog.get(0).title(), backlog.get(1).title());
    }

    /**
     * The intake at start runs beside the serving application and marks the kind done only when all of it is in: a
     * kind not marked (an intake stopped halfway) is taken at the next start, a kind marked is not asked again.
     */
    @Test
    void anIntakeNotFinishedIsFinishedAtTheNextStartAndOnlyThen() {
        long unitId = directory.person(ARCHIVIST).orElseThrow().unitId();
        long first = System.nanoTime() % 1_000_000_000L + 2_000_000_000L;
        jdbc.update("delete from arc_offer_intake where source_kind = ?", ProbeModule.KIND);
        probe.backlog.addAll(List.of(offer(first, unitId, TestUsers.unique("旧记录")),
                offer(first + 1, unitId, TestUsers.unique("旧记录"))));

        archiveOffers.run(null);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from arc_offer_intake where source_kind = ?", Integer.class, ProbeModule.KIND) == 1);
        assertThat(count("arc_offer", first)).isEqualTo(1);
        assertThat(count("arc_offer", first + 1)).isEqualTo(1);

        probe.backlog.add(offer(first + 2, unitId, TestUsers.unique("旧记录")));
        archiveOffers.run(null);
        assertThat(count("arc_offer", first + 2)).as("a kind taken whole is not asked again").isZero();
    }

    private static ReadyForArchive offer(long id, long unitId, String title) {
        return new ReadyForArchive(ProbeModule.KIND, id, unitId, title, "试验〔2026〕1号", LocalDate.of(2026, 3, 2),
                ArchivalRecord.Origin.OWN, Classification.UNCLASSIFIED, Retention.YEARS_10, Instant.now());
    }

    private String candidatesPage() throws Exception {
        return mvc.perform(get("/archive/candidates").with(users.as(ARCHIVIST))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** How many publications of the offer a listener has completed (committed). */
    private long deliveries(ReadyForArchive offer) {
        return completed.findAll().stream().filter(p -> offer.equals(p.getEvent())).count();
    }

    private int count(String table, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where source_kind = ? and source_id = ?",
                Integer.class, ProbeModule.KIND, id);
    }

    private static ArchivalRecord record(ReadyForArchive offer) {
        return new ArchivalRecord(offer.kind(), offer.id(), offer.unitId(), null, offer.title(), "市财政局",
                offer.number(), offer.date(), offer.classification(), null,
                new ArchivalRecord.Type("TRIAL", "试验记录"), offer.origin(), "试验记录的正文", List.of(),
                new ArchivalRecord.ProcessingForm("试验记录单", onePagePdf()), null, offer.suggestedRetention(),
                offer.finishedAt());
    }

    private static byte[] onePagePdf() {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test's own module: finished 试验记录 it offers to the archive. */
    @TestConfiguration
    static class ProbeModule {

        static final String KIND = "probe";
        final Map<Long, ArchivalRecord> records = new ConcurrentHashMap<>();
        final List<ReadyForArchive> backlog = new CopyOnWriteArrayList<>();

        @Bean
        Archivable probeArchivable() {
            return new Archivable() {
                @Override
                public String kind() {
                    return KIND;
                }

                @Override
                public Optional<ArchivalRecord> finished(long id) {
                    return Optional.ofNullable(records.get(id));
                }

                @Override
                public List<ReadyForArchive> offers(long afterId, int size) {
                    return backlog.stream().filter(o -> o.id() > afterId)
                            .sorted(Comparator.comparingLong(ReadyForArchive::id)).limit(size).toList();
                }
            };
        }
    }
}
