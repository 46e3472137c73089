package org.zhengtong.calendar.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;

/**
 * A calendar is its owner's: she alone changes it; the people she shared it with read it; nobody else, the
 * administrators included, reads it. Another's entry and an id that does not exist are refused alike with 403 and
 * audited as a refused {@code CALENDAR_OPEN}, so ids reveal nothing.
 */
@Component
class CalendarAccess {

    private final CalendarEntryRepository entries;
    private final CalendarShareRepository shares;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;

    CalendarAccess(CalendarEntryRepository entries, CalendarShareRepository shares, CurrentUsers currentUsers,
                   AuditLog audit) {
        this.entries = entries;
        this.shares = shares;
        this.currentUsers = currentUsers;
        this.audit = audit;
    }

    /** The current person's username: only people of the organization keep a calendar. */
    String owner() {
        CurrentUser user = currentUsers.current();
        if (user.personId() == null) {
            audit.failure("CALENDAR_OPEN", "calendar", user.username(), "no person");
            throw new AccessDeniedException(user.username() + " is no person of the organization");
        }
        return user.username();
    }

    /** Whose calendar to read: one's own (of is empty or oneself) or one shared with the current person. */
    String readable(String of) {
        String me = owner();
        if (of == null || of.isBlank() || of.equals(me)) {
            return me;
        }
        if (!shares.existsByOwnerAndReader(of, me)) {
            audit.failure("CALENDAR_OPEN", "calendar", of, "not shared with " + me);
            throw new AccessDeniedException("the calendar of " + of + " is not shared with " + me);
        }
        return of;
    }

    /** An entry of one's own: to change. */
    CalendarEntry ownEntry(long id) {
        String me = owner();
        return entries.findById(id).filter(e -> e.getOwner().equals(me)).orElseThrow(() -> refused(id, me));
    }

    /** An entry of one's own or of a calendar shared with one: to read. */
    CalendarEntry readableEntry(long id) {
        String me = owner();
        return entries.findById(id)
                .filter(e -> e.getOwner().equals(me) || shares.existsByOwnerAndReader(e.getOwner(), me))
                .orElseThrow(() -> refused(id, me));
    }

    private AccessDeniedException refused(long id, String user) {
        audit.failure("CALENDAR_OPEN", "calendarEntry", id, "not readable by " + user);
        return new AccessDeniedException("calendar entry " + id + " is not " + user + "'s");
    }
}
