package org.zhengtong.regulation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.InvalidInputException;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RichText;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The catalogue of regulations. A reader sees her unit's and everything 全市 within her clearance; anything else is
 * 404, as if it did not exist. The unit's managers create, correct, revise (修订: a new version; the old one becomes
 * 已修订 and links to it) and repeal (废止, from a day, by another regulation or not); a refused change changes nothing.
 */
@Service
@Transactional
public class RegulationService {

    static final String OBJECT = "regulation";
    private static final int PAGE_SIZE = 20;
    /** The period of issue searched when no year is asked for: every date both databases keep. */
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final RegulationRepository regulations;
    private final RegulationFileRepository files;
    private final RegulationUploads uploads;
    private final RegulationProperties properties;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegulationService(RegulationRepository regulations, RegulationFileRepository files, RegulationUploads uploads,
                      RegulationProperties properties, CurrentUsers currentUsers, OrgDirectory directory,
                      AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.regulations = regulations;
        this.files = files;
        this.uploads = uploads;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the reader may find, by kind, status, issuing body (part of), year of issue and text; latest first. */
    @Transactional(readOnly = true)
    public Page<Views.RegulationRow> search(RegulationQuery query, int page) {
        CurrentUser user = currentUsers.current();
        LocalDate today = LocalDate.now(clock);
        List<Classification> readable = Arrays.stream(Classification.values())
                .filter(c -> c.readableWith(user.clearance())).toList();
        Integer year = query.year();
        return regulations.search(user.unitId(), readable, query.kind(),
                query.status() == null ? null : query.status().name(), today,
                LikePatterns.containing(query.issuer()), year == null ? EARLIEST : LocalDate.of(year, 1, 1),
                year == null ? LATEST : LocalDate.of(year + 1, 1, 1), LikePatterns.containing(query.text()),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)).map(r -> row(r, today));
    }

    @Transactional(readOnly = true)
    public Views.RegulationView view(long id) {
        CurrentUser user = currentUsers.current();
        Regulation r = readable(id, user);
        LocalDate today = LocalDate.now(clock);
        return new Views.RegulationView(row(r, today), RichText.clean(r.getBody()), link(r.getRevisesId(), user),
                link(r.getRevisedById(), user), link(r.getRepealedById(), user),
                regulations.findByRepealedById(id).stream().filter(o -> canRead(o, user))
                        .map(o -> new Views.Link(o.getId(), o.getTitle(), o.getDocNumber(), o.status(today)))
                        .toList(),
                files.findByRegulationIdOrderById(id).stream().map(f -> new Views.FileView(f.getId(),
                        f.getFile().getFileName(), f.getFile().getFileSize(), f.getFile().getSha256())).toList(),
                directory.nameOf(r.getCreatedBy()), r.getUpdatedAt(), Audience.manages(user, r.getUnitId()));
    }

    public boolean mayManage() {
        CurrentUser user = currentUsers.current();
        return user.unitId() != null && Audience.manages(user, user.unitId());
    }

    /** A new regulation of the manager's unit; its id. */
    public long create(RegulationForm form) {
        CurrentUser user = currentUsers.current();
        Regulation r = new Regulation(Audience.managedUnit(user), user.username(), clock.instant());
        describe(r, form, user);
        regulations.save(r);
        audit.success("REGULATION_CREATE", OBJECT, r.getId(), r.getTitle());
        changed(r);
        return r.getId();
    }

    /** Corrects a regulation of the manager's unit (its links and status stay). */
    public void update(long id, RegulationForm form) {
        CurrentUser user = currentUsers.current();
        Regulation r = managed(id, user);
        describe(r, form, user);
        regulations.saveAndFlush(r);
        audit.success("REGULATION_UPDATE", OBJECT, id, r.getTitle());
        changed(r);
    }

    /**
     * 修订: a new version of a 现行有效 regulation of the manager's unit, of the same kind; the old one becomes 已修订
     * and links to the new. An old one already revised or repealed is 409.
     */
    public long revise(long oldId, RegulationForm form) {
        CurrentUser user = currentUsers.current();
        Regulation old = managed(oldId, user);
        if (old.status(LocalDate.now(clock)) != RegulationStatus.IN_FORCE) {
            throw new BusinessRuleException("regulation.error.notInForce", old.getTitle());
        }
        if (form.kind() != old.getKind()) {
            throw new InvalidInputException("regulation.validation.sameKind");
        }
        Regulation revision = new Regulation(old.getUnitId(), user.username(), clock.instant());
        describe(revision, form, user);
        regulations.save(revision);
        revision.revises(old);
        regulations.saveAndFlush(old);
        audit.success("REGULATION_REVISE", OBJECT, revision.getId(), old.getTitle() + " → " + revision.getTitle());
        changed(old);
        changed(revision);
        return revision.getId();
    }

