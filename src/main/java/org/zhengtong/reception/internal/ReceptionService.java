package org.zhengtong.reception.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.TrailStep;

/**
 * The rules of 接待管理. Every method that takes an id opens the reception through {@link ReceptionAccess} first:
 * the unit's reception desk changes, its readers read. A refused change changes nothing (the transaction rolls back).
 *
 * <p>The plan is changed only while the reception is 登记 (draft). Submitting sends it to approval on the engine
 * when the unit's rule ({@link ReceptionRules}) asks for it, otherwise it is arranged at once; an arranged reception whose
 * plan must change is taken back to 登记 and submitted again — approved again when the rules ask for it.
 */
@Service
@Transactional
public class ReceptionService {

    static final String PROCESS = "reception-approval";
    static final String APPROVE = "approve";
    static final String SEQUENCE = "reception";
    static final int MAX_LETTER_NAME = 200;
    static final Duration LONGEST_VISIT = Duration.ofDays(60);

    private final ReceptionRepository receptions;
    private final ReceptionAccess access;
    private final ReceptionRules rules;
    private final Workflow workflow;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Sequences sequences;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceptionService(ReceptionRepository receptions, ReceptionAccess access, ReceptionRules rules,
                     Workflow workflow, CurrentUsers currentUsers, OrgDirectory directory, Sequences sequences,
                     FileStore files, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.receptions = receptions;
        this.access = access;
        this.rules = rules;
        this.workflow = workflow;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.sequences = sequences;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a visit with its plan, as 登记; returns its id. */
    public long register(ReceptionForm form) {
        CurrentUser user = currentUsers.current();
        access.requireManager(user);
        ReceptionPlan plan = check(form, user.unitId());
        int year = LocalDate.now(clock).getYear();
        String number = "接待" + year + "-" + String.format("%04d", sequences.next(SEQUENCE, user.unitId() + "-" + year));
        Reception reception = new Reception(user.unitId(), number, user.username(), clock.instant());
        reception.plan(plan);
        receptions.save(reception);
        audit.success("RECEPTION_REGISTER", "reception", reception.getId(), number + " " + plan.visitingUnit());
        changed(reception);
        return reception.getId();
    }

    /** Changes the registration and plan of a reception in 登记. */
    public void update(long id, ReceptionForm form) {
        CurrentUser user = currentUsers.current();
        Reception reception = managed(id, user);
        requireDraft(reception);
        reception.plan(check(form, reception.getUnitId()));
        audit.success("RECEPTION_UPDATE", "reception", id, reception.getNumber());
        changed(reception);
    }

    /** Attaches (or replaces) the 公函, while in 登记. */
    public void attachLetter(long id, String fileName, InputStream content) {
        CurrentUser user = currentUsers.current();
        Reception reception = managed(id, user);
        requireDraft(reception);
        String name = fileName == null ? "" : fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        if (name.isEmpty()) {
            throw new BusinessRuleException("reception.error.letterMissing");
        }
        if (name.length() > MAX_LETTER_NAME) {
            throw new BusinessRuleException("reception.error.letterName", MAX_LETTER_NAME);
        }
        FileStore.StoredFile stored = files.store(content);
        if (stored.size() == 0) {
            throw new BusinessRuleException("reception.error.letterMissing");
        }
        reception.letter(stored.key(), name);
        audit.success("RECEPTION_LETTER", "reception", id, name);
    }

    /** The 公函: its name and content, for whoever may read the reception. */
    @Transactional(readOnly = true)
    public Letter letter(long id) {
        Reception reception = readable(id, currentUsers.current());
        if (reception.getLetterKey() == null) {
            throw new NotFoundException("receptionLetter", id);
        }
        try (InputStream in = files.open(reception.getLetterKey())) {
            return new Letter(reception.getLetterName(), in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("the letter of reception " + id + " cannot be read", e);
        }
    }

    public record Letter(String name, byte[] content) {
    }

    /**
     * Submits the plan: to approval on the engine when the rules ask for it (待审批), otherwise arranged at once.
     * Returns whether it went to approval.
     */
    public boolean submit(long id) {
        CurrentUser user = currentUsers.current();
        Reception reception = managed(id, user);
        requireDraft(reception);
        boolean approval = needsApproval(reception);
        if (approval) {
            reception.submitted(null);
            receptions.saveAndFlush(reception);
            reception.submitted(workflow.start(PROCESS, reception.businessKey(), user.username(),
                    Map.of("unitId", reception.getUnitId(), "receptionId", reception.getId())));
        } else {
            reception.submitted(null);
        }
        audit.success("RECEPTION_SUBMIT", "reception", id, reception.getNumber() + (approval ? " 审批" : ""));
        changed(reception);
        return approval;
    }

    /** Takes an arranged reception back to 登记 to change its plan; it must be submitted again. */
    public void reopen(long id) {
        CurrentUser user = currentUsers.current();
        Reception reception = managed(id, user);
        if (reception.getStatus() != ReceptionStatus.ARRANGED) {
            throw new BusinessRuleException("reception.error.notArranged");
        }
        reception.backToDraft(null);
        audit.success("RECEPTION_REOPEN", "reception", id, reception.getNumber());
        changed(reception);
    }

    /** Records (or corrects) the costs after the visit: the reception is 已完成 and its 接待清单 complete. */
    public void recordCosts(long id, CostForm costs) {
        CurrentUser user = currentUsers.current();
        Reception reception = managed(id, user);
        if (reception.getStatus() != ReceptionStatus.ARRANGED && reception.getStatus() != ReceptionStatus.COMPLETED) {
            throw new BusinessRuleException("reception.error.costsNotArranged");
        }
        if (reception.getArrivalAt().isAfter(clock.instant())) {
            throw new BusinessRuleException("reception.error.costsBeforeVisit");
        }
        reception.costs(costs.mealCost(), costs.accommodationCost(), costs.transportCost(), costs.otherCost(),
                blankToNull(costs.costNote()), clock.instant());
        audit.success("RECEPTION_COSTS", "reception", id, reception.getNumber() + " " + reception.getTotalCost());
        changed(reception);
    }

    /** Cancels a reception in 登记 or arranged (not while it waits for approval, nor once completed). */
    public void cancel(long id, String reason) {
        CurrentUser user = currentUsers.current();
        Reception reception = managed(id, user);
        if (reception.getStatus() != ReceptionStatus.DRAFT && reception.getStatus() != ReceptionStatus.ARRANGED) {
            throw new BusinessRuleException("reception.error.notCancellable");
        }
        String note = blankToNull(reason);
        if (note == null) {
            throw new BusinessRuleException("reception.error.cancelReason");
        }
        if (note.length() > 500) {
            throw new BusinessRuleException("reception.error.cancelReasonLength", 500);
        }
        reception.cancel(note);
        audit.success("RECEPTION_CANCEL", "reception", id, reception.getNumber());
        changed(reception);
    }

    @Transactional(readOnly = true)
    public ReceptionView view(long id) {
        return view(readable(id, currentUsers.current()));
    }

    /** The approval's steps so far: step, handler by name, when, opinions. */
    @Transactional(readOnly = true)
    public List<TrailStep> approvalHistory(long id) {
        Reception reception = readable(id, currentUsers.current());
        return reception.getProcessInstanceId() == null ? List.of() : workflow.trail(reception.getProcessInstanceId());
    }

    @Transactional(readOnly = true)
    public ReceptionForm form(long id) {
        Reception r = managed(id, currentUsers.current());
        ReceptionForm form = new ReceptionForm();
        ZoneId zone = clock.getZone();
        form.setVisitingUnit(r.getVisitingUnit());
        form.setLeaderName(r.getLeaderName());
        form.setLeaderTitle(r.getLeaderTitle());
        form.setVisitorCount(r.getVisitorCount());
        form.setLevel(r.getLevel());
        form.setReason(r.getReason());
        form.setArrivalAt(LocalDateTime.ofInstant(r.getArrivalAt(), zone));
        form.setDepartureAt(LocalDateTime.ofInstant(r.getDepartureAt(), zone));
        form.setHostDepartmentId(r.getHostDepartmentId());
        form.setInCharge(r.getInCharge());
        form.setVenues(r.getVenues());
        form.setAccommodation(r.getAccommodation());
        form.setVehicles(r.getVehicles());
        form.setOtherBudget(r.getOtherBudget());
        form.setMembers(new ArrayList<>(r.getMembers().stream()
                .map(m -> new ReceptionForm.MemberRow(m.getName(), m.getTitle())).toList()));
        form.setMeals(new ArrayList<>(r.getMeals().stream().map(m -> new ReceptionForm.MealRow(m.getDate(),
                m.getKind(), m.getGuests(), m.getHosts(), m.getStandard())).toList()));
        form.setAgenda(new ArrayList<>(r.getAgenda().stream().map(a -> new ReceptionForm.AgendaRow(
                LocalDateTime.ofInstant(a.getStartsAt(), zone), a.getContent(), a.getPlace())).toList()));
        form.setCompanions(new ArrayList<>(r.getCompanions()));
        return form;
    }

    /** Whether the current user may register and change receptions (the pages show the buttons). */
    @Transactional(readOnly = true)
    public boolean mayManage() {
        return access.mayManage(currentUsers.current());
    }

    /** The people of the user's unit, for the person in charge and the 陪同人员. */
    @Transactional(readOnly = true)
    public List<OrgDirectory.PersonRef> colleagues() {
        Long unitId = currentUsers.current().unitId();
        return unitId == null ? List.of() : directory.people(unitId);
    }

    @Transactional(readOnly = true)
    public List<OrgDirectory.DepartmentRef> departments() {
        Long unitId = currentUsers.current().unitId();
        return unitId == null ? List.of() : directory.departments(unitId);
    }

    /** Whether submitting this plan asks for approval by the unit's rules (its own, or the server's default). */
    boolean needsApproval(Reception reception) {
        return rules.of(reception.getUnitId()).asksFor(reception.getLevel(), reception.getPlannedCost());
    }

    // the approval's outcome, told by the template in the action's transaction

    void approvedByProcess(String businessKey) {
        Reception reception = byKey(businessKey);
        if (reception.getStatus() == ReceptionStatus.PENDING) {
            reception.approved(null);
            audit.success("RECEPTION_APPROVE", "reception", reception.getId(), reception.getNumber());
            changed(reception);
        }
    }

    void refusedByProcess(String businessKey, String reason) {
        Reception reception = byKey(businessKey);
        reception.backToDraft(reason);
        audit.success("RECEPTION_REFUSE", "reception", reception.getId(), reason);
        changed(reception);
    }

    void endedByProcess(String businessKey) {
        Reception reception = byKey(businessKey);
        if (reception.getStatus() == ReceptionStatus.PENDING) {
            reception.backToDraft(null);
            changed(reception);
        }
    }

    Reception byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, Reception.KEY_PREFIX).flatMap(receptions::findById)
                .orElseThrow(() -> new NotFoundException("reception", businessKey));
    }

