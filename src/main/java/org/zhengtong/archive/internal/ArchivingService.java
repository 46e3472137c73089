package org.zhengtong.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.ItemArchived;
import org.zhengtong.archive.Retention;
import org.zhengtong.document.DocumentRecord;
import org.zhengtong.document.DocumentRecords;
import org.zhengtong.document.DocumentType;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.HistoryStep;
import org.zhengtong.workflow.Workflow;

/**
 * 立卷归档 by DA/T 22-2015: a finished document becomes one item (件) in a class (全宗 + 年度 + 机构(问题) +
 * 保管期限) with the next 件号 of the class, its 档号, the 归档章 on the first page of its PDF (the sealed PDF, else
 * the 办文单/发文稿纸), its files with their SHA-256 and the processing history copied from the engine.
 */
@Service
@Transactional
public class ArchivingService {

    private static final Logger log = LoggerFactory.getLogger(ArchivingService.class);

    /** The 机构 code of a unit's 办公室 in the 档号 (the example of DA/T 22: {@code BGS}). */
    static final String OFFICE_CODE = "BGS";
    /** The candidates page lists at most this many documents, newest first. */
    static final int MAX_CANDIDATES = 200;
    private static final int CANDIDATE_PAGE = 500;

    private final ArchiveItemRepository items;
    private final ArchiveFileRepository itemFiles;
    private final ArchiveHistoryRepository histories;
    private final ArchiveNumbering numbering;
    private final ArchiveStamp stamp;
    private final ArchiveAccess access;
    private final FondsService fonds;
    private final ArchiveIndex index;
    private final DocumentRecords records;
    private final Workflow workflow;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ArchiveProperties properties;
    private final Clock clock;

    ArchivingService(ArchiveItemRepository items, ArchiveFileRepository itemFiles, ArchiveHistoryRepository histories,
                     ArchiveNumbering numbering, ArchiveStamp stamp, ArchiveAccess access, FondsService fonds,
                     ArchiveIndex index, DocumentRecords records, Workflow workflow, OrgDirectory directory,
                     CurrentUsers currentUsers, FileStore files, AuditLog audit, ApplicationEventPublisher events,
                     ArchiveProperties properties, Clock clock) {
        this.items = items;
        this.itemFiles = itemFiles;
        this.histories = histories;
        this.numbering = numbering;
        this.stamp = stamp;
        this.access = access;
        this.fonds = fonds;
        this.index = index;
        this.records = records;
        this.workflow = workflow;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /** A 机构(问题) the items of a unit may be classed under: a department, or a configured 问题 class. */
    public record OrgOption(String code, String name) {
    }

    /** A finished, not yet archived document with the suggested class. */
    public record Candidate(DocumentRecord.Summary document, Retention suggestedRetention, String suggestedOrgCode) {
    }

    /** What the archivist confirms for one document. */
    public record Request(long documentId, Retention retention, String orgCode) {
    }

    // ---- choosing ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public boolean isArchivist() {
        return access.isArchivist(currentUsers.current());
    }

    @Transactional(readOnly = true)
    public List<Candidate> candidates() {
        CurrentUser user = currentUsers.current();
        access.requireArchivist(user);
        String defaultOrg = defaultOrgCode(user.unitId(), null);
        List<Candidate> candidates = new ArrayList<>();
        // page through the finished documents, newest first, skipping the archived ones
        for (int page = 0; candidates.size() < MAX_CANDIDATES; page++) {
            List<DocumentRecord.Summary> finished = records.finishedOf(user.unitId(), page, CANDIDATE_PAGE);
            Set<Long> archived = items.findByDocumentIdIn(finished.stream().map(DocumentRecord.Summary::id).toList())
                    .stream().map(ArchiveItem::getDocumentId).collect(Collectors.toSet());
            finished.stream()
                    .filter(d -> !archived.contains(d.id()) && d.classification().readableWith(user.clearance()))
                    .limit(MAX_CANDIDATES - candidates.size())
                    .forEach(d -> candidates.add(new Candidate(d, suggestRetention(d.direction(), d.type()),
                            defaultOrg)));
            if (finished.size() < CANDIDATE_PAGE) {
                break;
            }
        }
        return candidates;
    }

