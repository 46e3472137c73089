package org.zhengtong.meeting.internal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.zhengtong.meeting.internal.Attendee;
import org.zhengtong.meeting.internal.Invitee;
import org.zhengtong.meeting.internal.Meeting;
import org.zhengtong.meeting.internal.MeetingForm;
import org.zhengtong.meeting.internal.MeetingKind;
import org.zhengtong.meeting.internal.Topic;
import org.zhengtong.platform.Classification;

/**
 * The plan as the page posts it: plain fields, 议题 rows (empty rows ignored) and the invited as picker values
 * {@code KIND:target} in two lists, attending and 列席.
 */
public class PlanForm {

    private MeetingKind kind = MeetingKind.OFFICE;
    @Size(max = 200)
    private String title;
    @Size(max = 40)
    private String host;
    @Size(max = 40)
    private String recorder;
    private Long roomId;
    @Size(max = 200)
    private String location;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime start;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime end;
    private Classification classification = Classification.UNCLASSIFIED;
    private Integer reminderMinutes = 30;
    @Valid
    private List<TopicRow> topics = new ArrayList<>();
    private List<String> attendees = new ArrayList<>();
    private List<String> observers = new ArrayList<>();

    /** One 议题 row. */
    public static class TopicRow {
        @Size(max = 200)
        private String title;
        @Size(max = 40)
        private String presenter;
        private Classification classification = Classification.UNCLASSIFIED;

        public TopicRow() {
        }

        TopicRow(String title, String presenter, Classification classification) {
            this.title = title;
            this.presenter = presenter;
            this.classification = classification;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getPresenter() {
            return presenter;
        }

        public void setPresenter(String presenter) {
            this.presenter = presenter;
        }

        public Classification getClassification() {
            return classification;
        }

        public void setClassification(Classification classification) {
            this.classification = classification;
        }
    }

    static PlanForm of(Meeting m, List<Topic> topics, List<Invitee> invitees) {
        PlanForm form = new PlanForm();
        form.kind = m.getKind();
        form.title = m.getTitle();
        form.host = m.getHost();
        form.recorder = m.getRecorder();
        form.roomId = m.getRoomId();
        form.location = m.getLocation();
        form.start = m.getStartsAt();
        form.end = m.getEndsAt();
        form.classification = m.getClassification();
        form.reminderMinutes = m.getReminderMinutes();
        topics.forEach(t -> form.topics.add(new TopicRow(t.getTitle(), t.getPresenter(), t.getClassification())));
        for (Invitee i : invitees) {
            (i.getRole() == Attendee.Role.OBSERVER ? form.observers : form.attendees)
                    .add(i.getKind().name() + ":" + i.getTarget());
        }
        return form;
    }

    MeetingForm toForm() {
        List<MeetingForm.TopicForm> topicForms = new ArrayList<>();
        for (TopicRow row : topics) {
            if (row != null && row.title != null && !row.title.isBlank()) {
                topicForms.add(new MeetingForm.TopicForm(row.title, blank(row.presenter), row.classification));
            }
        }
        List<MeetingForm.InviteeForm> invited = new ArrayList<>();
        add(invited, attendees, Attendee.Role.ATTENDEE);
        add(invited, observers, Attendee.Role.OBSERVER);
        return new MeetingForm(kind, title, blank(host), blank(recorder), roomId, location, start, end,
                classification, reminderMinutes, topicForms, invited);
    }

    private static void add(List<MeetingForm.InviteeForm> into, List<String> values, Attendee.Role role) {
        for (String value : values == null ? List.<String>of() : values) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            Invitee.Kind kind;
            try {
                kind = Invitee.Kind.valueOf(value.substring(0, colon));
            } catch (IllegalArgumentException e) {
                continue;
            }
            into.add(new MeetingForm.InviteeForm(kind, value.substring(colon + 1), role));
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean invited(String value) {
        return attendees.contains(value);
    }

    public boolean observing(String value) {
        return observers.contains(value);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getRecorder() {
        return recorder;
    }

    public void setRecorder(String recorder) {
        this.recorder = recorder;
    }

    public Long getRoomId() {
        return roomId;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Classification getClassification() {
        return classification;
    }

    public void setClassification(Classification classification) {
        this.classification = classification;
    }

    public Integer getReminderMinutes() {
        return reminderMinutes;
    }

    public void setReminderMinutes(Integer reminderMinutes) {
        this.reminderMinutes = reminderMinutes;
    }

    public List<TopicRow> getTopics() {
        return topics;
    }

    public void setTopics(List<TopicRow> topics) {
        this.topics = topics;
    }

    public List<String> getAttendees() {
        return attendees;
    }

    public void setAttendees(List<String> attendees) {
        this.attendees = attendees;
    }

    public List<String> getObservers() {
        return observers;
    }

    public void setObservers(List<String> observers) {
        this.observers = observers;
    }
}
