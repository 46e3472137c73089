package org.zhengtong.leaderschedule.internal;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.zhengtong.calendar.BusyTime;
import org.zhengtong.calendar.CalendarEntryRequest;
import org.zhengtong.calendar.Calendars;
import org.zhengtong.calendar.EntryType;
import org.zhengtong.leaderschedule.internal.Views.CellEntry;
import org.zhengtong.leaderschedule.internal.Views.Clash;
import org.zhengtong.leaderschedule.internal.Views.DayCells;
import org.zhengtong.leaderschedule.internal.Views.EntryView;
import org.zhengtong.leaderschedule.internal.Views.LeaderRow;
import org.zhengtong.leaderschedule.internal.Views.PersonName;
import org.zhengtong.leaderschedule.internal.Views.Setting;
import org.zhengtong.leaderschedule.internal.Views.WeekTable;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.OrgDirectory.PersonRef;
import org.zhengtong.search.IndexEntryChanged;

/**
 * 领导日程安排: the entries of the leaders' schedules, the unit's week and the leaders' settings. Every method reads
 * through {@link ScheduleRules}: an entry the current person may not see is as unknown as one that does not exist
 * (404), one she may see but not keep is refused (403). Each entry is also in the leader's own calendar
 * ({@code leaderschedule:<id>}, type LEADER), written and removed in the same transaction.
 */
@Service
@Transactional
@Validated
public class LeaderSchedules {

    static final String KIND = "leaderschedule";
    /** The longest an entry may last. */
    static final int MAX_DAYS = 31;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final ScheduleEntryRepository entries;
    private final ScheduleGrantRepository grants;
    private final ScheduleRules rules;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final Calendars calendars;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final MessageSource messages;
    private final LeaderScheduleProperties properties;
    private final Clock clock;