    @Transactional(readOnly = true)
    public List<OrgOption> orgOptions() {
        CurrentUser user = currentUsers.current();
        return user.unitId() == null ? List.of() : orgOptions(user.unitId());
    }

    List<OrgOption> orgOptions(long unitId) {
        List<OrgOption> options = new ArrayList<>();
        for (OrgDirectory.DepartmentRef department : directory.departments(unitId)) {
            options.add(new OrgOption(orgCodeOf(department), department.name()));
        }
        properties.problemClassesOrDefault().forEach((code, name) -> options.add(new OrgOption(code, name)));
        return options;
    }

    /**
     * The 保管期限 suggested by 文种 and direction, after the 文书档案保管期限表 practice: the unit's own binding and
     * important documents (决议, 决定, 命令, 公报, 公告, 通告, 请示, 批复, 报告, 纪要) 永久, its other 发文 30 years;
     * 收文 that bind the unit (决议, 决定, 命令, 批复) 30 years, other 收文 10 years. The archivist may change it.
     */
    public static Retention suggestRetention(DocumentRecord.Direction direction, DocumentType type) {
        boolean binding = switch (type) {
            case RESOLUTION, DECISION, ORDER, REPLY -> true;
            default -> false;
        };
        if (direction == DocumentRecord.Direction.OUTGOING) {
            return switch (type) {
                case RESOLUTION, DECISION, ORDER, COMMUNIQUE, ANNOUNCEMENT, PUBLIC_NOTICE, REQUEST, REPLY, REPORT,
                     MINUTES -> Retention.PERMANENT;
                default -> Retention.YEARS_30;
            };
        }
        return binding ? Retention.YEARS_30 : Retention.YEARS_10;
    }

    // ---- archiving ---------------------------------------------------------------------------------------

