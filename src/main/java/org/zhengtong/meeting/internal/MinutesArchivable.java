package org.zhengtong.meeting.internal;

import java.net.URLConnection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ReadyForArchive;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.TextPdf;
import org.zhengtong.platform.RichText;

/**
 * Published 会议纪要 for the archive (kind {@code meeting}): offered when published ({@link MinutesService#publish}),
 * taken with 题名 the 纪要's title, 责任者 the meeting's unit, 日期 the day it was published, the highest 密级 of the
 * meeting and its 议题, the 纪要 as text, the 议题 papers as files (with their SHA-256 as stored), the printed 纪要
 * and the history of its approval; 保管期限 suggested by the kind (办公会, 专题会, 工作会 30 years, the others 10).
 */
@Service
@Transactional(readOnly = true)
class MinutesArchivable implements Archivable {

    static final String KIND = "meeting";

    private final MeetingRepository meetings;
    private final TopicRepository topics;
    private final PaperRepository papers;
    private final AttendeeRepository attendees;
    private final DecisionRepository decisions;
    private final MeetingService service;
    private final OrgDirectory directory;
    private final TextPdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    MinutesArchivable(MeetingRepository meetings, TopicRepository topics, PaperRepository papers,
                      AttendeeRepository attendees, DecisionRepository decisions, MeetingService service,
                      OrgDirectory directory, TextPdf pdf, MessageSource messages, Clock clock) {
        this.meetings = meetings;
        this.topics = topics;
        this.papers = papers;
        this.attendees = attendees;
        this.decisions = decisions;
        this.service = service;
        this.directory = directory;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<ArchivalRecord> finished(long id) {
        return meetings.findById(id).filter(m -> m.getMinutesStatus() == Meeting.MinutesStatus.PUBLISHED)
                .map(this::record);
    }

    @Override
    public List<ReadyForArchive> offers(long afterId, int size) {
        return meetings.findByMinutesStatusAndIdGreaterThanOrderByIdAsc(Meeting.MinutesStatus.PUBLISHED, afterId,
                PageRequest.of(0, Math.max(1, Math.min(size, 1000)))).stream().map(this::offer).toList();
    }

    /** The offer made when the 纪要 is published. */
    ReadyForArchive offer(Meeting meeting) {
        return new ReadyForArchive(KIND, meeting.getId(), meeting.getUnitId(), title(meeting), null, date(meeting),
                ArchivalRecord.Origin.OWN, MeetingIndex.classification(meeting,
                topics.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId())), retention(meeting.getKind()),
                meeting.getMinutesPublishedAt());
    }

    static String title(Meeting meeting) {
        return meeting.getTitle().endsWith("纪要") ? meeting.getTitle() : meeting.getTitle() + "纪要";
    }

    static Retention retention(MeetingKind kind) {
        return switch (kind) {
            case OFFICE, TOPIC, WORK -> Retention.YEARS_30;
            default -> Retention.YEARS_10;
        };
    }

    private LocalDate date(Meeting meeting) {
        return meeting.getMinutesPublishedAt() == null ? meeting.getStartsAt().toLocalDate()
                : LocalDate.ofInstant(meeting.getMinutesPublishedAt(), clock.getZone());
    }

    private ArchivalRecord record(Meeting meeting) {
        List<Topic> list = topics.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId());
        List<ArchivalRecord.File> files = new ArrayList<>();
        if (!list.isEmpty()) {
            for (Paper paper : papers.findByTopicIdInOrderByIdAsc(list.stream().map(Topic::getId).toList())) {
                String type = URLConnection.guessContentTypeFromName(paper.getFileName());
                files.add(new ArchivalRecord.File(ArchivalRecord.FileRole.ATTACHMENT, paper.getFileName(),
                        type == null ? "application/octet-stream" : type, paper.getFileKey(), paper.getSha256(),
                        paper.getFileSize()));
            }
        }
        String unit = directory.unit(meeting.getUnitId()).map(OrgDirectory.UnitRef::name).orElse("");
        Long department = directory.person(meeting.getOrganizer()).map(OrgDirectory.PersonRef::departmentId)
                .orElse(null);
        String text = meeting.getMinutesHtml() == null ? "" : RichText.text(meeting.getMinutesHtml());
        String kind = messages.getMessage(meeting.getKind().messageKey(), null, meeting.getKind().label(),
                Locale.SIMPLIFIED_CHINESE);
        return new ArchivalRecord(KIND, meeting.getId(), meeting.getUnitId(), department, title(meeting), unit, null,
                date(meeting), MeetingIndex.classification(meeting, list), null,
                new ArchivalRecord.Type("MINUTES-" + meeting.getKind().name(), kind + "纪要"),
                ArchivalRecord.Origin.OWN, text, files,
                new ArchivalRecord.ProcessingForm("会议纪要", pdf.render(title(meeting), printed(meeting, list, text))),
                meeting.getMinutesProcessId(), retention(meeting.getKind()), meeting.getMinutesPublishedAt());
    }

    private List<String> printed(Meeting meeting, List<Topic> list, String text) {
        List<String> lines = new ArrayList<>();
        lines.add("时间：" + meeting.getStartsAt().toLocalDate() + " " + meeting.getStartsAt().toLocalTime() + "—"
                + meeting.getEndsAt().toLocalTime());
        String place = service.place(meeting);
        if (place != null) {
            lines.add("地点：" + place);
        }
        if (meeting.getHost() != null) {
            lines.add("主持人：" + directory.nameOf(meeting.getHost()));
        }
        if (meeting.getRecorder() != null) {
            lines.add("记录人：" + directory.nameOf(meeting.getRecorder()));
        }
        lines.add("出席：" + String.join("、", attendees.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .filter(a -> a.getReply() != Attendee.Reply.LEAVE).map(a -> directory.nameOf(a.getUsername()))
                .toList()));
        for (int i = 0; i < list.size(); i++) {
            lines.add("议题" + (i + 1) + "：" + list.get(i).getTitle());
        }
        lines.add("");
        lines.add(text);
        List<Decision> decided = decisions.findByMeetingIdOrderByIdAsc(meeting.getId());
        if (!decided.isEmpty()) {
            lines.add("");
            lines.add("议定事项：");
            for (int i = 0; i < decided.size(); i++) {
                Decision d = decided.get(i);
                lines.add((i + 1) + ". " + d.getText() + "（责任人：" + directory.nameOf(d.getOwner()) + "，期限："
                        + d.getDeadline() + "）");
            }
        }
        return lines;
    }
}
