package org.zhengtong.meeting.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TodoDescriber;

/**
 * How the module's tasks read in the to-do window: a meeting plan (its title, kind, date), a booking (room and
 * time), a 纪要 (the meeting's title) and a 议定事项 (its text and deadline). A classified meeting's title needs the
 * clearance of its 密级.
 */
@Component
class MeetingTodoDescriber implements TodoDescriber {

    private final MeetingRepository meetings;
    private final BookingRepository bookings;
    private final RoomRepository rooms;
    private final DecisionRepository decisions;
    private final OrgDirectory directory;
    private final MessageSource messages;

    MeetingTodoDescriber(MeetingRepository meetings, BookingRepository bookings, RoomRepository rooms,
                         DecisionRepository decisions, OrgDirectory directory, MessageSource messages) {
        this.meetings = meetings;
        this.bookings = bookings;
        this.rooms = rooms;
        this.decisions = decisions;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public boolean supports(String businessKey) {
        return businessKey != null && (businessKey.startsWith(Meeting.KEY_PREFIX)
                || businessKey.startsWith(RoomBooking.KEY_PREFIX) || businessKey.startsWith(Decision.KEY_PREFIX)
                || businessKey.startsWith(MeetingProcesses.MINUTES + ":"));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Description> describe(Collection<String> businessKeys) {
        Map<String, Description> described = new HashMap<>();
        for (String key : businessKeys) {
            Optional<Long> keyId = supports(key) ? BusinessKeys.idOf(key) : Optional.empty();
            if (keyId.isEmpty()) {
                continue;
            }
            long id = keyId.get();
            if (key.startsWith(Meeting.KEY_PREFIX)) {
                meetings.findById(id).ifPresent(m -> described.put(key, meeting(m, text("meeting.todo.plan"),
                        "/meetings/" + id, null)));
            } else if (key.startsWith(MeetingProcesses.MINUTES + ":")) {
                meetings.findById(id).ifPresent(m -> described.put(key, meeting(m, text("meeting.todo.minutes"),
                        "/meetings/" + id, null)));
            } else if (key.startsWith(Decision.KEY_PREFIX)) {
                decisions.findById(id).ifPresent(d -> meetings.findById(d.getMeetingId()).ifPresent(m -> {
                    Description base = meeting(m, text("meeting.todo.decision"), "/meetings/decisions/" + id,
                            d.getDeadline());
                    described.put(key, new Description(d.getText(), null, base.type(), null, 0,
                            base.classification(), base.unitName(), d.getDeadline(), base.link(),
                            base.titleClearance()));
                }));
            } else {
                bookings.findById(id).ifPresent(b -> rooms.findById(b.getRoomId()).ifPresent(r -> described.put(key,
                        new Description(text("meeting.todo.bookingTitle", r.getName(), b.getStartsAt().toLocalDate(),
                                b.getStartsAt().toLocalTime(), b.getEndsAt().toLocalTime(),
                                directory.nameOf(b.getBookedBy())), null, text("meeting.todo.booking"), null, 0, null,
                                directory.unit(b.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null), null,
                                "/meetings/bookings/" + id))));
            }
        }
        return described;
    }

    private Description meeting(Meeting m, String type, String link, LocalDate deadline) {
        String unitName = directory.unit(m.getUnitId()).map(OrgDirectory.UnitRef::name).orElse(null);
        return new Description(m.getTitle(), null, type, null, 0,
                m.getClassification().classified() ? m.getClassification().label() : null, unitName,
                deadline != null ? deadline : m.getStartsAt().toLocalDate(), link,
                m.getClassification().requiredClearance());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
