package org.zhengtong.petition.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.IdNumbers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.PhoneNumbers;
import org.zhengtong.platform.Positions;
import org.zhengtong.platform.Sequences;
import org.zhengtong.platform.WorkingDays;
import org.zhengtong.search.IndexEntryChanged;
import org.zhengtong.workflow.BusinessKeys;
import org.zhengtong.workflow.ProcessCatalog;
import org.zhengtong.workflow.Workflow;
import org.zhengtong.workflow.TrailStep;

/**
 * The rules of 信访管理. Every method that takes an id opens the case through {@link PetitionAccess} first; every
 * opening of a case with its personal data is audited (without the data). A refused change changes nothing.
 * Personal data (身份证号码, phone) never goes into a log line, an audit detail or an exception's message.
 */
@Service
@Transactional
public class PetitionService {

    static final String TEMPLATE = "petition";
    static final String EXTENSION = "petition-extension";
    static final String SEQUENCE = "petition";
    static final int PAGE_SIZE = 20;
    /** How similar two texts must be (per cent of shared character pairs) to be shown as similar. */
    static final int SIMILAR = 40;
    private static final int SIMILAR_CANDIDATES = 500;

    private final PetitionRepository petitions;
    private final AssignmentRepository assignments;
    private final PetitionFileRepository files;
    private final MatterRepository matters;
    private final PetitionAccess access;
    private final PetitionProperties properties;
    private final Workflow workflow;
    private final ProcessCatalog catalog;
    private final WorkingDays workingDays;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final Sequences sequences;
    private final FileStore fileStore;
    private final PetitionPdfs pdfs;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PetitionService(PetitionRepository petitions, AssignmentRepository assignments, PetitionFileRepository files,
                    MatterRepository matters, PetitionAccess access, PetitionProperties properties, Workflow workflow,
                    ProcessCatalog catalog, WorkingDays workingDays, CurrentUsers currentUsers,
                    OrgDirectory directory, Sequences sequences, FileStore fileStore, PetitionPdfs pdfs, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.petitions = petitions;
        this.assignments = assignments;
        this.files = files;
        this.matters = matters;
        this.access = access;
        this.properties = properties;
        this.workflow = workflow;
        this.catalog = catalog;
        this.workingDays = workingDays;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.sequences = sequences;
        this.fileStore = fileStore;
        this.pdfs = pdfs;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- registration ---------------------------------------------------------------------------------------

    /**
     * Registers a matter (登记) and starts its process: 拟办 lies with the registering office (an online submission's
     * with the unit's office director), due at the 受理 deadline, 15 working days from the day it was received.
     */
    public long register(PetitionForm form) {
        CurrentUser user = currentUsers.current();
        long unitId = registeringUnit(user, form.getChannel());
        Registration registration = check(form, user);
        int year = registration.receivedOn().getYear();
        String number = "信访" + year + "-"
                + String.format("%04d", sequences.next(SEQUENCE, unitId + "-" + year));
        String office = access.isOffice(user, unitId) ? user.username() : directory
                .holders(unitId, Positions.OFFICE_DIRECTOR).stream().findFirst().map(OrgDirectory.PersonRef::username)
                .orElseThrow(() -> new BusinessRuleException("petition.error.noOffice"));
        int earlier = (int) related(unitId, null, registration.idNumber(), registration.matterCode(),
                registration.summary(), registration.content(), registration.receivedOn()).stream()
                .filter(RelatedCase::sameMatter).count();
        LocalDate acceptDue = workingDays.plusWorkingDays(registration.receivedOn(), properties.acceptDays());
        Petition petition = new Petition(unitId, number, registration, user.username(), clock.instant(), office,
                acceptDue, earlier);
        petitions.saveAndFlush(petition);
        start(petition);
        audit.success("PETITION_REGISTER", "petition", petition.getId(), number + " " + registration.channel());
        changed(petition);
        return petition.getId();
    }

    /** Starts a registered case's process, the unit's design for its 信访形式 if there is one; 拟办 is the office's. */
    void start(Petition petition) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseId", petition.getId());
        variables.put("unitId", petition.getUnitId());
        variables.put("office", petition.getOffice());
        variables.put("acceptDue", due(petition.getAcceptDue()));
        variables.put("stepDue", due(petition.getAcceptDue()));
        variables.put("channel", petition.getChannel().name());
        variables.put("classification", "UNCLASSIFIED");
        variables.put("urgency", "NORMAL");
        petition.started(workflow.start(catalog.processKeyFor(TEMPLATE, petition.getChannel().name(),
                petition.getUnitId()), petition.businessKey(), petition.getOffice(), variables));
    }