    Reception readable(long id, CurrentUser user) {
        Reception reception = receptions.findById(id).orElseThrow(() -> new NotFoundException("reception", id));
        access.requireRead(reception, user);
        return reception;
    }

    private Reception managed(long id, CurrentUser user) {
        Reception reception = receptions.findById(id).orElseThrow(() -> new NotFoundException("reception", id));
        access.requireRead(reception, user);
        access.requireManage(reception, user);
        return reception;
    }

    private static void requireDraft(Reception reception) {
        if (!reception.isEditable()) {
            throw new BusinessRuleException("reception.error.notDraft");
        }
    }

    private void changed(Reception reception) {
        events.publishEvent(new IndexEntryChanged(ReceptionIndex.KIND, reception.getId()));
    }

    ReceptionView view(Reception r) {
        String department = r.getHostDepartmentId() == null ? null
                : directory.department(r.getHostDepartmentId()).map(OrgDirectory.DepartmentRef::name).orElse(null);
        return new ReceptionView(r.getId(), r.getNumber(), r.getVisitingUnit(), r.getLeaderName(),
                r.getLeaderTitle(), r.getVisitorCount(), r.getLevel(), r.getReason(), r.getLetterName(),
                r.getArrivalAt(), r.getDepartureAt(), r.getHostDepartmentId(), department, r.getInCharge(),
                r.getInCharge() == null ? null : directory.nameOf(r.getInCharge()), r.getVenues(),
                r.getAccommodation(), r.getVehicles(), r.getOtherBudget(),
                r.getMembers().stream().map(m -> new ReceptionView.MemberView(m.getName(), m.getTitle())).toList(),
                r.getMeals().stream().map(m -> new ReceptionView.MealView(m.getDate(), m.getKind(), m.getGuests(),
                        m.getHosts(), m.getStandard(), m.getPlannedCost())).toList(),
                r.getAgenda().stream().map(a -> new ReceptionView.AgendaView(a.getStartsAt(), a.getContent(),
                        a.getPlace())).toList(),
                r.getCompanions().stream().map(u -> new ReceptionView.PersonName(u, directory.nameOf(u))).toList(),
                r.getPlannedCost(), r.getStatus(), r.getProcessInstanceId(), r.getDecisionNote(), r.getMealCost(),
                r.getAccommodationCost(), r.getTransportCost(), r.getOtherCost(), r.getCostNote(),
                r.getTotalCost(), r.getRegisteredBy(), directory.nameOf(r.getRegisteredBy()), r.getRegisteredAt(),
                r.getCompletedAt(), r.isEditable());
    }