    LeaderSchedules(ScheduleEntryRepository entries, ScheduleGrantRepository grants, ScheduleRules rules,
                    OrgDirectory directory, CurrentUsers currentUsers, Calendars calendars,
                    ApplicationEventPublisher events, AuditLog audit, MessageSource messages,
                    LeaderScheduleProperties properties, Clock clock) {
        this.entries = entries;
        this.grants = grants;
        this.rules = rules;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.calendars = calendars;
        this.events = events;
        this.audit = audit;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    // ----------------------------------------------------------------------------------------------- entries

    /** A new entry of a leader whose schedule the current person keeps; its id. */
    public long create(@Valid EntryForm form) {
        CurrentUser user = currentUsers.current();
        PersonRef leader = scheduledLeader(form.leader());
        if (!rules.reader(user).mayEdit(leader.username())) {
            throw new AccessDeniedException(user.username() + " does not keep the schedule of " + leader.username());
        }
        ScheduleEntry entry = new ScheduleEntry(leader.unitId(), leader.username(), user.username(), clock.instant());
        fill(entry, form, user.username());
        entry = entries.save(entry);
        written(entry);
        audit.success("LEADERSCHEDULE_CREATE", "leaderScheduleEntry", entry.getId(),
                leader.username() + " " + entry.getStartsAt() + " ~ " + entry.getEndsAt());
        return entry.getId();
    }

    /**
     * An entry written by the demo city's loader in the name of an editor of the leader: no current person, no audit
     * record; otherwise as {@link #create}, into the leader's calendar and the index.
     */
    long createForDemo(String editor, EntryForm form) {
        PersonRef leader = scheduledLeader(form.leader());
        ScheduleEntry entry = new ScheduleEntry(leader.unitId(), leader.username(), editor, clock.instant());
        fill(entry, form, editor);
        entry = entries.save(entry);
        written(entry);
        return entry.getId();
    }

    /** Changes an entry; the leader stays the same. */
    public void update(long id, @Valid EntryForm form) {
        CurrentUser user = currentUsers.current();
        ScheduleEntry entry = editable(id, user);
        if (!entry.getLeader().equals(form.leader())) {
            throw new BusinessRuleException("leaderschedule.error.leaderChanged");
        }
        fill(entry, form, user.username());
        written(entry);
        audit.success("LEADERSCHEDULE_UPDATE", "leaderScheduleEntry", id,
                entry.getLeader() + " " + entry.getStartsAt() + " ~ " + entry.getEndsAt());
    }

    /** Deletes an entry and its place in the leader's calendar. */
    public void delete(long id) {
        CurrentUser user = currentUsers.current();
        ScheduleEntry entry = editable(id, user);
        entries.delete(entry);
        calendars.remove(source(id), entry.getLeader());
        events.publishEvent(new IndexEntryChanged(KIND, id));
        audit.success("LEADERSCHEDULE_DELETE", "leaderScheduleEntry", id, entry.getLeader() + " "
                + entry.getStartsAt());
    }

    @Transactional(readOnly = true)
    public EntryView entry(long id) {
        ScheduleRules.Reader reader = rules.reader(currentUsers.current());
        ScheduleEntry entry = entries.findById(id).filter(reader::maySee)
                .orElseThrow(() -> new NotFoundException("leaderScheduleEntry", id));
        return view(entry, reader);
    }

    /** The form of an entry the current person keeps, to change it. */
    @Transactional(readOnly = true)
    public EntryForm form(long id) {
        ScheduleEntry e = editable(id, currentUsers.current());
        boolean timed = e.getDayPart() == DayPart.TIMED;
        return new EntryForm(e.getLeader(), e.getDayPart(), timed ? e.getStartsAt() : null,
                timed ? e.getEndsAt() : null, timed ? null : e.getStartsAt().toLocalDate(),
                e.getDayPart() == DayPart.ALL_DAY ? e.getEndsAt().toLocalDate().minusDays(1) : null, e.getPlace(),
                e.getActivity(), e.getCompanions(), e.getNote(), e.getVisibility(), e.getReminderMinutes());
    }

    /** The leaders whose schedules the current person keeps (herself if she is one), in the organization's order. */
    @Transactional(readOnly = true)
    public List<PersonName> editableLeaders() {
        CurrentUser user = currentUsers.current();
        ScheduleRules.Reader reader = rules.reader(user);
        Set<String> mine = new LinkedHashSet<>(reader.editorOf());
        directory.person(user.username()).filter(rules::isScheduled).ifPresent(p -> mine.add(p.username()));
        List<PersonName> found = new ArrayList<>();
        for (String leader : mine) {
            directory.person(leader).ifPresent(p -> found.add(new PersonName(p.username(), p.name())));
        }
        return found;
    }

    /** People of the current person's unit, to choose 陪同 from. */
    @Transactional(readOnly = true)
    public List<PersonName> colleagues() {
        CurrentUser user = currentUsers.current();
        return user.unitId() == null ? List.of() : directory.people(user.unitId()).stream()
                .map(p -> new PersonName(p.username(), p.name())).toList();
    }

    // ----------------------------------------------------------------------------------------------- the week

    /** The unit's week from its Monday, as the current person may see it; refused for someone outside the unit. */
    @Transactional(readOnly = true)
    public WeekTable week(Long unitId, LocalDate anyDay) {
        CurrentUser user = currentUsers.current();
        long unit = unitId != null ? unitId : user.unitId() == null ? -1 : user.unitId();
        var unitRef = directory.unit(unit).orElseThrow(() -> new NotFoundException("unit", unit));
        ScheduleRules.Reader reader = rules.reader(user);
        List<PersonRef> leaders = rules.leaders(unit);
        Set<String> leaderNames = leaders.stream().map(PersonRef::username).collect(Collectors.toSet());
        if (!reader.mayOpenUnit(unit, leaderNames)) {
            throw new AccessDeniedException(user.username() + " is not of unit " + unit);
        }
        boolean insider = user.unitId() != null && user.unitId() == unit;
        if (!insider) {
            leaders = leaders.stream().filter(l -> reader.mayEdit(l.username())
                    || reader.viewerOf().contains(l.username())).toList();
        }
        LocalDate monday = Weeks.mondayOf(anyDay);
        LocalDateTime from = monday.atStartOfDay();
        LocalDateTime to = monday.plusDays(7).atStartOfDay();
        Map<String, List<ScheduleEntry>> byLeader = new HashMap<>();
        for (ScheduleEntry e : entries.inUnit(unit, from, to)) {
            if (reader.maySee(e)) {
                byLeader.computeIfAbsent(e.getLeader(), k -> new ArrayList<>()).add(e);
            }
        }
        List<LocalDate> days = monday.datesUntil(monday.plusDays(7)).toList();
        List<LeaderRow> rows = new ArrayList<>();
        for (PersonRef leader : leaders) {
            boolean editable = reader.mayEdit(leader.username());
            List<ScheduleEntry> own = byLeader.getOrDefault(leader.username(), List.of());
            Set<Long> clashing = editable ? clashing(leader.username(), own, from, to) : Set.of();
            List<DayCells> cells = new ArrayList<>();
            for (LocalDate day : days) {
                LocalDateTime noon = day.atTime(LocalTime.NOON);
                cells.add(new DayCells(day,
                        cell(own, day, day.atStartOfDay(), noon, clashing),
                        cell(own, day, noon, day.plusDays(1).atStartOfDay(), clashing)));
            }
            rows.add(new LeaderRow(leader.username(), leader.name(), leader.position(), editable, cells));
        }
        return new WeekTable(unit, unitRef.name(), title(unitRef.name(), monday), Weeks.of(monday),
                Weeks.of(monday.minusDays(7)), Weeks.of(monday.plusDays(7)), monday, days, rows);
    }

    /** 市财政局领导活动安排表（2026年12月7日—12月13日） */
    static String title(String unitName, LocalDate monday) {
        LocalDate sunday = monday.plusDays(6);
        String end = sunday.getYear() != monday.getYear() ? sunday.getYear() + "年" : "";
        return unitName + "领导活动安排表（" + monday.getYear() + "年" + monday.getMonthValue() + "月"
                + monday.getDayOfMonth() + "日—" + end + sunday.getMonthValue() + "月" + sunday.getDayOfMonth() + "日）";
    }

    // ----------------------------------------------------------------------------------------------- settings

    /** The settings of the unit's leaders, for its office. */
    @Transactional(readOnly = true)
    public List<Setting> settings(Long unitId) {
        long unit = managedUnit(unitId);
        return rules.leaders(unit).stream().map(this::setting).toList();
    }

    @Transactional(readOnly = true)
    public Setting setting(String leaderUsername) {
        PersonRef leader = directory.person(leaderUsername)
                .orElseThrow(() -> new NotFoundException("person", leaderUsername));
        managedUnit(leader.unitId());
        return setting(leader);
    }

    /**
     * Sets who keeps (editors, people of the leader's unit) and who reads (viewers, anyone of the organization) the
     * person's schedule; a person without a leader's position joins the unit's week with a setting (特定人员).
     */
    public Setting updateSetting(String leaderUsername, Collection<String> editors, Collection<String> viewers) {
        PersonRef leader = directory.person(leaderUsername)
                .orElseThrow(() -> new NotFoundException("person", leaderUsername));
        long unit = managedUnit(leader.unitId());
        Set<String> editorSet = clean(editors, leaderUsername);
        Set<String> viewerSet = clean(viewers, leaderUsername);
        viewerSet.removeAll(editorSet);
        for (String editor : editorSet) {
            PersonRef person = directory.person(editor)
                    .orElseThrow(() -> new BusinessRuleException("leaderschedule.error.noSuchPerson", editor));
            if (person.unitId() != unit) {
                throw new BusinessRuleException("leaderschedule.error.editorOtherUnit", person.name());
            }
        }
        for (String viewer : viewerSet) {
            if (directory.person(viewer).isEmpty()) {
                throw new BusinessRuleException("leaderschedule.error.noSuchPerson", viewer);
            }
        }
        grants.deleteAll(grants.findByLeaderOrderByIdAsc(leaderUsername));
        grants.flush();
        editorSet.forEach(u -> grants.save(new ScheduleGrant(unit, leaderUsername, u, GrantKind.EDITOR)));
        viewerSet.forEach(u -> grants.save(new ScheduleGrant(unit, leaderUsername, u, GrantKind.VIEWER)));
        // who may find his entries has changed
        entries.findByLeader(leaderUsername).forEach(e -> events.publishEvent(new IndexEntryChanged(KIND, e.getId())));
        audit.success("LEADERSCHEDULE_SETTING", "person", leaderUsername,
                "editors=" + editorSet + " viewers=" + viewerSet);
        return setting(leader);
    }

    /** Whether the current person sets the leaders' editors and viewers of her unit. */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        CurrentUser user = currentUsers.current();
        return user.unitId() != null && rules.mayManage(user, user.unitId());
    }

