package org.zhengtong.meeting.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.zhengtong.document.Drafts;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.OrgDirectory;

/**
 * A meeting's notice as a 公文 (通知) draft: 关于召开…的通知, its time, place, 议题 and attendees, addressed to the units
 * of the people it invites, drafted by whoever runs the meeting (organizer, host, 记录人) through {@link Drafts} — then
 * edited and sent on in the 公文 module like any draft. Not for a cancelled meeting, nor for a classified one (its
 * notice is drafted in the 公文 module with its 保密期限).
 */
@Service
@Transactional
public class MeetingNoticeDrafts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final MeetingService meetings;
    private final Drafts drafts;
    private final OrgDirectory directory;
    private final AuditLog audit;

    MeetingNoticeDrafts(MeetingService meetings, Drafts drafts, OrgDirectory directory, AuditLog audit) {
        this.meetings = meetings;
        this.drafts = drafts;
        this.directory = directory;
        this.audit = audit;
    }

    public Drafts.Draft draft(long meetingId) {
        Meeting meeting = meetings.readable(meetingId);
        if (!meetings.runs(meeting)) {
            throw new AccessDeniedException("only who runs meeting " + meetingId + " drafts its notice");
        }
        if (meeting.getStatus() == Meeting.Status.CANCELLED) {
            throw new BusinessRuleException("meeting.error.cancelled");
        }
        List<Topic> topics = meetings.topics(meeting);
        if (MeetingIndex.classification(meeting, topics).classified()) {
            throw new BusinessRuleException("meeting.error.noticeClassified");
        }
        List<String> people = meeting.getStatus() == Meeting.Status.NOTICED
                ? meetings.attendees(meeting).stream().map(Attendee::getUsername).toList()
                : List.copyOf(meetings.expand(meeting).keySet());
        Set<Long> units = new LinkedHashSet<>();
        units.add(meeting.getUnitId());
        people.forEach(p -> directory.person(p).ifPresent(ref -> units.add(ref.unitId())));
        StringBuilder body = new StringBuilder();
        String place = meetings.place(meeting);
        body.append("<p>经研究，定于").append(meeting.getStartsAt().format(WHEN)).append("在").append(esc(place))
                .append("召开").append(esc(meeting.getTitle())).append("。现将有关事项通知如下：</p>");
        body.append("<p>一、会议时间：").append(meeting.getStartsAt().format(WHEN)).append("至")
                .append(meeting.getEndsAt().format(WHEN)).append("</p>");
        body.append("<p>二、会议地点：").append(esc(place)).append("</p>");
        if (!topics.isEmpty()) {
            body.append("<p>三、会议议题：</p>");
            for (int i = 0; i < topics.size(); i++) {
                body.append("<p>").append(i + 1).append(". ").append(esc(topics.get(i).getTitle())).append("</p>");
            }
        }
        body.append("<p>").append(topics.isEmpty() ? "三" : "四").append("、参会人员：")
                .append(esc(String.join("、", people.stream().map(directory::nameOf).toList()))).append("</p>");
        body.append("<p>").append(topics.isEmpty() ? "四" : "五")
                .append("、请参会人员准时出席；因故不能参加的，请提前请假。</p>");
        String title = RoomService.limit("关于召开" + meeting.getTitle() + "的通知", 200);
        Drafts.Draft draft = drafts.notice(title, body.toString(), meeting.getClassification(), null, units);
        audit.success("MEETING_NOTICE_DOCUMENT", "meeting", meetingId, "document " + draft.id());
        return draft;
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
