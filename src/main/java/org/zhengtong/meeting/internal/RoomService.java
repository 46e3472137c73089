package org.zhengtong.meeting.internal;

import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Photos;
import org.zhengtong.platform.Positions;

/**
 * 会议室: a unit's rooms, kept by its 办公室主任, 机要秘书 or whoever holds {@code MEETING_ROOM_MANAGE}; seen and booked
 * by its own people and those of the units it is opened to. A room of another unit not opened to one's own is
 * not found (404).
 */
@Service
@Transactional
public class RoomService {

    /** The largest room photo one may upload. */
    static final int MAX_PHOTO = 5 * 1024 * 1024;

    private static final Set<String> MANAGER_POSITIONS = Set.of(Positions.OFFICE_DIRECTOR,
            Positions.CONFIDENTIAL_SECRETARY);

    private final RoomRepository rooms;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;

    RoomService(RoomRepository rooms, CurrentUsers currentUsers, OrgDirectory directory, FileStore files,
                AuditLog audit, Clock clock) {
        this.rooms = rooms;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the current user keeps the rooms of their unit. */
    @Transactional(readOnly = true)
    public boolean manager() {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null) {
            return false;
        }
        return user.can(MeetingPermissions.ROOM_MANAGE) || directory.person(user.username())
                .map(p -> MANAGER_POSITIONS.contains(p.position()) && p.unitId() == user.unitId()).orElse(false);
    }

    private void requireManager(MeetingRoom room) {
        CurrentUser user = currentUsers.current();
        if (!manager() || (room != null && !room.getUnitId().equals(user.unitId()))) {
            audit.failure("MEETING_ROOM_SAVE", "meetingRoom", room == null ? null : room.getId(), null);
            throw new AccessDeniedException(user.username() + " does not keep these rooms");
        }
    }

    @Transactional(readOnly = true)
    public List<MeetingRoom> visible() {
        CurrentUser user = currentUsers.current();
        return user.unitId() == null ? List.of() : rooms.visibleTo(user.unitId());
    }

    /** A room the current user may see; 404 otherwise. */
    @Transactional(readOnly = true)
    public MeetingRoom room(long id) {
        MeetingRoom room = rooms.findById(id).orElseThrow(() -> new NotFoundException("meetingRoom", id));
        if (!room.visibleTo(currentUsers.current().unitId())) {
            throw new NotFoundException("meetingRoom", id);
        }
        return room;
    }

    public long create(RoomForm form) {
        requireManager(null);
        MeetingRoom room = new MeetingRoom(currentUsers.current().unitId(), clock.instant());
        apply(room, form);
        rooms.saveAndFlush(room);
        audit.success("MEETING_ROOM_SAVE", "meetingRoom", room.getId(), room.getName());
        return room.getId();
    }

    public void update(long id, RoomForm form) {
        MeetingRoom room = room(id);
        requireManager(room);
        apply(room, form);
        rooms.saveAndFlush(room);
        audit.success("MEETING_ROOM_SAVE", "meetingRoom", room.getId(), room.getName());
    }

    /** A room's photo: a JPEG or PNG by its content (not only its name), at most {@link #MAX_PHOTO} bytes ({@link Photos}). */
    public void photo(long id, String fileName, InputStream content) {
        MeetingRoom room = room(id);
        requireManager(room);
        String name = fileName == null ? "" : fileName.strip();
        byte[] bytes = Photos.read(content, MAX_PHOTO);
        FileStore.StoredFile stored = files.store(new java.io.ByteArrayInputStream(bytes));
        room.photo(stored.key(), name.length() > 200 ? name.substring(name.length() - 200) : name);
        audit.success("MEETING_ROOM_SAVE", "meetingRoom", room.getId(), "photo");
    }

    @Transactional(readOnly = true)
    public InputStream openPhoto(MeetingRoom room) {
        return files.open(room.getPhotoKey());
    }

    private void apply(MeetingRoom room, RoomForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new BusinessRuleException("meeting.error.roomName");
        }
        if (form.capacity() < 1 || form.capacity() > 10000) {
            throw new BusinessRuleException("meeting.error.roomCapacity");
        }
        String keeper = blankToNull(form.keeper());
        if (keeper != null && directory.person(keeper).isEmpty()) {
            throw new BusinessRuleException("meeting.error.unknownPerson", keeper);
        }
        if (form.needsApproval() && keeper == null) {
            throw new BusinessRuleException("meeting.error.keeperNeeded");
        }
        Set<Long> units = new LinkedHashSet<>();
        for (Long unit : form.bookingUnitIds() == null ? List.<Long>of() : form.bookingUnitIds()) {
            if (unit != null && directory.unit(unit).isEmpty()) {
                throw new BusinessRuleException("meeting.error.unknownUnit");
            }
            if (unit != null) {
                units.add(unit);
            }
        }
        room.update(name, limit(form.building(), 100), form.capacity(), limit(form.equipment(), 500), keeper,
                form.needsApproval(), units, form.active() == null || form.active());
        rooms.findByUnitIdAndName(room.getUnitId(), name).filter(r -> !r.getId().equals(room.getId()))
                .ifPresent(r -> {
                    throw new BusinessRuleException("meeting.error.roomNameTaken", name);
                });
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String limit(String text, int max) {
        String value = blankToNull(text);
        if (value != null && value.length() > max) {
            throw new BusinessRuleException("meeting.error.tooLong", max);
        }
        return value;
    }
}