    /** Checks the form against the rules and the unit's organization; refuses with the first broken rule. */
    ReceptionPlan check(ReceptionForm form, long unitId) {
        ZoneId zone = clock.getZone();
        if (form.getArrivalAt() == null || form.getDepartureAt() == null || form.getVisitorCount() == null
                || form.getLevel() == null || blankToNull(form.getVisitingUnit()) == null
                || blankToNull(form.getLeaderName()) == null || blankToNull(form.getReason()) == null) {
            throw new BusinessRuleException("reception.error.incomplete");
        }
        int visitors = form.getVisitorCount();
        if (visitors < 1 || visitors > 500) {
            throw new BusinessRuleException("reception.error.visitorCount");
        }
        Instant arrival = form.getArrivalAt().atZone(zone).toInstant();
        Instant departure = form.getDepartureAt().atZone(zone).toInstant();
        if (!departure.isAfter(arrival)) {
            throw new BusinessRuleException("reception.error.endBeforeStart");
        }
        if (Duration.between(arrival, departure).compareTo(LONGEST_VISIT) > 0) {
            throw new BusinessRuleException("reception.error.visitTooLong", LONGEST_VISIT.toDays());
        }
        Long department = form.getHostDepartmentId();
        if (department != null && directory.department(department).filter(d -> d.unitId() == unitId).isEmpty()) {
            throw new BusinessRuleException("reception.error.department");
        }
        String inCharge = blankToNull(form.getInCharge());
        if (inCharge != null) {
            requireColleague(inCharge, unitId);
        }
        Set<String> companions = new LinkedHashSet<>();
        for (String companion : form.getCompanions()) {
            String username = blankToNull(companion);
            if (username != null) {
                requireColleague(username, unitId);
                companions.add(username);
            }
        }
        List<Member> members = new ArrayList<>();
        for (ReceptionForm.MemberRow row : form.getMembers()) {
            if (row == null) {
                continue;
            }
            String name = blankToNull(row.getName());
            String title = blankToNull(row.getTitle());
            if (name == null && title != null) {
                throw new BusinessRuleException("reception.error.memberName");
            }
            if (name != null) {
                members.add(new Member(name, title));
            }
        }
        if (members.size() + 1 > visitors) {
            throw new BusinessRuleException("reception.error.moreNamesThanVisitors", members.size() + 1, visitors);
        }
        int hostLimit = hostLimit(visitors);
        LocalDate firstDay = form.getArrivalAt().toLocalDate();
        LocalDate lastDay = form.getDepartureAt().toLocalDate();
        List<Meal> meals = new ArrayList<>();
        for (ReceptionForm.MealRow row : form.getMeals()) {
            if (row == null || row.getDate() == null) {
                continue;
            }
            if (row.getKind() == null || row.getGuests() == null || row.getHosts() == null
                    || row.getStandard() == null) {
                throw new BusinessRuleException("reception.error.mealIncomplete");
            }
            if (row.getDate().isBefore(firstDay) || row.getDate().isAfter(lastDay)) {
                throw new BusinessRuleException("reception.error.mealDate");
            }
            if (row.getGuests() < 1 || row.getGuests() > visitors) {
                throw new BusinessRuleException("reception.error.mealGuests", visitors);
            }
            if (row.getHosts() < 0 || row.getHosts() > hostLimit) {
                throw new BusinessRuleException("reception.error.hostLimit", hostLimit);
            }
            if (row.getStandard().signum() < 0) {
                throw new BusinessRuleException("reception.error.amount");
            }
            meals.add(new Meal(row.getDate(), row.getKind(), row.getGuests(), row.getHosts(), row.getStandard()));
        }
        List<AgendaItem> agenda = new ArrayList<>();
        for (ReceptionForm.AgendaRow row : form.getAgenda()) {
            if (row == null) {
                continue;
            }
            String content = blankToNull(row.getContent());
            if (content == null && row.getStartsAt() == null) {
                continue;
            }
            if (content == null || row.getStartsAt() == null) {
                throw new BusinessRuleException("reception.error.agendaIncomplete");
            }
            Instant at = row.getStartsAt().atZone(zone).toInstant();
            if (at.isBefore(arrival) || at.isAfter(departure)) {
                throw new BusinessRuleException("reception.error.agendaTime");
            }
            agenda.add(new AgendaItem(at, content, blankToNull(row.getPlace())));
        }
        BigDecimal otherBudget = form.getOtherBudget() == null ? BigDecimal.ZERO : form.getOtherBudget();
        if (otherBudget.signum() < 0) {
            throw new BusinessRuleException("reception.error.amount");
        }
        return new ReceptionPlan(form.getVisitingUnit().strip(), form.getLeaderName().strip(),
                blankToNull(form.getLeaderTitle()), visitors, form.getLevel(), form.getReason().strip(), arrival,
                departure, department, inCharge, blankToNull(form.getVenues()), blankToNull(form.getAccommodation()),
                blankToNull(form.getVehicles()), otherBudget, members, meals, agenda, List.copyOf(companions));
    }

    /**
     * 陪餐人数 (党政机关国内公务接待管理规定): at most 3 when the guests are 10 or fewer, otherwise at most a third of
     * them.
     */
    static int hostLimit(int visitors) {
        return visitors <= 10 ? 3 : visitors / 3;
    }

    private void requireColleague(String username, long unitId) {
        if (directory.person(username).filter(p -> p.unitId() == unitId).isEmpty()) {
            throw new BusinessRuleException("reception.error.person");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