    // ----------------------------------------------------------------------------------------------- search

    /** Of these entries, those the current person may see. */
    @Transactional(readOnly = true)
    public Set<Long> readable(Collection<Long> ids) {
        ScheduleRules.Reader reader = rules.reader(currentUsers.current());
        return entries.findAllById(ids).stream().filter(reader::maySee).map(ScheduleEntry::getId)
                .collect(Collectors.toSet());
    }

    /** The entries' ids above {@code afterId}, ascending: a page of a search index rebuild. */
    @Transactional(readOnly = true)
    public List<Long> idsAfter(long afterId, int limit) {
        return entries.idsAfter(afterId, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<org.zhengtong.search.FullTextSearch.Entry> indexEntry(long id) {
        return entries.findById(id).map(e -> new org.zhengtong.search.FullTextSearch.Entry(KIND, e.getId(),
                e.getUnitId(), directory.nameOf(e.getLeader()) + "：" + e.getActivity(),
                String.join(" ", nonNull(e.getPlace()), companionNames(e), nonNull(e.getNote())),
                e.getStartsAt().toLocalDate(), org.zhengtong.platform.Classification.UNCLASSIFIED,
                rules.readers(e), Map.of()));
    }

    // ----------------------------------------------------------------------------------------------- inside

    private ScheduleEntry editable(long id, CurrentUser user) {
        ScheduleRules.Reader reader = rules.reader(user);
        ScheduleEntry entry = entries.findById(id).filter(reader::maySee)
                .orElseThrow(() -> new NotFoundException("leaderScheduleEntry", id));
        if (!reader.mayEdit(entry.getLeader())) {
            throw new AccessDeniedException(user.username() + " does not keep the schedule of " + entry.getLeader());
        }
        return entry;
    }

    private PersonRef scheduledLeader(String username) {
        PersonRef leader = directory.person(username)
                .orElseThrow(() -> new BusinessRuleException("leaderschedule.error.noSuchPerson", username));
        if (!rules.isScheduled(leader)) {
            throw new BusinessRuleException("leaderschedule.error.notALeader", leader.name());
        }
        return leader;
    }

    private long managedUnit(Long unitId) {
        CurrentUser user = currentUsers.current();
        long unit = unitId != null ? unitId : user.unitId() == null ? -1 : user.unitId();
        if (!rules.mayManage(user, unit)) {
            throw new AccessDeniedException(user.username() + " does not manage the leaders' schedules of " + unit);
        }
        return unit;
    }

    private void fill(ScheduleEntry entry, EntryForm form, String username) {
        LocalDateTime start;
        LocalDateTime end;
        switch (form.dayPart()) {
            case TIMED -> {
                if (form.start() == null || form.end() == null) {
                    throw new BusinessRuleException("leaderschedule.error.timeMissing");
                }
                start = form.start().withSecond(0).withNano(0);
                end = form.end().withSecond(0).withNano(0);
            }
            case ALL_DAY -> {
                if (form.date() == null) {
                    throw new BusinessRuleException("leaderschedule.error.dateMissing");
                }
                LocalDate last = form.endDate() == null ? form.date() : form.endDate();
                start = form.date().atStartOfDay();
                end = last.plusDays(1).atStartOfDay();
            }
            case MORNING, AFTERNOON -> {
                if (form.date() == null) {
                    throw new BusinessRuleException("leaderschedule.error.dateMissing");
                }
                boolean morning = form.dayPart() == DayPart.MORNING;
                start = form.date().atTime(morning ? properties.morningStart() : properties.afternoonStart());
                end = form.date().atTime(morning ? properties.morningEnd() : properties.afternoonEnd());
            }
            default -> throw new IllegalStateException(form.dayPart().name());
        }
        if (!end.isAfter(start)) {
            throw new BusinessRuleException("leaderschedule.error.endBeforeStart");
        }
        if (Duration.between(start, end).toDays() > MAX_DAYS || start.getYear() < 1900 || end.getYear() > 2200) {
            throw new BusinessRuleException("leaderschedule.error.tooLong", MAX_DAYS);
        }
        List<String> companions = new ArrayList<>();
        for (String companion : form.companions() == null ? List.<String>of() : form.companions()) {
            if (companion == null || companion.isBlank() || companions.contains(companion.strip())) {
                continue;
            }
            String name = companion.strip();
            if (directory.person(name).isEmpty()) {
                throw new BusinessRuleException("leaderschedule.error.noSuchPerson", name);
            }
            companions.add(name);
        }
        entry.fill(form.dayPart(), start, end, blankToNull(form.place()), form.activity().strip(), companions,
                blankToNull(form.note()), form.visibility(), form.reminderMinutes(), username, clock.instant());
    }

    /** Into the leader's calendar, and the index told. */
    private void written(ScheduleEntry entry) {
        String description = String.join("\n", java.util.stream.Stream.of(
                entry.getCompanions().isEmpty() ? null : messages.getMessage("leaderschedule.companions", null,
                        LocaleContextHolder.getLocale()) + "：" + companionNames(entry), entry.getNote())
                .filter(s -> s != null && !s.isBlank()).toList());
        calendars.put(new CalendarEntryRequest(source(entry.getId()), entry.getLeader(), EntryType.LEADER,
                entry.getActivity(), entry.getPlace(), description.isEmpty() ? null : description,
                entry.getStartsAt(), entry.getEndsAt(), entry.getDayPart() == DayPart.ALL_DAY,
                entry.getReminderMinutes() == null ? List.of() : List.of(entry.getReminderMinutes()),
                "/leaders/schedule/entries/" + entry.getId()));
        events.publishEvent(new IndexEntryChanged(KIND, entry.getId()));
    }

    static String source(long id) {
        return KIND + ":" + id;
    }

    private EntryView view(ScheduleEntry e, ScheduleRules.Reader reader) {
        boolean editable = reader.mayEdit(e.getLeader());
        return new EntryView(e.getId(), e.getUnitId(), e.getLeader(), directory.nameOf(e.getLeader()),
                e.getDayPart(), e.getStartsAt(), e.getEndsAt(), e.getPlace(), e.getActivity(),
                e.getCompanions().stream().map(u -> new PersonName(u, directory.nameOf(u))).toList(), e.getNote(),
                e.getVisibility(), e.getReminderMinutes(), editable, editable ? clashes(e) : List.of(),
                e.getVersion());
    }

    /** The leader's other entries and his calendar's entries overlapping this one. */
    List<Clash> clashes(ScheduleEntry entry) {
        List<Clash> found = new ArrayList<>();
        for (ScheduleEntry other : entries.ofLeader(entry.getLeader(), entry.getStartsAt(), entry.getEndsAt())) {
            if (!other.getId().equals(entry.getId())) {
                found.add(new Clash(other.getId(), null, other.getActivity(), other.getStartsAt(), other.getEndsAt()));
            }
        }
        for (BusyTime busy : calendars.busy(entry.getLeader(), entry.getStartsAt(), entry.getEndsAt())) {
            if (busy.source() == null || !busy.source().startsWith(KIND + ":")) {
                found.add(new Clash(null, busy.type().name(), busy.title(), busy.start(), busy.end()));
            }
        }
        return found;
    }

    /** The ids of the leader's entries in the week that clash with another entry or his calendar. */
    private Set<Long> clashing(String leader, List<ScheduleEntry> own, LocalDateTime from, LocalDateTime to) {
        Set<Long> found = new java.util.HashSet<>();
        List<ScheduleEntry> all = entries.ofLeader(leader, from, to);
        List<BusyTime> busy = calendars.busy(leader, from, to).stream()
                .filter(b -> b.source() == null || !b.source().startsWith(KIND + ":")).toList();
        for (ScheduleEntry e : own) {
            boolean clash = all.stream().anyMatch(o -> !o.getId().equals(e.getId())
                    && o.overlaps(e.getStartsAt(), e.getEndsAt()))
                    || busy.stream().anyMatch(b -> b.start().isBefore(e.getEndsAt()) && b.end().isAfter(e.getStartsAt()));
            if (clash) {
                found.add(e.getId());
            }
        }
        return found;
    }

    private List<CellEntry> cell(List<ScheduleEntry> own, LocalDate day, LocalDateTime from, LocalDateTime to,
                                 Set<Long> clashing) {
        List<CellEntry> cell = new ArrayList<>();
        for (ScheduleEntry e : own) {
            if (e.overlaps(from, to)) {
                cell.add(new CellEntry(e.getId(), e.getDayPart(), time(e, day), e.getActivity(), e.getPlace(),
                        companionNames(e), e.getVisibility(), clashing.contains(e.getId())));
            }
        }
        return cell;
    }

    /** "09:00–10:30" on the day, one end only when it runs into another day; empty for whole and half days. */
    private static String time(ScheduleEntry e, LocalDate day) {
        if (e.getDayPart() != DayPart.TIMED) {
            return "";
        }
        boolean starts = e.getStartsAt().toLocalDate().equals(day);
        boolean ends = e.getEndsAt().toLocalDate().equals(day)
                || e.getEndsAt().equals(day.plusDays(1).atStartOfDay());
        return (starts ? HOUR.format(e.getStartsAt()) : "") + "–" + (ends ? HOUR.format(e.getEndsAt()) : "");
    }

    private String companionNames(ScheduleEntry e) {
        return e.getCompanions().stream().map(directory::nameOf).collect(Collectors.joining("、"));
    }

    private Setting setting(PersonRef leader) {
        List<ScheduleGrant> setting = grants.findByLeaderOrderByIdAsc(leader.username());
        return new Setting(leader.username(), leader.name(), leader.position(),
                names(setting, GrantKind.EDITOR), names(setting, GrantKind.VIEWER));
    }

    private List<PersonName> names(List<ScheduleGrant> setting, GrantKind kind) {
        return setting.stream().filter(g -> g.getKind() == kind)
                .map(g -> new PersonName(g.getUsername(), directory.nameOf(g.getUsername()))).toList();
    }

    private static Set<String> clean(Collection<String> usernames, String leader) {
        Set<String> set = new LinkedHashSet<>();
        if (usernames != null) {
            usernames.stream().filter(u -> u != null && !u.isBlank()).map(String::strip)
                    .filter(u -> !u.equals(leader)).forEach(set::add);
        }
        if (set.size() > 50) {
            throw new BusinessRuleException("leaderschedule.error.tooManyPeople", 50);
        }
        return set;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