    /** Archives several documents in one go; all or none. */
    public List<ArchiveItem> archive(List<Request> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new BusinessRuleException("archive.error.nothingSelected");
        }
        Set<Long> seen = new HashSet<>();
        List<ArchiveItem> archived = new ArrayList<>();
        for (Request request : requests) {
            if (seen.add(request.documentId())) {
                archived.add(archiveOne(request));
            }
        }
        return archived;
    }

    /** The items archived from these documents: what archiving them answers, also when the request is repeated. */
    @Transactional(readOnly = true)
    public List<ArchiveItem> itemsOf(List<Long> documentIds) {
        access.requireArchivist(currentUsers.current());
        return documentIds.stream().distinct().map(items::findByDocumentId).flatMap(Optional::stream).toList();
    }

    public ArchiveItem archiveOne(Request request) {
        CurrentUser user = currentUsers.current();
        access.requireArchivist(user);
        if (request.retention() == null) {
            throw new BusinessRuleException("archive.error.retention");
        }
        DocumentRecord record = records.finished(request.documentId())
                .orElseThrow(() -> new BusinessRuleException("archive.error.notFinished", request.documentId()));
        if (record.unitId() != user.unitId()) {
            throw new AccessDeniedException("document " + request.documentId() + " belongs to another unit");
        }
        if (!record.classification().readableWith(user.clearance())) {
            throw new AccessDeniedException("clearance does not cover document " + request.documentId());
        }
        if (items.findByDocumentId(record.id()).isPresent()) {
            throw new BusinessRuleException("archive.error.alreadyArchived", record.title());
        }
        OrgOption org = orgOptions(record.unitId()).stream()
                .filter(o -> o.code().equals(request.orgCode() == null || request.orgCode().isBlank()
                        ? defaultOrgCode(record.unitId(), record.departmentId()) : request.orgCode()))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("archive.error.org", request.orgCode()));
        byte[] base = record.files().stream().filter(f -> f.role() == DocumentRecord.Role.SEALED_PDF).findFirst()
                .map(f -> read(f.storageKey())).orElse(record.processingForm());
        int pages = ArchiveStamp.pageCount(base);

        ArchiveClass archiveClass = new ArchiveClass(fonds.codeOf(record.unitId()), record.date().getYear(),
                request.retention(), org.code(), org.name());
        int number = numbering.next(archiveClass.key());
        String archiverName = directory.person(user.username()).map(OrgDirectory.PersonRef::name)
                .orElse(user.displayName());
        ArchiveItem item = new ArchiveItem(record, archiveClass, number, user.username(), archiverName, clock.instant());
        item.countPages(pages);
        try {
            items.saveAndFlush(item);
        } catch (DataIntegrityViolationException archivedMeanwhile) {
            // another archivist archived the same document a moment ago; this transaction rolls back
            log.info("archiving document {} refused: already archived", record.id(), archivedMeanwhile);
            throw new BusinessRuleException("archive.error.alreadyArchived", record.title());
        }

        byte[] stamped = stamp.stamp(base, new ArchiveStamp.Values(archiveClass.fondsCode(),
                String.valueOf(archiveClass.year()), item.itemNumberText(), org.name(),
                stampRetention(request.retention()), String.valueOf(pages)));
        keep(item, ArchiveFile.Role.STAMPED_PDF, item.getArchivalCode() + ".pdf", "application/pdf", stamped);
        keep(item, ArchiveFile.Role.PROCESSING_FORM, formName(record) + ".pdf", "application/pdf",
                record.processingForm());
        for (DocumentRecord.File file : record.files()) {
            itemFiles.save(new ArchiveFile(item.getId(), ArchiveFile.Role.valueOf(file.role().name()), file.name(),
                    file.contentType(), file.storageKey(), file.sha256(), file.size()));
        }
        copyHistory(item, record.processInstanceId());
        audit.success("ARCHIVE_ITEM", "archiveItem", item.getId(), item.getArchivalCode() + " document " + record.id());
        events.publishEvent(new ItemArchived(item.getId(), record.id(), record.unitId(), item.getArchivalCode()));
        index.add(item);
        return item;
    }

    private void keep(ArchiveItem item, ArchiveFile.Role role, String name, String contentType, byte[] content) {
        FileStore.StoredFile stored = files.store(new ByteArrayInputStream(content));
        itemFiles.save(new ArchiveFile(item.getId(), role, name, contentType, stored.key(), stored.sha256(),
                stored.size()));
    }

    private void copyHistory(ArchiveItem item, String processInstanceId) {
        if (processInstanceId == null) {
            return;
        }
        int seq = 0;
        for (HistoryStep step : workflow.history(processInstanceId)) {
            String remarks = step.remarks().stream()
                    .map(r -> (r.author() == null ? "" : name(r.author()) + "：") + (r.text() == null ? "" : r.text()))
                    .collect(Collectors.joining("\n"));
            histories.save(new ArchiveHistoryStep(item.getId(), ++seq, step.name(), step.handler(),
                    step.handler() == null ? null : name(step.handler()), step.delegatedFrom(), step.started(),
                    step.ended(), remarks));
        }
    }

    private String name(String username) {
        return directory.nameOf(username);
    }

    private String defaultOrgCode(long unitId, Long departmentId) {
        List<OrgDirectory.DepartmentRef> departments = directory.departments(unitId);
        Optional<OrgDirectory.DepartmentRef> own = departmentId == null ? Optional.empty()
                : departments.stream().filter(d -> d.id() == departmentId).findFirst();
        return own.or(() -> departments.stream().filter(d -> d.name().equals("办公室")).findFirst())
                .map(ArchivingService::orgCodeOf)
                .orElseGet(() -> properties.problemClassesOrDefault().keySet().iterator().next());
    }

    /** A department's 机构 code: {@code BGS} for the 办公室, otherwise {@code JG} and the department's id. */
    static String orgCodeOf(OrgDirectory.DepartmentRef department) {
        return department.name().equals("办公室") ? OFFICE_CODE : "JG" + department.id();
    }

    /** As written in the stamp's box: 永久, 30年, 10年. */
    static String stampRetention(Retention retention) {
        return switch (retention) {
            case PERMANENT -> "永久";
            case YEARS_30 -> "30年";
            case YEARS_10 -> "10年";
        };
    }

    private static String formName(DocumentRecord record) {
        return record.direction() == DocumentRecord.Direction.OUTGOING ? "发文稿纸" : "办文单";
    }

    private byte[] read(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