    /**
     * What a registration created, for its answer (also to the portal, which reads no case): the number, the state
     * and the 受理 deadline, no personal data.
     */
    @Transactional(readOnly = true)
    public Registered registered(long id) {
        Petition p = petitions.findById(id).orElseThrow(() -> new NotFoundException("petition", id));
        if (!p.getRegisteredBy().equals(currentUsers.current().username())) {
            throw new AccessDeniedException("not the registrar");
        }
        return new Registered(p.getId(), p.getNumber(), p.getStatus(), p.getAcceptDue());
    }

    public record Registered(long id, String number, PetitionStatus status, LocalDate acceptDue) {
    }

    /** A case in a list: no personal data. */
    public record Row(long id, String number, LocalDate receivedOn, Channel channel, String matterCode,
                      String summary, PetitionStatus status, LocalDate due) {

        static Row of(Petition p) {
            return new Row(p.getId(), p.getNumber(), p.getReceivedOn(), p.getChannel(), p.getMatterCode(),
                    p.getSummary(), p.getStatus(), p.currentDue());
        }
    }

    /** Earlier and similar cases for a registration not yet saved (查重 on the registration page). */
    @Transactional(readOnly = true)
    public List<RelatedCase> check(PetitionForm form) {
        CurrentUser user = currentUsers.current();
        long unitId = registeringUnit(user, form.getChannel());
        if (!access.isOffice(user, unitId)) {
            throw new AccessDeniedException("only the office sees earlier petitions");
        }
        String idNumber = validIdNumber(form.getIdNumber());
        return related(unitId, null, idNumber, form.getMatterCode(), form.getSummary(), form.getContent(),
                form.getReceivedOn() == null ? LocalDate.now(clock) : form.getReceivedOn());
    }

