package org.zhengtong.regulation.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.StoredFileRef;

/**
 * 常用软件: entries with every version's installer kept (a version label once per entry), each with the SHA-256 the
 * file store computed, read by the unit or 全市, kept by the unit's managers. Installers up to
 * {@code zhengtong.regulation.max-installer-size}; they always leave as downloads.
 */
@Service
@Transactional
public class SoftwareService {

    static final String OBJECT = "regulationSoftware";

    private final SoftwareRepository software;
    private final SoftwareVersionRepository versions;
    private final RegulationUploads uploads;
    private final RegulationProperties properties;
    private final CurrentUsers currentUsers;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final Clock clock;

    SoftwareService(SoftwareRepository software, SoftwareVersionRepository versions, RegulationUploads uploads,
                    RegulationProperties properties, CurrentUsers currentUsers, OrgDirectory directory,
                    AuditLog audit, Clock clock) {
        this.software = software;
        this.versions = versions;
        this.uploads = uploads;
        this.properties = properties;
        this.currentUsers = currentUsers;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Views.SoftwareView> list() {
        CurrentUser user = currentUsers.current();
        return software.readable(user.unitId()).stream().map(s -> view(s, user)).toList();
    }

    @Transactional(readOnly = true)
    public Views.SoftwareView view(long id) {
        CurrentUser user = currentUsers.current();
        return view(readable(id, user), user);
    }

    /** A new entry with its first version; its id. */
    public long create(SoftwareForm form, MultipartFile installer) {
        CurrentUser user = currentUsers.current();
        Software s = new Software(Audience.managedUnit(user), user.username(), clock.instant());
        s.describe(form);
        software.save(s);
        audit.success("REGULATION_SOFTWARE_CREATE", OBJECT, s.getId(), s.getName());
        addVersion(s, form.firstVersion(), installer, user);
        return s.getId();
    }

    /** A new version of an entry of the manager's unit; a label already there is 409. Its id. */
    public long addVersion(long id, SoftwareVersionForm form, MultipartFile installer) {
        CurrentUser user = currentUsers.current();
        Software s = readable(id, user);
        Audience.requireManager(user, s.getUnitId());
        return addVersion(s, form, installer, user);
    }

    @Transactional(readOnly = true)
    public Views.Download download(long id, long versionId) {
        readable(id, currentUsers.current());
        SoftwareVersion v = versions.findById(versionId).filter(x -> x.getSoftwareId() == id)
                .orElseThrow(() -> new NotFoundException(OBJECT, versionId));
        return new Views.Download(v.getInstaller().getFileName(), v.getInstaller().getFileSize(),
                uploads.open(v.getInstaller()));
    }

    private long addVersion(Software s, SoftwareVersionForm form, MultipartFile installer, CurrentUser user) {
        String label = form.version().strip();
        if (versions.existsBySoftwareIdAndLabel(s.getId(), label)) {
            throw new BusinessRuleException("regulation.error.versionExists", s.getName(), label);
        }
        StoredFileRef file = uploads.installer(installer, properties.installerLimit());
        SoftwareVersion v = versions.saveAndFlush(new SoftwareVersion(s.getId(), label,
                RegulationService.blankToNull(form.notes()), file, user.username(), clock.instant()));
        audit.success("REGULATION_SOFTWARE_VERSION", OBJECT, s.getId(), s.getName() + " " + label + " "
                + file.getSha256());
        return v.getId();
    }

    private Software readable(long id, CurrentUser user) {
        return software.findById(id).filter(s -> Audience.reads(user, s.getUnitId(), s.getScope()))
                .orElseThrow(() -> new NotFoundException(OBJECT, id));
    }

    private Views.SoftwareView view(Software s, CurrentUser user) {
        List<Views.VersionView> all = versions.findBySoftwareIdOrderByUploadedAtDescIdDesc(s.getId()).stream()
                .map(v -> new Views.VersionView(v.getId(), v.getLabel(), v.getNotes(),
                        v.getInstaller().getFileName(), v.getInstaller().getFileSize(), v.getInstaller().getSha256(),
                        directory.nameOf(v.getUploadedBy()), v.getUploadedAt())).toList();
        return new Views.SoftwareView(s.getId(), s.getName(), s.getPlatform(), s.getScope(), s.getDescription(),
                directory.unit(s.getUnitId()).map(u -> u.name()).orElse(""), all.isEmpty() ? null : all.get(0), all,
                Audience.manages(user, s.getUnitId()));
    }
}