    /**
     * 废止 from a day (not before it was issued or took effect), by a regulation the manager may read or none. One
     * already repealed is 409; repealing one by itself is 400.
     */
    public void repeal(long id, RepealForm form) {
        CurrentUser user = currentUsers.current();
        Regulation r = managed(id, user);
        if (r.getRepealedById() != null || r.status(LocalDate.now(clock)) == RegulationStatus.REPEALED) {
            throw new BusinessRuleException("regulation.error.repealed", r.getTitle());
        }
        if (form.repealedById() != null) {
            if (form.repealedById() == id) {
                throw new InvalidInputException("regulation.validation.repealSelf");
            }
            readable(form.repealedById(), user);
        }
        checkDates(r.getIssuedOn(), r.getEffectiveOn(), form.repealedOn());
        r.repealedBy(form.repealedById(), form.repealedOn(), clock.instant());
        regulations.saveAndFlush(r);
        audit.success("REGULATION_REPEAL", OBJECT, id, r.getTitle() + " " + form.repealedOn());
        changed(r);
    }

    /** Adds an attachment (size limit {@code zhengtong.regulation.max-attachment-size}); its id. */
    public long attach(long id, MultipartFile file) {
        CurrentUser user = currentUsers.current();
        Regulation r = managed(id, user);
        RegulationFile saved = files.save(new RegulationFile(id, uploads.attachment(file,
                properties.attachmentLimit())));
        audit.success("REGULATION_ATTACH", OBJECT, id, saved.getFile().getFileName() + " "
                + saved.getFile().getSha256());
        changed(r);
        return saved.getId();
    }

    /** Removes an attachment from the regulation (its bytes stay in the file store, as every stored file's do). */
    public void detach(long id, long fileId) {
        Regulation r = managed(id, currentUsers.current());
        RegulationFile file = files.findById(fileId).filter(f -> f.getRegulationId() == id)
                .orElseThrow(() -> new NotFoundException(OBJECT, fileId));
        files.delete(file);
        audit.success("REGULATION_DETACH", OBJECT, id, file.getFile().getFileName() + " " + file.getFile().getSha256());
        changed(r);
    }

    @Transactional(readOnly = true)
    public Views.Download download(long id, long fileId) {
        readable(id, currentUsers.current());
        RegulationFile file = files.findById(fileId).filter(f -> f.getRegulationId() == id)
                .orElseThrow(() -> new NotFoundException(OBJECT, fileId));
        return new Views.Download(file.getFile().getFileName(), file.getFile().getFileSize(),
                uploads.open(file.getFile()));
    }

    /** Her unit's, or 全市, within her clearance. */
    boolean canRead(Regulation r, CurrentUser user) {
        return Audience.reads(user, r.getUnitId(), r.getScope()) && r.getClassification()
                .readableWith(user.clearance());
    }

    private void describe(Regulation r, RegulationForm form, CurrentUser user) {
        checkDates(form.issuedOn(), form.effectiveOn(), form.repealedOn());
        String body = RichText.clean(form.body());
        if (RichText.text(body).isBlank()) {
            throw new InvalidInputException("regulation.validation.body");
        }
        if (body.length() > Regulation.MAX_BODY) {
            throw new InvalidInputException("regulation.validation.bodyLength", Regulation.MAX_BODY);
        }
        Classification classification = form.classification() == null ? Classification.UNCLASSIFIED
                : form.classification();
        if (!classification.readableWith(user.clearance())) {
            throw new InvalidInputException("regulation.validation.classification");
        }
        Scope scope = form.kind() == RegulationKind.INTERNAL ? Scope.UNIT
                : form.scope() == null ? Scope.CITY : form.scope();
        r.describe(form, scope, body, clock.instant());
    }

    /** 发布日期 ≤ 施行日期 ≤ 废止日期, each where given. */
    private static void checkDates(LocalDate issued, LocalDate effective, LocalDate repealed) {
        if (issued != null && effective != null && effective.isBefore(issued)) {
            throw new InvalidInputException("regulation.validation.effectiveBeforeIssued");
        }
        LocalDate start = effective != null ? effective : issued;
        if (repealed != null && start != null && repealed.isBefore(start)) {
            throw new InvalidInputException("regulation.validation.repealedBeforeStart");
        }
    }

    private Regulation readable(long id, CurrentUser user) {
        return regulations.findById(id).filter(r -> canRead(r, user))
                .orElseThrow(() -> new NotFoundException(OBJECT, id));
    }

    private Regulation managed(long id, CurrentUser user) {
        Regulation r = readable(id, user);
        Audience.requireManager(user, r.getUnitId());
        return r;
    }

    private Views.Link link(Long id, CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return id == null ? null : regulations.findById(id).filter(r -> canRead(r, user))
                .map(r -> new Views.Link(r.getId(), r.getTitle(), r.getDocNumber(), r.status(today))).orElse(null);
    }

    private Views.RegulationRow row(Regulation r, LocalDate today) {
        return new Views.RegulationRow(r.getId(), r.getKind(), r.getScope(), r.getTitle(), r.getIssuer(),
                r.getDocNumber(), r.getIssuedOn(), r.getEffectiveOn(), r.getRepealedOn(), r.status(today),
                r.getClassification(), directory.unit(r.getUnitId()).map(u -> u.name()).orElse(""));
    }

    private void changed(Regulation r) {
        events.publishEvent(new IndexEntryChanged(RegulationIndex.KIND, r.getId()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
