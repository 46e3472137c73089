package org.zhengtong.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.zhengtong.AsUser;
import org.zhengtong.TestUsers;
import org.zhengtong.meeting.internal.Attendee;
import org.zhengtong.meeting.internal.Invitee;
import org.zhengtong.meeting.internal.MeetingForm;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.MeetingService;
import org.zhengtong.meeting.internal.MinutesService;
import org.zhengtong.meeting.internal.RoomForm;
import org.zhengtong.meeting.internal.RoomService;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.PlatformFixtures.Team;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * Meetings for the module's tests, made through the services and sent on through the task API: a room of 市财政局, a
 * meeting of a {@link Team} (organizer the clerk, host the leader, 记录人 clerk2, the chief invited, a public and a
 * 秘密 议题 with a paper each), its plan approved (clerk → chief → leader), its 纪要 approved and published.
 */
record MeetingTestKit(MockMvc mvc, TestUsers users, AsUser as, Workflow workflow, RoomService rooms,
                      MeetingService meetings, MinutesService minutes) {

    long room() {
        return room(null, false);
    }

    long room(String keeper, boolean needsApproval, Long... otherUnits) {
        return as.call("czj.office", () -> rooms.create(new RoomForm(TestUsers.unique("会议室"), "主楼", 20, "投影",
                keeper, needsApproval, List.of(otherUnits), true)));
    }

    long plan(Team team, MeetingKind kind, String title, Long roomId, LocalDateTime start, String... invited) {
        return plan(team, kind, title, roomId, start, Classification.SECRET, invited);
    }

    /** A meeting whose second 议题 has this 密级. */
    long plan(Team team, MeetingKind kind, String title, Long roomId, LocalDateTime start,
              Classification secondTopic, String... invited) {
        List<MeetingForm.InviteeForm> invitees = new java.util.ArrayList<>();
        invitees.add(new MeetingForm.InviteeForm(Invitee.Kind.PERSON, team.chief(), Attendee.Role.ATTENDEE));
        for (String person : invited) {
            invitees.add(new MeetingForm.InviteeForm(Invitee.Kind.PERSON, person, Attendee.Role.ATTENDEE));
        }
        return as.call(team.clerk(), () -> meetings.create(new MeetingForm(kind, title, team.leader(), team.clerk2(),
                roomId, roomId == null ? "三楼小会议室" : null, start, start.plusHours(2), Classification.UNCLASSIFIED,
                30, List.of(new MeetingForm.TopicForm("预算调整" + title, team.chief(), null),
                        new MeetingForm.TopicForm("第二议题" + title, team.chief(), secondTopic)),
                invitees)));
    }

    /** Adds a paper to each 议题 (while at 拟定): the public one's id first, then the 秘密 one's. */
    long[] papers(Team team, long meetingId) {
        return as.call(team.clerk(), () -> meetings.topics(meetings.readable(meetingId)).stream()
                .mapToLong(t -> meetings.addPaper(meetingId, t.getId(), t.getTitle() + ".pdf",
                        new ByteArrayInputStream(("%PDF-1.4 " + t.getTitle()).getBytes(StandardCharsets.UTF_8))))
                .toArray());
    }

    void approve(Team team, long meetingId) throws Exception {
        send(team.clerk(), "meeting:" + meetingId);
        send(team.chief(), "meeting:" + meetingId);
        send(team.leader(), "meeting:" + meetingId);
    }

    void publishMinutes(Team team, long meetingId, String html) throws Exception {
        as.run(team.clerk2(), () -> {
            minutes.save(meetingId, html);
            minutes.submit(meetingId);
        });
        send(team.leader(), "meeting-minutes:" + meetingId);
        as.run(team.clerk2(), () -> minutes.publish(meetingId));
    }

    TodoTask task(String username, String businessKey) {
        return workflow.todo(username).stream().filter(t -> businessKey.equals(t.businessKey())).findFirst()
                .orElseThrow(() -> new AssertionError(username + " has no task of " + businessKey));
    }

    void send(String username, String businessKey) throws Exception {
        send(username, businessKey, "{\"opinion\": \"同意\"}");
    }

    void send(String username, String businessKey, String body) throws Exception {
        mvc.perform(post("/api/v1/tasks/{taskId}/send", task(username, businessKey).taskId())
                        .with(users.as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk());
    }
}
