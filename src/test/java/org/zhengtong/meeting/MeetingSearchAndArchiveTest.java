package org.zhengtong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.IntegrationTest;
import org.zhengtong.MutableClock;
import org.zhengtong.TestUsers;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveFile;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.archive.internal.ArchivingService;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Clearance;
import org.zhengtong.platform.PlatformFixtures;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.Workflow;

/**
 * A meeting in 综合检索 — found by its title, 议题 and published 纪要 by the people of the meeting whose clearance
 * covers its highest 议题 密级, not by a colleague who was not invited — and its published 纪要 offered to the archive
 * (待归档) and archived with its papers, its printed 纪要 and its approval's history.
 */
@IntegrationTest
class MeetingSearchAndArchiveTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired AsUser as;
    @Autowired PlatformFixtures platform;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Workflow workflow;
    @Autowired MutableClock clock;
    @Autowired RoomService rooms;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired ArchivingService archiving;
    @Autowired ArchiveQueries queries;

    @Test
    void foundByItsPeopleAndArchivedOncePublished() throws Exception {
        MeetingTestKit kit = new MeetingTestKit(mvc, users, as, workflow, rooms, meetings, minutes);
        Team team = platform.newTeam();
        String colleague = platform.newClerk(team, "同科室" + TestUsers.unique(""), "0451-86663333");
        platform.grantClearance(team.chief(), Clearance.GENERAL);
        platform.grantClearance(colleague, Clearance.GENERAL);
        String title = TestUsers.unique("防汛工作办公会");
        LocalDateTime start = LocalDateTime.now(clock).plusDays(1).withHour(15).withMinute(0).withSecond(0).withNano(0);
        long meeting = kit.plan(team, MeetingKind.OFFICE, title, kit.room(), start);
        long[] papers = kit.papers(team, meeting);
        kit.approve(team, meeting);

        awaitFound(team.chief(), title, meeting);
        assertThat(found(colleague, title, meeting)).isFalse();
        assertThat(found("sysadmin", title, meeting)).isFalse();
        // without the clearance the 秘密 议题 asks for, not even an attendee finds it
        platform.grantClearance(team.chief(), Clearance.NONE);
        assertThat(found(team.chief(), title, meeting)).isFalse();
        platform.grantClearance(team.chief(), Clearance.GENERAL);

        String word = TestUsers.unique("汛期值守");
        kit.publishMinutes(team, meeting, "<p>会议决定：" + word + "安排到人。</p>");
        awaitFound(team.chief(), word, meeting);
        assertThat(found(colleague, word, meeting)).isFalse();

        // offered as 待归档, archived by the unit's 机要秘书
        ArchivingService.Candidate candidate = await().atMost(Duration.ofSeconds(20)).until(() -> as.call(
                "czj.secretary", () -> archiving.candidates()).stream()
                .filter(c -> "meeting".equals(c.offer().getSourceKind()) && c.offer().getSourceId().equals(meeting))
                .findFirst(), Optional::isPresent).get();
        assertThat(candidate.offer().getSuggestedRetention()).isEqualTo(Retention.YEARS_30);
        assertThat(candidate.offer().getTitle()).isEqualTo(title + "纪要");
        ArchiveItem item = as.call("czj.secretary", () -> archiving.archiveOne(new ArchivingService.Request(
                new ArchivingService.Source("meeting", meeting), Retention.YEARS_30, candidate.suggestedOrgCode())));
        assertThat(item.getTitle()).isEqualTo(title + "纪要");
        assertThat(item.getResponsibleParty()).isEqualTo("市财政局");
        assertThat(item.getClassification()).isEqualTo(Classification.SECRET);
        assertThat(item.getBodyText()).contains(word);
        assertThat(item.getProcessInstanceId()).isEqualTo(jdbc.queryForObject(
                "select minutes_process_id from meeting where id = ?", String.class, meeting));
        ArchiveQueries.ItemView view = as.call("czj.secretary", () -> queries.item(item.getId()));
        assertThat(view.files()).extracting(ArchiveFile::getRole).contains(ArchiveFile.Role.STAMPED_PDF,
                ArchiveFile.Role.PROCESSING_FORM, ArchiveFile.Role.ATTACHMENT);
        for (long paper : papers) {
            String sha = jdbc.queryForObject("select sha256 from meeting_paper where id = ?", String.class, paper);
            assertThat(view.files()).extracting(ArchiveFile::getSha256).contains(sha);
        }
        assertThat(view.history()).isNotEmpty();
        assertThat(as.call("czj.secretary", () -> archiving.candidates()).stream()
                .filter(c -> "meeting".equals(c.offer().getSourceKind()) && c.offer().getSourceId().equals(meeting)))
                .isEmpty();
    }

    private void awaitFound(String username, String words, long meeting) {
        await().atMost(Duration.ofSeconds(30)).until(() -> found(username, words, meeting));
    }

    private boolean found(String username, String words, long meeting) throws Exception {
        JsonNode result = json.readTree(mvc.perform(get("/api/v1/search").param("q", words).with(users.as(username)))
                .andReturn().getResponse().getContentAsString());
        return StreamSupport.stream(result.path("items").spliterator(), false)
                .anyMatch(i -> "meeting".equals(i.path("kind").asText()) && i.path("id").asLong() == meeting
                        && ("/meetings/" + meeting).equals(i.path("link").asText()));
    }
}
