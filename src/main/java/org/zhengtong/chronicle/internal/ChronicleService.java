package org.zhengtong.chronicle.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.search.Searchable;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.TaskActions;
import org.zhengtong.workflow.TaskDecision;
import org.zhengtong.workflow.TodoTask;
import org.zhengtong.workflow.Workflow;

/**
 * The rules of 大事记. Anyone of a unit submits entries for it; they go to the unit office's 大事记 managers
 * ({@value ChroniclePermissions#MANAGE}) on the engine ({@value #TEMPLATE}), who approve, return (back to the
 * submitter, with a reason) or refuse them; the office publishes a year's approved entries. A published entry is read
 * by its unit's people, and by everyone once the city office has taken it into the city's chronicle; the submitter
 * and the unit's managers see it in every state. Every read needs the reader's clearance to reach the entry's 密级.
 */
@Service
public class ChronicleService {

    static final String TEMPLATE = "chronicle-entry";
    static final String DRAFT = "draft";
    static final String REVIEW = "review";
    static final String OBJECT = "chronicle";
    /** The earliest day an entry may record. */
    static final LocalDate EARLIEST = LocalDate.of(1949, 10, 1);
    /** The longest period one export covers. */
    static final int MAX_PERIOD_YEARS = 10;

    private final ChronicleEntryRepository entries;
    private final ChronicleYearRepository years;
    private final ChronicleArchivable archivable;
    private final OrgDirectory directory;
    private final Workflow workflow;
    private final TaskActions taskActions;
    private final ObjectProvider<Searchable> searchables;
    private final ChronicleProperties properties;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChronicleService(ChronicleEntryRepository entries, ChronicleYearRepository years,
                     ChronicleArchivable archivable, OrgDirectory directory, Workflow workflow,
                     TaskActions taskActions, ObjectProvider<Searchable> searchables, ChronicleProperties properties,
                     AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.entries = entries;
        this.years = years;
        this.archivable = archivable;
        this.directory = directory;
        this.workflow = workflow;
        this.taskActions = taskActions;
        this.searchables = searchables;
        this.properties = properties;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- who

    /** For pages: whether to offer the office's view and 发布. */
    public boolean mayManage(CurrentUser user) {
        return manages(user);
    }

    /** For pages: whether to offer 收录 into the city's chronicle. */
    public boolean mayCollectCity(CurrentUser user) {
        return collectsCity(user);
    }

    /** The submitter's entry as a form, to change it. */
    @Transactional(readOnly = true)
    public EntryForm form(long id, CurrentUser user) {
        return EntryForm.of(editable(id, user));
    }

    /** A 大事记 manager of the user's own unit. */
    boolean manages(CurrentUser user) {
        return user.unitId() != null && user.can(ChroniclePermissions.MANAGE);
    }

    /** A 大事记 manager of the city office, who keeps the city's chronicle. */
    boolean collectsCity(CurrentUser user) {
        return manages(user) && cityUnitId().filter(id -> id.equals(user.unitId())).isPresent();
    }

    Optional<Long> cityUnitId() {
        return directory.units().stream().filter(u -> u.code().equals(properties.cityUnit()))
                .map(OrgDirectory.UnitRef::id).findFirst();
    }

    boolean canRead(ChronicleEntry entry, CurrentUser user) {
        if (user.unitId() == null || !entry.getClassification().readableWith(user.clearance())) {
            return false;
        }
        if (entry.getSubmitter().equals(user.username())
                || manages(user) && user.unitId() == entry.getUnitId()) {
            return true;
        }
        return entry.getStatus() == EntryStatus.PUBLISHED
                && (user.unitId() == entry.getUnitId() || entry.isCityIncluded() || collectsCity(user));
    }

    /** The entry, when the user may read it; otherwise 404 (no such entry) or 403. */
    @Transactional(readOnly = true)
    public ChronicleEntry readable(long id, CurrentUser user) {
        ChronicleEntry entry = entries.findById(id).orElseThrow(() -> new NotFoundException(OBJECT, id));
        if (!canRead(entry, user)) {
            throw new AccessDeniedException("may not read the chronicle entry");
        }
        return entry;
    }

    ChronicleEntry byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, ChronicleEntry.KEY_PREFIX).flatMap(entries::findById)
                .orElseThrow(() -> new NotFoundException(OBJECT, businessKey));
    }

    // ---- submitting and the review

    /** 报送: the entry is saved for the user's unit and sent to the office's review at once. Returns its id. */
    @Transactional
    public long submit(EntryForm form, CurrentUser user) {
        if (user.unitId() == null || user.personId() == null) {
            throw new AccessDeniedException("only people of a unit submit chronicle entries");
        }
        ChronicleEntry entry = new ChronicleEntry(user.unitId(), user.departmentId(), user.username(),
                clock.instant());
        describe(entry, form, user);
        entries.save(entry);
        Map<String, Object> variables = new HashMap<>();
        variables.put("entryId", entry.getId());
        variables.put("unitId", entry.getUnitId());
        variables.put("reviewers", reviewers(entry));
        variables.put("classification", entry.getClassification().name());
        variables.put(Workflow.REQUIRED_CLEARANCE, entry.getClassification().requiredClearance().name());
        entry.startedReview(workflow.start(TEMPLATE, entry.businessKey(), user.username(), variables));
        audit.success("CHRONICLE_SUBMIT", OBJECT, entry.getId(), entry.getTitle());
        sendDraft(entry, null);
        changed(entry);
        return entry.getId();
    }

    /** 修改: the submitter changes her entry while it is with her (new, or returned). */
    @Transactional
    public void update(long id, EntryForm form, CurrentUser user) {
        ChronicleEntry entry = editable(id, user);
        describe(entry, form, user);
        audit.success("CHRONICLE_UPDATE", OBJECT, id, entry.getTitle());
        changed(entry);
    }

    /** 重新报送: the submitter changes a returned entry and sends it to the office again. */
    @Transactional
    public void resubmit(long id, EntryForm form, CurrentUser user) {
        update(id, form, user);
        sendDraft(entries.getReferenceById(id), null);
    }

    private ChronicleEntry editable(long id, CurrentUser user) {
        ChronicleEntry entry = readable(id, user);
        if (!entry.getSubmitter().equals(user.username())) {
            throw new AccessDeniedException("only the submitter changes an entry");
        }
        if (!entry.getStatus().editable()) {
            throw new BusinessRuleException("chronicle.error.notEditable");
        }
        return entry;
    }

    /** Sends the submitter's 填报 task on through the kit, so the step's handler puts the entry into review. */
    private void sendDraft(ChronicleEntry entry, String opinion) {
        TodoTask draft = workflow.openTasks(entry.getProcessInstanceId()).stream()
                .filter(t -> DRAFT.equals(t.activityId())).findFirst()
                .orElseThrow(() -> new BusinessRuleException("chronicle.error.notEditable"));
        taskActions.send(entry.businessKey(), draft.taskId(), TaskDecision.opinion(opinion));
    }

    private String reviewers(ChronicleEntry entry) {
        List<String> reviewers = directory.usernamesWithPermission(entry.getUnitId(), ChroniclePermissions.MANAGE)
                .stream().filter(u -> directory.person(u)
                        .filter(p -> entry.getClassification().readableWith(p.clearance())).isPresent())
                .toList();
        if (reviewers.isEmpty()) {
            throw new BusinessRuleException("chronicle.error.noReviewer");
        }
        return String.join(",", reviewers);
    }

    private void describe(ChronicleEntry entry, EntryForm form, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        if (form.eventDate() == null || form.eventDate().isAfter(today) || form.eventDate().isBefore(EARLIEST)) {
            throw new InvalidInputException("chronicle.validation.date");
        }
        String title = form.title() == null ? "" : form.title().strip();
        if (title.isEmpty() || title.length() > ChronicleEntry.MAX_TITLE) {
            throw new InvalidInputException("chronicle.validation.title", ChronicleEntry.MAX_TITLE);
        }
        String content = RichText.clean(form.content());
        if (content.length() > ChronicleEntry.MAX_CONTENT) {
            throw new InvalidInputException("chronicle.validation.content", ChronicleEntry.MAX_CONTENT);
        }
        if (form.category() == null) {
            throw new InvalidInputException("chronicle.validation.category");
        }
        Classification classification = form.classification() == null ? Classification.UNCLASSIFIED
                : form.classification();
        if (!classification.readableWith(user.clearance())) {
            throw new InvalidInputException("chronicle.validation.classification");
        }
        String linkTitle = null;
        if (form.linkKind() != null || form.linkId() != null) {
            linkTitle = linkTitle(form.linkKind(), form.linkId());
        }
        entry.describe(form.eventDate(), title, content, form.category(), classification,
                linkTitle == null ? null : form.linkKind(), linkTitle == null ? null : form.linkId(), linkTitle);
    }

    /**
     * The title of the linked 公文 or meeting, when the submitter may open it — asked of its module through the
     * search SPI, which answers by the module's own rules.
     */
    private String linkTitle(LinkKind kind, Long id) {
        if (kind == null || id == null) {
            throw new InvalidInputException("chronicle.validation.link");
        }
        Searchable module = searchables.orderedStream().filter(s -> s.kind().equals(kind.searchKind()))
                .findFirst().orElseThrow(() -> new InvalidInputException("chronicle.validation.link"));
        if (!module.readable(Set.of(id)).contains(id)) {
            throw new InvalidInputException("chronicle.validation.link");
        }
        String title = module.entry(id).map(FullTextSearch.Entry::title)
                .orElseThrow(() -> new InvalidInputException("chronicle.validation.link"));
        return title.length() > ChronicleEntry.MAX_LINK_TITLE ? title.substring(0, ChronicleEntry.MAX_LINK_TITLE)
                : title;
    }

    /** 填报 sent on: the entry is with the office. */
    @Transactional
    public void inReview(String businessKey) {
        ChronicleEntry entry = byKey(businessKey);
        entry.status(EntryStatus.REVIEW);
        changed(entry);
    }

    /** 办公室审核 sent on: the entry is approved, waiting for the year's publishing. */
    @Transactional
    public void approved(String businessKey, String approver) {
        ChronicleEntry entry = byKey(businessKey);
        entry.approve(approver, clock.instant());
        audit.success("CHRONICLE_APPROVE", OBJECT, entry.getId(), entry.getTitle());
        changed(entry);
    }

    /** Returned or taken back to 填报: with the submitter again. */
    @Transactional
    public void backToDraft(String businessKey) {
        ChronicleEntry entry = byKey(businessKey);
        entry.status(EntryStatus.RETURNED);
        changed(entry);
    }

    /** 不同意 by the office (with its reason), or ended by an administrator ({@code reason} null). */
    @Transactional
    public void ended(String businessKey, String reason, boolean refused) {
        ChronicleEntry entry = byKey(businessKey);
        entry.status(refused ? EntryStatus.REFUSED : EntryStatus.CANCELLED);
        audit.success("CHRONICLE_REFUSE", OBJECT, entry.getId(), reason);
        changed(entry);
    }

    // ---- publishing

    /** 发布: the office publishes its unit's approved entries of the year; returns how many. */
    @Transactional
    public int publish(int year, CurrentUser user) {
        requireManager(user);
        requireYear(year);
        List<ChronicleEntry> approved = entries.findByUnitIdAndStatusAndEventDateBetween(user.unitId(),
                EntryStatus.APPROVED, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        if (approved.isEmpty()) {
            throw new BusinessRuleException("chronicle.error.nothingToPublish", year);
        }
        for (ChronicleEntry entry : approved) {
            entry.publish(clock.instant());
            changed(entry);
        }
        ChronicleYear published = years.findByUnitIdAndChronicleYear(user.unitId(), year)
                .orElseGet(() -> years.save(new ChronicleYear(user.unitId(), year, clock.instant())));
        published.published(clock.instant());
        years.flush();
        events.publishEvent(archivable.offer(published));
        audit.success("CHRONICLE_PUBLISH", OBJECT + "-year", year, approved.size() + "");
        return approved.size();
    }

    /** 收录 into (or out of) the city's chronicle, by the city office's managers: published entries only. */
    @Transactional
    public void includeInCity(long id, boolean included, CurrentUser user) {
        if (!collectsCity(user)) {
            throw new AccessDeniedException("only the city office keeps the city's chronicle");
        }
        ChronicleEntry entry = readable(id, user);
        if (entry.getStatus() != EntryStatus.PUBLISHED) {
            throw new BusinessRuleException("chronicle.error.notPublished");
        }
        entry.includeInCity(included, clock.instant());
        audit.success(included ? "CHRONICLE_CITY_INCLUDE" : "CHRONICLE_CITY_EXCLUDE", OBJECT, id,
                entry.getTitle());
        changed(entry);
    }

    // ---- reading

    /** The unit's published chronicle of the period, as the user may read it, by date. */
    @Transactional(readOnly = true)
    public List<ChronicleEntry> published(Period period, CurrentUser user) {
        requireUnit(user);
        return entries.findByUnitIdAndStatusInAndEventDateBetweenOrderByEventDateAscIdAsc(user.unitId(),
                        EnumSet.of(EntryStatus.PUBLISHED), period.from(), period.to()).stream()
                .filter(e -> canRead(e, user)).toList();
    }

    /** The office's view: every entry of its unit in the period, in every state, by date. */
    @Transactional(readOnly = true)
    public List<ChronicleEntry> unitEntries(Period period, CurrentUser user) {
        requireManager(user);
        return entries.findByUnitIdAndEventDateBetweenOrderByEventDateAscIdAsc(user.unitId(), period.from(),
                period.to()).stream().filter(e -> canRead(e, user)).toList();
    }

    /** The user's own entries, newest first. */
    @Transactional(readOnly = true)
    public List<ChronicleEntry> mine(CurrentUser user) {
        requireUnit(user);
        return entries.findBySubmitterOrderByCreatedAtDesc(user.username()).stream()
                .filter(e -> canRead(e, user)).toList();
    }

    /** The city's chronicle of the period: what the city office took in, for everyone of a unit, by date. */
    @Transactional(readOnly = true)
    public List<ChronicleEntry> city(Period period, CurrentUser user) {
        requireUnit(user);
        return entries.findByCityIncludedTrueAndStatusAndEventDateBetweenOrderByEventDateAscIdAsc(
                EntryStatus.PUBLISHED, period.from(), period.to()).stream().filter(e -> canRead(e, user)).toList();
    }

    /** For the city office: every unit's published entries of the period, to take into the city's chronicle. */
    @Transactional(readOnly = true)
    public List<ChronicleEntry> collectable(Period period, CurrentUser user) {
        if (!collectsCity(user)) {
            throw new AccessDeniedException("only the city office keeps the city's chronicle");
        }
        return entries.findByStatusAndEventDateBetweenOrderByEventDateAscIdAsc(EntryStatus.PUBLISHED, period.from(),
                period.to()).stream().filter(e -> canRead(e, user)).toList();
    }

    /** Whether the user may follow the entry's link: the linked module's own rules, asked now. */
    boolean mayOpenLink(ChronicleEntry entry) {
        if (entry.getLinkKind() == null) {
            return false;
        }
        return searchables.orderedStream().filter(s -> s.kind().equals(entry.getLinkKind().searchKind()))
                .anyMatch(s -> s.readable(Set.of(entry.getLinkId())).contains(entry.getLinkId()));
    }

    String linkHref(ChronicleEntry entry) {
        return searchables.orderedStream().filter(s -> s.kind().equals(entry.getLinkKind().searchKind()))
                .findFirst().map(s -> s.link(entry.getLinkId())).orElse(null);
    }

    // ---- periods

    /** A period of days, both included. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** The calendar year asked for, or this one. */
    public Period yearOrThis(Integer year) {
        return year(year == null ? LocalDate.now(clock).getYear() : year);
    }

    /** The calendar year, between 1949 and this year. */
    Period year(int year) {
        requireYear(year);
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** A period the user asked for: a year, or from and to (both given, in order, at most ten years). */
    public Period period(Integer year, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return yearOrThis(year);
        }
        if (from == null || to == null) {
            throw new InvalidInputException("chronicle.validation.period");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("chronicle.validation.periodOrder");
        }
        if (from.isBefore(EARLIEST) || ChronoUnit.YEARS.between(from, to) >= MAX_PERIOD_YEARS) {
            throw new InvalidInputException("chronicle.validation.periodLength", MAX_PERIOD_YEARS);
        }
        return new Period(from, to);
    }

    private void requireYear(int year) {
        if (year < EARLIEST.getYear() || year > LocalDate.now(clock).getYear()) {
            throw new InvalidInputException("chronicle.validation.year", EARLIEST.getYear(),
                    LocalDate.now(clock).getYear());
        }
    }

    private static void requireUnit(CurrentUser user) {
        if (user.unitId() == null) {
            throw new AccessDeniedException("the chronicles are read by people of a unit");
        }
    }

    private void requireManager(CurrentUser user) {
        if (!manages(user)) {
            throw new AccessDeniedException(ChroniclePermissions.MANAGE + " of a unit");
        }
    }

    private void changed(ChronicleEntry entry) {
        events.publishEvent(new IndexEntryChanged(ChronicleIndex.KIND, entry.getId()));
    }
}
