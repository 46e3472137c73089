package org.zhengtong.meeting.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;
import org.zhengtong.workflow.Workflow;

/**
 * Meetings in 综合检索 (kind {@code meeting}): the title, the 议题 titles, the place and — once published — the 纪要's
 * text. Found by the people of the meeting (organizer, host, 记录人, the invited and attendees with their stand-ins,
 * the owners of its 议定事项) and those who took part in its processes; its 密级 is the highest of the meeting's and its
 * 议题'. {@link #readable} asks {@link MeetingService#canRead}, the rule of the meeting's page.
 */
@Component
class MeetingIndex extends RecordIndex<Meeting> {

    static final String KIND = "meeting";

    private final TopicRepository topics;
    private final InviteeRepository invitees;
    private final AttendeeRepository attendees;
    private final DecisionRepository decisions;
    private final MeetingService service;
    private final Workflow workflow;

    MeetingIndex(MeetingRepository meetings, TopicRepository topics, InviteeRepository invitees,
                 AttendeeRepository attendees, DecisionRepository decisions, MeetingService service,
                 CurrentUsers currentUsers, Workflow workflow) {
        super(KIND, Meeting.class, meetings, "/meetings/", currentUsers);
        this.topics = topics;
        this.invitees = invitees;
        this.attendees = attendees;
        this.decisions = decisions;
        this.service = service;
        this.workflow = workflow;
    }

    @Override
    protected boolean mayOpen(Meeting r, CurrentUser user) {
        return service.canRead(r, user.username(), user.clearance());
    }

    /** The highest 密级 of the meeting and its 议题. */
    static Classification classification(Meeting meeting, List<Topic> list) {
        return Stream.concat(Stream.of(meeting.getClassification()), list.stream().map(Topic::getClassification))
                .max(Comparator.naturalOrder()).orElse(Classification.UNCLASSIFIED);
    }

    @Override
    protected FullTextSearch.Entry entry(Meeting meeting) {
        List<Topic> list = topics.findByMeetingIdOrderBySortOrderAscIdAsc(meeting.getId());
        EntryText text = new EntryText();
        text.add(meeting.getTitle(), service.place(meeting));
        list.forEach(t -> text.add(t.getTitle()));
        if (meeting.getMinutesStatus() == Meeting.MinutesStatus.PUBLISHED && meeting.getMinutesHtml() != null) {
            text.add(RichText.text(meeting.getMinutesHtml()));
        }
        Set<String> people = new LinkedHashSet<>();
        Stream.of(meeting.getOrganizer(), meeting.getHost(), meeting.getRecorder()).forEach(people::add);
        attendees.findByMeetingIdOrderByIdAsc(meeting.getId()).forEach(a -> {
            people.add(a.getUsername());
            people.add(a.getStandIn());
        });
        invitees.findByMeetingIdOrderByIdAsc(meeting.getId()).stream()
                .filter(i -> i.getKind() == Invitee.Kind.PERSON).forEach(i -> people.add(i.getTarget()));
        List<String> processes = new java.util.ArrayList<>();
        processes.add(meeting.getProcessInstanceId());
        processes.add(meeting.getMinutesProcessId());
        decisions.findByMeetingIdOrderByIdAsc(meeting.getId()).forEach(d -> {
            people.add(d.getOwner());
            processes.add(d.getProcessInstanceId());
        });
        List<String> started = processes.stream().filter(p -> p != null).toList();
        if (!started.isEmpty()) {
            workflow.participants(started).values().forEach(people::addAll);
        }
        people.remove(null);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", meeting.getKind() == null ? "" : meeting.getKind().name());
        fields.put("status", meeting.getStatus().name());
        return new FullTextSearch.Entry(KIND, meeting.getId(), meeting.getUnitId(), meeting.getTitle(),
                text.toString(), meeting.getStartsAt().toLocalDate(), classification(meeting, list),
                people.stream().map(Readers::person).collect(Collectors.toCollection(LinkedHashSet::new)), fields);
    }
}
