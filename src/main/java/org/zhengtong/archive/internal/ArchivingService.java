package org.zhengtong.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.data.domain.PageRequest;
import org.zhengtong.archive.ArchivalRecord;
import org.zhengtong.archive.Archivable;
import org.zhengtong.archive.ItemArchived;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;
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
 * 立卷归档 by DA/T 22-2015: a finished object another module offered ({@link Archivable}) becomes one item (件) in
 * a class (全宗 + 年度 + 机构(问题) + 保管期限) with the next 件号 of the class, its 档号, the 归档章 on the first page
 * of its PDF (the sealed PDF, else the printed processing form), its files with their SHA-256 and the processing
 * history copied from the engine.
 */
@Service
@Transactional
public class ArchivingService {

    private static final Logger log = LoggerFactory.getLogger(ArchivingService.class);

    /** The 机构 code of a unit's 办公室 in the 档号 (the example of DA/T 22: {@code BGS}). */
    static final String OFFICE_CODE = "BGS";
    /** The candidates page lists at most this many offers, newest first. */
    static final int MAX_CANDIDATES = 200;

    private final ArchiveItemRepository items;
    private final ArchiveFileRepository itemFiles;
    private final ArchiveHistoryRepository histories;
    private final ArchiveNumbering numbering;
    private final ArchiveStamp stamp;
    private final ArchiveAccess access;
    private final FondsService fonds;
    private final ArchiveIndex index;
    private final ArchiveOfferRepository offers;
    private final Map<String, Archivable> archivables;
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
                     ArchiveIndex index, ArchiveOfferRepository offers, List<Archivable> archivables,
                     Workflow workflow, OrgDirectory directory,
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
        this.offers = offers;
        this.archivables = archivables.stream().collect(Collectors.toMap(Archivable::kind, Function.identity()));
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

    /** An offered, not yet archived object with the suggested class. */
    public record Candidate(ArchiveOffer offer, String suggestedOrgCode) {
    }

    /** The object an item is archived from: its {@link Archivable#kind()} and id, written {@code <kind>:<id>}. */
    public record Source(String kind, long id) {

        public String text() {
            return kind + ":" + id;
        }

        /** The source a form sent, or empty when it is not {@code <kind>:<id>}. */
        public static Optional<Source> parse(String text) {
            int colon = text == null ? -1 : text.lastIndexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Source(text.substring(0, colon), Long.parseLong(text.substring(colon + 1))));
            } catch (NumberFormatException e) {
                log.info("an unreadable source {} was sent: nothing chosen", text, e);
                return Optional.empty();
            }
        }
    }

    /** What the archivist confirms for one object. */
    public record Request(Source source, Retention retention, String orgCode) {
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
        List<Classification> readable = Arrays.stream(Classification.values())
                .filter(c -> c.readableWith(user.clearance())).toList();
        return offers.candidates(user.unitId(), readable, PageRequest.of(0, MAX_CANDIDATES)).stream()
                .map(offer -> new Candidate(offer, defaultOrg)).toList();
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

    // ---- archiving ---------------------------------------------------------------------------------------

    /** Archives several objects in one go; all or none. */
    public List<ArchiveItem> archive(List<Request> requests) {
        if (requests == null || requests.isEmpty()) {
            throw new BusinessRuleException("archive.error.nothingSelected");
        }
        Set<Source> seen = new HashSet<>();
        List<ArchiveItem> archived = new ArrayList<>();
        for (Request request : requests) {
            if (seen.add(request.source())) {
                archived.add(archiveOne(request));
            }
        }
        return archived;
    }

    /** The items archived from these objects: what archiving them answers, also when the request is repeated. */
    @Transactional(readOnly = true)
    public List<ArchiveItem> itemsOf(List<Source> sources) {
        access.requireArchivist(currentUsers.current());
        return sources.stream().distinct().map(s -> items.findBySourceKindAndSourceId(s.kind(), s.id()))
                .flatMap(Optional::stream).toList();
    }

    public ArchiveItem archiveOne(Request request) {
        CurrentUser user = currentUsers.current();
        access.requireArchivist(user);
        if (request.retention() == null) {
            throw new BusinessRuleException("archive.error.retention");
        }
        Source source = request.source();
        ArchivalRecord record = Optional.ofNullable(archivables.get(source.kind()))
                .flatMap(archivable -> archivable.finished(source.id()))
                .orElseThrow(() -> new BusinessRuleException("archive.error.notFinished", source.id()));
        if (record.unitId() != user.unitId()) {
            throw new AccessDeniedException(source.text() + " belongs to another unit");
        }
        if (!record.classification().readableWith(user.clearance())) {
            throw new AccessDeniedException("clearance does not cover " + source.text());
        }
        if (items.findBySourceKindAndSourceId(record.kind(), record.id()).isPresent()) {
            throw new BusinessRuleException("archive.error.alreadyArchived", record.title());
        }
        OrgOption org = orgOptions(record.unitId()).stream()
                .filter(o -> o.code().equals(request.orgCode() == null || request.orgCode().isBlank()
                        ? defaultOrgCode(record.unitId(), record.departmentId()) : request.orgCode()))
                .findFirst()
                .orElseThrow(() -> new BusinessRuleException("archive.error.org", request.orgCode()));
        byte[] base = record.files().stream().filter(f -> f.role() == ArchivalRecord.FileRole.SEALED_PDF).findFirst()
                .map(f -> read(f.storageKey())).orElse(record.processingForm().pdf());
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
            // another archivist archived the same object a moment ago; this transaction rolls back
            log.info("archiving {} refused: already archived", source.text(), archivedMeanwhile);
            throw new BusinessRuleException("archive.error.alreadyArchived", record.title());
        }

        byte[] stamped = stamp.stamp(base, new ArchiveStamp.Values(archiveClass.fondsCode(),
                String.valueOf(archiveClass.year()), item.itemNumberText(), org.name(),
                stampRetention(request.retention()), String.valueOf(pages)));
        keep(item, ArchiveFile.Role.STAMPED_PDF, item.getArchivalCode() + ".pdf", "application/pdf", stamped);
        keep(item, ArchiveFile.Role.PROCESSING_FORM, record.processingForm().name() + ".pdf", "application/pdf",
                record.processingForm().pdf());
        for (ArchivalRecord.File file : record.files()) {
            itemFiles.save(new ArchiveFile(item.getId(), ArchiveFile.Role.valueOf(file.role().name()), file.name(),
                    file.contentType(), file.storageKey(), file.sha256(), file.size()));
        }
        copyHistory(item, record.processInstanceId());
        audit.success("ARCHIVE_ITEM", "archiveItem", item.getId(), item.getArchivalCode() + " " + source.text());
        events.publishEvent(new ItemArchived(item.getId(), record.kind(), record.id(), record.unitId(),
                item.getArchivalCode()));
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

    private byte[] read(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