    /** A scanned letter or another file for the case; the office of its unit only. */
    public long attach(long id, String fileName, InputStream content) {
        CurrentUser user = currentUsers.current();
        Petition petition = readable(id, user);
        access.requireOffice(petition, user);
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty()) {
            throw new InvalidInputException("petition.error.fileMissing");
        }
        if (name.length() > PetitionFile.MAX_NAME) {
            throw new InvalidInputException("petition.error.fileName", PetitionFile.MAX_NAME);
        }
        FileStore.StoredFile stored = fileStore.store(content);
        if (stored.size() == 0) {
            throw new InvalidInputException("petition.error.fileMissing");
        }
        PetitionFile file = files.save(new PetitionFile(id, name, stored.key(), stored.sha256(), stored.size(),
                user.username(), clock.instant()));
        audit.success("PETITION_FILE", "petition", id, name);
        return file.getId();
    }

    /** A file of the case, for whoever may open the case. */
    @Transactional(readOnly = true)
    public Download file(long id, long fileId) {
        readable(id, currentUsers.current());
        PetitionFile file = files.findById(fileId).filter(f -> f.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("petitionFile", fileId));
        try (InputStream in = fileStore.open(file.getFileKey())) {
            return new Download(file.getFileName(), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Download(String name, byte[] content) {
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    /** The case with its personal data; the opening is audited. */
    public PetitionView view(long id) {
        CurrentUser user = currentUsers.current();
        Petition petition = readable(id, user);
        audit.success("PETITION_OPEN", "petition", id, petition.getNumber());
        return view(petition);
    }

    /** A printed form of the case (登记表, 交办单, 答复意见书, 告知书), for whoever may open it; audited like an opening. */
    public Download pdf(long id, String kind) {
        CurrentUser user = currentUsers.current();
        Petition petition = readable(id, user);
        PetitionView view = view(petition);
        String unit = unitName(petition.getUnitId());
        byte[] pdf = switch (kind == null ? "" : kind) {
            case "registration" -> pdfs.registration(view, unit);
            case "assignment" -> {
                if (view.assignments().isEmpty()) {
                    throw new BusinessRuleException("petition.error.notAssigned");
                }
                yield pdfs.assignment(view, unit);
            }
            case "reply" -> {
                if (petition.getReplyText() == null) {
                    throw new BusinessRuleException("petition.error.replyMissing");
                }
                yield pdfs.reply(view, unit);
            }
            case "notice" -> {
                if (petition.getStatus() != PetitionStatus.NOT_ACCEPTED
                        && petition.getStatus() != PetitionStatus.FORWARDED) {
                    throw new BusinessRuleException("petition.error.noNotice");
                }
                yield pdfs.notice(view, unit);
            }
            default -> throw new NotFoundException("petitionForm", kind);
        };
        audit.success("PETITION_PRINT", "petition", id, petition.getNumber() + " " + kind);
        return new Download(petition.getNumber() + "-" + kind + ".pdf", pdf);
    }

    /** The steps of the case's process so far: step, handler by name, when, opinions (批示, reports…). */
    @Transactional(readOnly = true)
    public List<TrailStep> history(long id) {
        Petition petition = readable(id, currentUsers.current());
        return petition.getProcessInstanceId() == null ? List.of() : workflow.trail(petition.getProcessInstanceId());
    }

    /** The case's earlier and similar cases, as far as the reader may see them. */
    @Transactional(readOnly = true)
    public List<RelatedCase> related(long id) {
        CurrentUser user = currentUsers.current();
        Petition petition = readable(id, user);
        return related(petition.getUnitId(), petition.getId(), petition.getIdNumber(), petition.getMatterCode(),
                petition.getSummary(), petition.getContent(), petition.getReceivedOn()).stream()
                .filter(r -> petitions.findById(r.id()).map(p -> access.canRead(p, user)).orElse(false)).toList();
    }

    /** The office's cases of its unit, newest first, with a filter. */
    @Transactional(readOnly = true)
    public Page<Row> rows(PetitionStatus status, String matter, String text, int page) {
        return search(status, matter, text, page).map(Row::of);
    }

    @Transactional(readOnly = true)
    public Page<Petition> search(PetitionStatus status, String matter, String text, int page) {
        CurrentUser user = currentUsers.current();
        if (user.unitId() == null || !access.isOffice(user, user.unitId())) {
            throw new AccessDeniedException("not a petition office");
        }
        return petitions.search(user.unitId(), status, blankToNull(matter), LikePatterns.containing(text),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /** The cases the current user handles or instructed, newest first. */
    @Transactional(readOnly = true)
    public Page<Petition> mine(int page) {
        return petitions.handledBy(currentUsers.current().username(), PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /** Whether the current user is a 信访 office (registers, sees the unit's list). */
    @Transactional(readOnly = true)
    public boolean isOffice() {
        CurrentUser user = currentUsers.current();
        return user.unitId() != null && access.isOffice(user, user.unitId());
    }

    /** Whether the current user is the office of this case (the page shows its actions). */
    @Transactional(readOnly = true)
    public boolean isOfficeOf(long id) {
        CurrentUser user = currentUsers.current();
        return petitions.findById(id).map(p -> access.isOffice(user, p.getUnitId())).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<Matter> enabledMatters() {
        return matters.findAllByOrderBySortOrderAscCodeAsc().stream().filter(Matter::isEnabled).toList();
    }

    @Transactional(readOnly = true)
    public Map<String, String> matterNames() {
        Map<String, String> names = new LinkedHashMap<>();
        matters.findAllByOrderBySortOrderAscCodeAsc().forEach(m -> names.put(m.getCode(), m.getName()));
        return names;
    }

    public List<OrgDirectory.UnitRef> units() {
        return directory.units();
    }

    // ---- the office's actions beside the process --------------------------------------------------------------

    /** Drafts (or changes) the reply (答复意见) while the case is handled; the office of its unit only. */
    public void draftReply(long id, String text) {
        CurrentUser user = currentUsers.current();
        Petition petition = lockedReadable(id, user);
        access.requireOffice(petition, user);
        if (petition.getStatus() != PetitionStatus.HANDLING) {
            throw new BusinessRuleException("petition.error.notHandling");
        }
        String reply = blankToNull(text);
        if (reply == null) {
            throw new InvalidInputException("petition.error.replyMissing");
        }
        if (reply.length() > Petition.MAX_REPLY) {
            throw new InvalidInputException("petition.error.replyLength", Petition.MAX_REPLY);
        }
        petition.draftReply(reply);
        audit.success("PETITION_REPLY_DRAFT", "petition", id, petition.getNumber());
    }

    /**
     * Asks for 30 more working days for 办理 (信访工作条例 第三十五条): the leader who instructed the case (or the
     * unit head) approves on the engine; once approved, the deadline and the open tasks' due dates move.
     */
    public void requestExtension(long id, String reason) {
        CurrentUser user = currentUsers.current();
        Petition petition = lockedReadable(id, user);
        access.requireOffice(petition, user);
        if (petition.getStatus() != PetitionStatus.HANDLING) {
            throw new BusinessRuleException("petition.error.notHandling");
        }
        if (petition.isExtended()) {
            throw new BusinessRuleException("petition.error.alreadyExtended");
        }
        if (petition.getExtensionProcessId() != null && !workflow.isEnded(petition.getExtensionProcessId())) {
            throw new BusinessRuleException("petition.error.extensionPending");
        }
        String why = blankToNull(reason);
        if (why == null || why.length() > 500) {
            throw new InvalidInputException("petition.error.extensionReason", 500);
        }
        String approver = petition.getLeader() != null ? petition.getLeader() : firstHolder(petition.getUnitId(),
                Positions.UNIT_HEAD);
        petition.extensionRequested(why, workflow.start(EXTENSION, PetitionProcesses.EXTENSION_PREFIX
                + petition.getId(), user.username(), Map.of("approver", approver, "caseId", petition.getId(),
                "handleDue", due(petition.getHandleDue()))));
        audit.success("PETITION_EXTENSION_REQUEST", "petition", id, petition.getNumber());
    }

    // ---- the steps, told by the step handlers in the send's transaction ----------------------------------------

    /** 拟办: 受理 to the chosen leader, or 不予受理 / 转送 with the reason as the written notice. */
    Map<String, Object> propose(Petition petition, String disposition, String leader, String forwardTo,
                                String opinion) {
        LocalDate today = LocalDate.now(clock);
        switch (disposition == null ? "" : disposition) {
            case "ACCEPT" -> {
                String chosen = leader == null ? firstHolder(petition.getUnitId(), Positions.UNIT_HEAD) : leader;
                if (!leaders(petition.getUnitId()).contains(chosen)) {
                    throw new BusinessRuleException("petition.error.leader");
                }
                LocalDate handleDue = workingDays.plusWorkingDays(today, properties.handleDays());
                petition.proposed(chosen);
                petition.accepted(today, handleDue);
                audit.success("PETITION_ACCEPT", "petition", petition.getId(), petition.getNumber());
                changed(petition);
                return Map.of("disposition", "ACCEPT", "leader", chosen, "handleDue", due(handleDue),
                        "stepDue", due(handleDue));
            }
            case "NOT_ACCEPTED" -> {
                petition.disposed(PetitionStatus.NOT_ACCEPTED, notice(opinion), null, today);
                audit.success("PETITION_NOT_ACCEPTED", "petition", petition.getId(), petition.getNumber());
                finished(petition);
                return Map.of("disposition", "NOT_ACCEPTED");
            }
            case "FORWARD" -> {
                long unit = unitId(forwardTo);
                requireNotComplained(petition, unit);
                String name = directory.unit(unit).map(OrgDirectory.UnitRef::name)
                        .orElseThrow(() -> new NotFoundException("unit", unit));
                petition.disposed(PetitionStatus.FORWARDED, notice(opinion), name, today);
                audit.success("PETITION_FORWARD", "petition", petition.getId(), petition.getNumber() + " → " + name);
                finished(petition);
                return Map.of("disposition", "FORWARD");
            }
            default -> throw new BusinessRuleException("petition.error.disposition");
        }
    }

    /**
     * 交办: to one or several units, never one the petition complains about (信访工作条例 第三十二条: 不得将信访事项转送、
     * 交办给被反映的机关); each unit's handler gets a task due at the 办理 deadline.
     */
    Map<String, Object> assign(Petition petition, List<String> chosenUnits) {
        if (chosenUnits.isEmpty()) {
            throw new BusinessRuleException("petition.error.unitsRequired");
        }
        Set<Long> units = new LinkedHashSet<>();
        for (String value : chosenUnits) {
            long unit = unitId(value);
            requireNotComplained(petition, unit);
            units.add(unit);
        }
        LocalDate today = LocalDate.now(clock);
        List<String> handlers = new ArrayList<>();
        for (long unit : units) {
            String handler = directory.holders(unit, properties.handlerPosition()).stream().findFirst()
                    .map(OrgDirectory.PersonRef::username)
                    .orElseThrow(() -> new BusinessRuleException("petition.error.noHandler", unitName(unit)));
            assignments.save(new Assignment(petition.getId(), unit, handler, today));
            handlers.add(handler);
        }
        audit.success("PETITION_ASSIGN", "petition", petition.getId(), petition.getNumber() + " → " + units);
        changed(petition);
        return Map.of("handlers", handlers);
    }

    /** 办理并报告: the unit's report of how it handled the matter (the handler's opinion). */
    void report(Petition petition, String username, String report) {
        String text = blankToNull(report);
        if (text == null) {
            throw new BusinessRuleException("petition.error.reportMissing");
        }
        if (text.length() > Assignment.MAX_REPORT) {
            throw new BusinessRuleException("petition.error.reportLength", Assignment.MAX_REPORT);
        }
        Long unitId = directory.person(username).map(OrgDirectory.PersonRef::unitId).orElse(null);
        Assignment assignment = assignments.findFirstByCaseIdAndHandlerAndReportedAtIsNull(petition.getId(), username)
                .or(() -> assignments.findByCaseIdOrderByIdAsc(petition.getId()).stream()
                        .filter(a -> a.getReportedAt() == null && Objects.equals(a.getUnitId(), unitId)).findFirst())
                .orElseThrow(() -> new BusinessRuleException("petition.error.noAssignment"));
        assignment.reported(text, clock.instant());
        audit.success("PETITION_REPORT", "petition", petition.getId(), unitName(assignment.getUnitId()));
    }

    /** 审核答复意见: the reply must have been drafted. */
    void requireReply(Petition petition) {
        if (petition.getReplyText() == null) {
            throw new BusinessRuleException("petition.error.replyMissing");
        }
    }

    /** 答复: the 答复意见书 goes to the petitioner. */
    void replied(Petition petition) {
        requireReply(petition);
        petition.replied(LocalDate.now(clock));
        audit.success("PETITION_REPLY", "petition", petition.getId(), petition.getNumber());
        changed(petition);
    }

    /** 回访: the petitioner's satisfaction; the case is 办结 and offered to the archive. */
    void visited(Petition petition, Satisfaction satisfaction) {
        if (satisfaction == null) {
            throw new BusinessRuleException("petition.error.satisfaction");
        }
        petition.closed(satisfaction, LocalDate.now(clock));
        audit.success("PETITION_CLOSE", "petition", petition.getId(), petition.getNumber() + " " + satisfaction);
        finished(petition);
    }

    /** A return to 拟办 takes the acceptance back: the 受理 deadline runs again. */
    void backToRegistered(Petition petition) {
        if (petition.getStatus() == PetitionStatus.HANDLING) {
            petition.backToRegistered();
            changed(petition);
        }
    }

    void extensionDecided(long caseId, boolean approved) {
        Petition petition = petitions.lock(caseId).orElseThrow(() -> new NotFoundException("petition", caseId));
        if (approved && !petition.isExtended() && petition.getHandleDue() != null) {
            LocalDate due = workingDays.plusWorkingDays(petition.getHandleDue(), properties.extensionDays());
            petition.extended(due);
            if (petition.getProcessInstanceId() != null && !workflow.isEnded(petition.getProcessInstanceId())) {
                workflow.moveDeadline(petition.getProcessInstanceId(), "handleDue", due(due));
            }
            audit.success("PETITION_EXTENDED", "petition", caseId, petition.getNumber() + " " + due);
        }
        changed(petition);
    }

    void archived(long caseId, String code) {
        petitions.findById(caseId).ifPresent(p -> {
            if (p.getStatus() != PetitionStatus.ARCHIVED) {
                p.archived(code);
                changed(p);
            }
        });
    }

    // ---- for the steps' choices -------------------------------------------------------------------------------

    /** The leaders of the unit who may instruct (单位负责人, 分管领导). */
    List<String> leaders(long unitId) {
        return directory.people(unitId).stream()
                .filter(p -> Positions.UNIT_HEAD.equals(p.position()) || Positions.LEADER_IN_CHARGE.equals(p.position()))
                .map(OrgDirectory.PersonRef::username).toList();
    }

    Petition byKey(String businessKey) {
        return BusinessKeys.idOf(businessKey, Petition.KEY_PREFIX).flatMap(petitions::findById)
                .orElseThrow(() -> new NotFoundException("petition", businessKey));
    }

    Petition readable(long id, CurrentUser user) {
        Petition petition = petitions.findById(id).orElseThrow(() -> new NotFoundException("petition", id));
        access.requireRead(petition, user);
        return petition;
    }

    private Petition lockedReadable(long id, CurrentUser user) {
        readable(id, user);
        return petitions.lock(id).orElseThrow(() -> new NotFoundException("petition", id));
    }

    String unitName(long unitId) {
        return directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse(String.valueOf(unitId));
    }

    /** The end of the due day in the configured zone: a task is overdue once its day has passed. */
    Date due(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
    }

    PetitionView view(Petition p) {
        Map<String, String> matterNames = matterNames();
        LocalDate current = p.currentDue();
        Integer left = current == null ? null : workingDays.workingDaysBetween(LocalDate.now(clock), current);
        if (left != null && left == 0 && LocalDate.now(clock).isAfter(current)) {
            left = -1;
        }
        PetitionView.Linked parent = p.getParentId() == null ? null : petitions.findById(p.getParentId())
                .map(this::linked).orElse(null);
        return new PetitionView(p.getId(), p.getNumber(), p.getChannel(), p.isGroupVisit(), p.getPeopleCount(),
                new PetitionView.Petitioner(p.getPetitionerName(), p.getIdNumber(), p.getPhone(), p.getAddress()),
                p.getMatterCode(), matterNames.getOrDefault(p.getMatterCode(), p.getMatterCode()), p.getSummary(),
                p.getContent(), p.getComplainedPeople(), p.getComplainedUnitIds().stream().sorted()
                .map(u -> new PetitionView.UnitName(u, unitName(u))).toList(), p.getReceivedOn(),
                directory.nameOf(p.getRegisteredBy()), p.getRegisteredAt(), p.getReviewLevel(), parent,
                petitions.findByParentIdOrderByIdAsc(p.getId()).stream().map(this::linked).toList(),
                p.getEarlierCases(), p.getStatus(), directory.nameOf(p.getOffice()),
                p.getLeader() == null ? null : directory.nameOf(p.getLeader()), p.getAcceptDue(), p.getAcceptedOn(),
                p.getHandleDue(), p.isExtended(), p.getExtensionReason(),
                p.getExtensionProcessId() != null && !p.isExtended() && !workflow.isEnded(p.getExtensionProcessId()),
                p.getDispositionNote(), p.getForwardedTo(), p.getReplyText(), p.getRepliedOn(), p.getSatisfaction(),
                p.getClosedOn(), p.getArchivalCode(), p.getProcessInstanceId(),
                assignments.findByCaseIdOrderByIdAsc(p.getId()).stream().map(a -> new PetitionView.AssignmentView(
                        a.getUnitId(), unitName(a.getUnitId()), a.getHandler(), directory.nameOf(a.getHandler()),
                        a.getAssignedOn(), a.getReport(), a.getReportedAt())).toList(),
                files.findByCaseIdOrderByIdAsc(p.getId()).stream().map(f -> new PetitionView.FileView(f.getId(),
                        f.getFileName(), f.getFileSize(), f.getUploadedAt())).toList(), current, left);
    }

    private PetitionView.Linked linked(Petition p) {
        return new PetitionView.Linked(p.getId(), p.getNumber(), p.getReviewLevel(), p.getStatus());
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The unit a user registers in: the office's own, or the portal account's unit for online submissions. */
    private long registeringUnit(CurrentUser user, Channel channel) {
        if (user.unitId() == null) {
            throw new AccessDeniedException("no unit");
        }
        if (access.isOffice(user, user.unitId())) {
            return user.unitId();
        }
        if (user.can(PetitionPermissions.PORTAL) && (channel == null || channel == Channel.ONLINE)) {
            return user.unitId();
        }
        throw new AccessDeniedException(user.username() + " may not register petitions");
    }

    /** Checks a registration; refuses with 400 and the first broken rule. */
    private Registration check(PetitionForm form, CurrentUser user) {
        Channel channel = form.getChannel();
        if (channel == null) {
            throw new InvalidInputException("petition.error.channel");
        }
        String name = blankToNull(form.getName());
        if (name == null || name.length() > Petition.MAX_NAME) {
            throw new InvalidInputException("petition.error.name", Petition.MAX_NAME);
        }
        String idNumber = validIdNumber(form.getIdNumber());
        if (idNumber == null) {
            throw new InvalidInputException("petition.error.idNumber");
        }
        String phone = PhoneNumbers.normalized(form.getPhone());
        if (phone == null) {
            throw new InvalidInputException("petition.error.phone");
        }
        String address = blankToNull(form.getAddress());
        if (address != null && address.length() > Petition.MAX_ADDRESS) {
            throw new InvalidInputException("petition.error.address", Petition.MAX_ADDRESS);
        }
        String matter = blankToNull(form.getMatterCode());
        if (matter == null || matters.findById(matter).filter(Matter::isEnabled).isEmpty()) {
            throw new InvalidInputException("petition.error.matter");
        }
        String summary = blankToNull(form.getSummary());
        if (summary == null || summary.length() > Petition.MAX_SUMMARY) {
            throw new InvalidInputException("petition.error.summary", Petition.MAX_SUMMARY);
        }
        String content = blankToNull(form.getContent());
        if (content == null || content.length() > Petition.MAX_CONTENT) {
            throw new InvalidInputException("petition.error.content", Petition.MAX_CONTENT);
        }
        String complainedPeople = blankToNull(form.getComplainedPeople());
        if (complainedPeople != null && complainedPeople.length() > Petition.MAX_PEOPLE) {
            throw new InvalidInputException("petition.error.complainedPeople", Petition.MAX_PEOPLE);
        }
        List<Long> complainedUnits = form.getComplainedUnitIds().stream().filter(Objects::nonNull).distinct().toList();
        for (long unit : complainedUnits) {
            if (directory.unit(unit).isEmpty()) {
                throw new InvalidInputException("petition.error.unit");
            }
        }
        int people = form.getPeopleCount() == null ? 1 : form.getPeopleCount();
        boolean group = form.isGroupVisit();
        if (group && (channel != Channel.VISIT || people < 5)) {
            throw new InvalidInputException("petition.error.group");
        }
        if (people < 1 || people > 10000) {
            throw new InvalidInputException("petition.error.peopleCount");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate received = form.getReceivedOn() == null ? today : form.getReceivedOn();
        if (received.isAfter(today) || received.isBefore(today.minusYears(1))) {
            throw new InvalidInputException("petition.error.receivedOn");
        }
        ReviewLevel level = ReviewLevel.FIRST;
        Long parentId = form.getParentId();
        if (parentId != null) {
            Petition parent = readable(parentId, user);
            if (!parent.getStatus().finished()) {
                throw new BusinessRuleException("petition.error.parentOpen");
            }
            level = parent.getReviewLevel().next();
            if (level == null) {
                throw new BusinessRuleException("petition.error.noFurtherReview");
            }
            if (!parent.getIdNumber().equals(idNumber)) {
                throw new BusinessRuleException("petition.error.reviewPetitioner");
            }
        }
        return new Registration(channel, group, people, name, idNumber, phone, address, matter, summary, content,
                complainedPeople, complainedUnits, received, level, parentId);
    }

    /**
     * Earlier cases of the unit: those of the same 身份证号码 (on the same matter: 重复信访), and those of others whose
     * text is similar (shared character pairs), from the last {@code similarDays} days.
     */
    private List<RelatedCase> related(long unitId, Long self, String idNumber, String matterCode, String summary,
                                      String content, LocalDate receivedOn) {
        Map<Long, RelatedCase> found = new LinkedHashMap<>();
        Set<String> pairs = pairs(summary, content);
        if (idNumber != null) {
            for (Petition p : petitions.findByIdNumberOrderByReceivedOnAscIdAsc(idNumber)) {
                if (p.getUnitId() == unitId && !p.getId().equals(self)) {
                    found.put(p.getId(), new RelatedCase(p.getId(), p.getNumber(), p.getReceivedOn(), p.getSummary(),
                            p.getStatus(), true, p.getMatterCode().equals(matterCode)
                            || similarity(pairs, pairs(p.getSummary(), p.getContent())) >= SIMILAR,
                            similarity(pairs, pairs(p.getSummary(), p.getContent()))));
                }
            }
        }
        if (!pairs.isEmpty()) {
            for (Petition p : petitions.findByUnitIdAndReceivedOnGreaterThanEqualOrderByIdDesc(unitId,
                    receivedOn.minusDays(properties.similarDays()), PageRequest.of(0, SIMILAR_CANDIDATES))) {
                if (found.containsKey(p.getId()) || p.getId().equals(self)) {
                    continue;
                }
                int similarity = similarity(pairs, pairs(p.getSummary(), p.getContent()));
                if (similarity >= SIMILAR) {
                    found.put(p.getId(), new RelatedCase(p.getId(), p.getNumber(), p.getReceivedOn(), p.getSummary(),
                            p.getStatus(), false, false, similarity));
                }
            }
        }
        return found.values().stream().sorted(Comparator.comparing(RelatedCase::samePerson).reversed()
                .thenComparing(RelatedCase::receivedOn)).toList();
    }

    /** The pairs of neighbouring characters of the texts, blanks and punctuation left out. */
    static Set<String> pairs(String summary, String content) {
        String text = ((summary == null ? "" : summary) + (content == null ? "" : content))
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]", "");
        if (text.length() > 600) {
            text = text.substring(0, 600);
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            pairs.add(text.substring(i, i + 2));
        }
        return pairs;
    }

    /** Shared pairs over the pairs of the shorter text, in per cent. */
    static int similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (int) (shared * 100 / Math.min(a.size(), b.size()));
    }

    private void requireNotComplained(Petition petition, long unitId) {
        if (petition.getComplainedUnitIds().contains(unitId)) {
            throw new BusinessRuleException("petition.error.complainedUnit", unitName(unitId));
        }
    }

    private long unitId(String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            throw new BusinessRuleException("petition.error.unit");
        }
        long unit = Long.parseLong(value.strip());
        if (directory.unit(unit).isEmpty()) {
            throw new NotFoundException("unit", unit);
        }
        return unit;
    }

    private String firstHolder(long unitId, String position) {
        return directory.holders(unitId, position).stream().findFirst().map(OrgDirectory.PersonRef::username)
                .orElseThrow(() -> new BusinessRuleException("petition.error.noLeader"));
    }

    private static String notice(String opinion) {
        String text = blankToNull(opinion);
        if (text == null) {
            throw new BusinessRuleException("petition.error.noticeReason");
        }
        return text;
    }

    private void finished(Petition petition) {
        changed(petition);
        events.publishEvent(PetitionArchivable.offer(petition, clock));
    }

    void changed(Petition petition) {
        events.publishEvent(new IndexEntryChanged(PetitionIndex.KIND, petition.getId()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The 身份证号码 in its stored form, or null when it is none (GB 11643). */
    private static String validIdNumber(String text) {
        String number = IdNumbers.normalized(text);
        return IdNumbers.valid(number) ? number : null;
    }
}
