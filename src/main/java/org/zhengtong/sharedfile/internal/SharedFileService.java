package org.zhengtong.sharedfile.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.FileTypes.Media;
import org.zhengtong.platform.FileTypes;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OfficePreviews;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.Sequences;
import org.zhengtong.platform.StoredFileRef;
import org.zhengtong.search.IndexEntryChanged;

/**
 * The rules of 共享文件. A folder's permissions hold for its sub-folders; the unit's {@code SHAREDFILE_MANAGE} manages
 * every folder of its unit. A file is read by those who may read its folder and whose clearance reaches its 密级; a
 * folder or file one may not read is not found, as if it did not exist. Uploads are checked before anything is
 * kept: a known type whose bytes are what the name says, within the size limit and the unit's quota.
 */
@Service
public class SharedFileService {

    static final String FOLDER = "sharedfile.folder";
    static final String FILE = "sharedfile.file";

    /** A folder's page lists this many files, the newest first. */
    static final int FILES_PER_PAGE = 50;

    private final FolderRepository folders;
    private final SharedFileRepository files;
    private final FileVersionRepository versions;
    private final UnitQuotaRepository quotas;
    private final FileStore store;
    private final OrgDirectory directory;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SharedFileProperties properties;
    private final OfficePreviews officePreviews;
    private final Sequences sequences;
    private final Clock clock;

    SharedFileService(FolderRepository folders, SharedFileRepository files, FileVersionRepository versions,
                      UnitQuotaRepository quotas, FileStore store, OrgDirectory directory, AuditLog audit,
                      ApplicationEventPublisher events, SharedFileProperties properties,
                      OfficePreviews officePreviews, Sequences sequences, Clock clock) {
        this.folders = folders;
        this.files = files;
        this.versions = versions;
        this.quotas = quotas;
        this.store = store;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.officePreviews = officePreviews;
        this.sequences = sequences;
        this.clock = clock;
    }

    // ---- access

    /** The most the user may do in the folder, or empty when she may not even read it. */
    Optional<Access> accessTo(Folder folder, CurrentUser user) {
        if (isManager(user, folder.getUnitId())) {
            return Optional.of(Access.MANAGE);
        }
        String position = directory.person(user.username()).map(OrgDirectory.PersonRef::position).orElse(null);
        return chain(folder).stream().flatMap(f -> f.getGrants().stream())
                .filter(g -> holds(g, user, position, folder.getUnitId())).map(Grant::access)
                .max(Comparator.naturalOrder());
    }

    boolean isManager(CurrentUser user, long unitId) {
        return user.unitId() != null && user.unitId() == unitId && user.can(SharedFilePermissions.MANAGE);
    }

    private static boolean holds(Grant grant, CurrentUser user, String position, long unitId) {
        return switch (grant.kind()) {
            case UNIT -> grant.grantee().equals(String.valueOf(user.unitId()));
            case DEPARTMENT -> grant.grantee().equals(String.valueOf(user.departmentId()));
            case POSITION -> user.unitId() != null && user.unitId() == unitId && grant.grantee().equals(position);
            case PERSON -> grant.grantee().equals(user.username());
        };
    }

    /** The folder and those above it, the folder first. */
    List<Folder> chain(Folder folder) {
        List<Folder> chain = new ArrayList<>();
        for (Folder f = folder; f != null; f = f.getParentId() == null ? null
                : folders.findById(f.getParentId()).orElse(null)) {
            chain.add(f);
        }
        return chain;
    }

    /** The folder if the user may do this much in it: 404 when she may not read it, 403 when she may only less. */
    @Transactional(readOnly = true)
    public Folder folder(long id, Access needed, CurrentUser user) {
        Folder folder = folders.findById(id).orElseThrow(() -> new NotFoundException(FOLDER, id));
        Access access = accessTo(folder, user).orElseThrow(() -> new NotFoundException(FOLDER, id));
        if (!access.includes(needed)) {
            throw new AccessDeniedException(needed + " on the folder");
        }
        return folder;
    }

    /** Every folder the user may read, of every unit, her own unit's first. */
    @Transactional(readOnly = true)
    public List<Folder> readableFolders(CurrentUser user) {
        return folders.findAll().stream().filter(f -> accessTo(f, user).isPresent())
                .sorted(Comparator.comparing((Folder f) -> user.unitId() == null || f.getUnitId() != user.unitId())
                        .thenComparing(Folder::getUnitId).thenComparing(Folder::getName).thenComparing(Folder::getId))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Folder> subfolders(long id, CurrentUser user) {
        folder(id, Access.READ, user);
        return folders.findByParentIdOrderByNameAscIdAsc(id).stream().filter(f -> accessTo(f, user).isPresent())
                .toList();
    }

    /** The files of a folder the user may read: those her clearance reaches. */
    @Transactional(readOnly = true)
    public Page<SharedFile> filesIn(long folderId, int page, CurrentUser user) {
        folder(folderId, Access.READ, user);
        List<Classification> readable = Arrays.stream(Classification.values())
                .filter(c -> c.readableWith(user.clearance())).toList();
        return files.findByFolderIdAndClassificationIn(folderId, readable, PageRequest.of(Math.max(0, page),
                FILES_PER_PAGE, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }

    /** The file, when the user may read it; otherwise 404 as if there were none. */
    @Transactional(readOnly = true)
    public SharedFile readable(long id, CurrentUser user) {
        return files.findById(id).filter(f -> canRead(f, user)).orElseThrow(() -> new NotFoundException(FILE, id));
    }

    boolean canRead(SharedFile file, CurrentUser user) {
        return file.getClassification().readableWith(user.clearance())
                && folders.findById(file.getFolderId()).flatMap(f -> accessTo(f, user)).isPresent();
    }

    /** What the user may do with the file's folder (for the file's page). */
    @Transactional(readOnly = true)
    public Access accessToFileOf(SharedFile file, CurrentUser user) {
        return folders.findById(file.getFolderId()).flatMap(f -> accessTo(f, user)).orElse(Access.READ);
    }

    // ---- folders and permissions

    @Transactional
    public long createFolder(Long parentId, String name, Category category, CurrentUser user) {
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > Folder.MAX_NAME) {
            throw SharedFileRefused.invalid("sharedfile.validation.folderName", Folder.MAX_NAME);
        }
        Folder folder;
        if (parentId == null) {
            if (user.unitId() == null || !isManager(user, user.unitId())) {
                throw new AccessDeniedException("SHAREDFILE_MANAGE of a unit");
            }
            if (category == null) {
                throw SharedFileRefused.invalid("sharedfile.validation.category");
            }
            folder = new Folder(user.unitId(), null, cleaned, category, clock.instant());
        } else {
            Folder parent = folder(parentId, Access.MANAGE, user);
            if (folders.findFirstByParentIdAndName(parentId, cleaned).isPresent()) {
                throw new BusinessRuleException("sharedfile.error.folderExists", cleaned);
            }
            folder = new Folder(parent.getUnitId(), parentId, cleaned, parent.getCategory(), clock.instant());
        }
        folders.save(folder);
        audit.success("SHAREDFILE_FOLDER_CREATE", FOLDER, folder.getId(), cleaned);
        return folder.getId();
    }

    /** Deletes an empty folder (no files, no sub-folders). */
    @Transactional
    public void deleteFolder(long id, CurrentUser user) {
        Folder folder = folder(id, Access.MANAGE, user);
        if (folders.existsByParentId(id) || files.existsByFolderId(id)) {
            throw new BusinessRuleException("sharedfile.error.folderNotEmpty", folder.getName());
        }
        folders.delete(folder);
        audit.success("SHAREDFILE_FOLDER_DELETE", FOLDER, id, folder.getName());
    }

    @Transactional
    public void grant(long folderId, Grant grant, CurrentUser user) {
        Folder folder = folder(folderId, Access.MANAGE, user);
        requireExists(grant);
        if (folder.grant(grant)) {
            audit.success("SHAREDFILE_GRANT", FOLDER, folderId, describe(grant));
            reindex(folder);
        }
    }

    @Transactional
    public void revoke(long folderId, Grant grant, CurrentUser user) {
        Folder folder = folder(folderId, Access.MANAGE, user);
        if (folder.revoke(grant)) {
            audit.success("SHAREDFILE_REVOKE", FOLDER, folderId, describe(grant));
            reindex(folder);
        }
    }

    private void requireExists(Grant grant) {
        if (grant == null || grant.access() == null || grant.kind() == null || grant.grantee() == null) {
            throw SharedFileRefused.invalid("sharedfile.validation.grantee");
        }
        String grantee = grant.grantee();
        boolean exists = switch (grant.kind()) {
            case UNIT -> grantee.matches("\\d{1,18}") && directory.unit(Long.parseLong(grantee)).isPresent();
            case DEPARTMENT -> grantee.matches("\\d{1,18}")
                    && directory.department(Long.parseLong(grantee)).isPresent();
            case POSITION -> directory.positions().contains(grantee);
            case PERSON -> directory.person(grantee).isPresent();
        };
        if (!exists) {
            throw SharedFileRefused.invalid("sharedfile.validation.grantee");
        }
    }

    private static String describe(Grant grant) {
        return grant.access() + " " + grant.kind() + " " + grant.grantee();
    }

    /** The files of the folder and of the folders below it, for the index: their readers changed. */
    private void reindex(Folder folder) {
        List<Long> below = new ArrayList<>(List.of(folder.getId()));
        List<Folder> all = folders.findByUnitIdOrderByNameAscIdAsc(folder.getUnitId());
        for (int i = 0; i < below.size(); i++) {
            long parent = below.get(i);
            all.stream().filter(f -> Long.valueOf(parent).equals(f.getParentId())).forEach(f -> below.add(f.getId()));
        }
        files.findByFolderIdIn(below).forEach(this::changed);
    }

    // ---- files

    /** 上传: a new file in the folder, its first version. Returns its id. */
    @Transactional
    public long upload(long folderId, String title, Classification classification, MultipartFile upload,
                       CurrentUser user) {
        Folder folder = folder(folderId, Access.UPLOAD, user);
        Classification level = classification == null ? Classification.UNCLASSIFIED : classification;
        if (!level.readableWith(user.clearance())) {
            throw SharedFileRefused.invalid("sharedfile.validation.classification");
        }
        Content content = content(upload);
        String cleanedTitle = title == null || title.isBlank() ? stem(content.name()) : title.strip();
        if (cleanedTitle.length() > SharedFile.MAX_TITLE) {
            throw SharedFileRefused.invalid("sharedfile.validation.title", SharedFile.MAX_TITLE);
        }
        SharedFile file = files.save(new SharedFile(folder, cleanedTitle, level, user.username(), clock.instant()));
        addVersion(file, content, user.username());
        audit.success("SHAREDFILE_UPLOAD", FILE, file.getId(), cleanedTitle + " (" + content.name() + ")");
        return file.getId();
    }

    /** 上传新版本: the file's next version; the older ones stay. */
    @Transactional
    public void newVersion(long fileId, MultipartFile upload, CurrentUser user) {
        SharedFile file = readable(fileId, user);
        folder(file.getFolderId(), Access.UPLOAD, user);
        Content content = content(upload);
        int number = addVersion(file, content, user.username());
        audit.success("SHAREDFILE_VERSION", FILE, fileId, file.getTitle() + " v" + number + " (" + content.name() + ")");
    }

    /**
     * A PDF the application itself made, kept without a user's checks or quota: a 正规文件 filed from a finished 发文
     * ({@link FormalFiling}, with the document's id and 发文字号) or a demo file.
     */
    void keepPdf(Folder folder, String title, Classification classification, String by, Long documentId,
                 String number, String fileName, byte[] pdf, String text) {
        SharedFile file = new SharedFile(folder, title, classification, by, clock.instant());
        if (documentId != null) {
            file.filedFrom(documentId, number);
        }
        files.save(file);
        StoredFileRef stored = new StoredFileRef(fileName, store.store(new ByteArrayInputStream(pdf)));
        versions.save(new FileVersion(file.getId(), 1, stored, Media.PDF, text, by, clock.instant()));
        audit.success("SHAREDFILE_FILED", FILE, file.getId(), title);
        changed(file);
    }

    @Transactional
    public void delete(long fileId, CurrentUser user) {
        SharedFile file = readable(fileId, user);
        folder(file.getFolderId(), Access.MANAGE, user);
        versions.deleteAll(versions.findByFileIdOrderByNumberDesc(fileId));
        files.delete(file);
        audit.success("SHAREDFILE_DELETE", FILE, fileId, file.getTitle());
        changed(file);
    }

    @Transactional(readOnly = true)
    public List<FileVersion> versions(long fileId, CurrentUser user) {
        readable(fileId, user);
        return versions.findByFileIdOrderByNumberDesc(fileId);
    }

    /** A version's bytes (the current one without a number), for those who may read the file. */
    @Transactional(readOnly = true)
    public Download download(long fileId, Integer number, CurrentUser user) {
        FileVersion version = version(fileId, number, user);
        return new Download(version.getFile().getFileName(), version.getFile().getFileSize(), version.getMedia(),
                store.open(version.getFile().getFileKey()));
    }

    /**
     * The current version as the browser shows it: a PDF, image, audio or video itself, an Office file as the PDF the
     * converter makes of it when one is configured ({@link OfficePreviews}), anything else as a download. Not in a
     * transaction: a conversion may take a while and holds no connection.
     */
    public Download preview(long fileId, CurrentUser user) {
        FileVersion version = version(fileId, null, user);
        if (version.getMedia().previewed() || !officePreviews.previews(version.getFile().getFileName())) {
            return new Download(version.getFile().getFileName(), version.getFile().getFileSize(), version.getMedia(),
                    store.open(version.getFile().getFileKey()));
        }
        byte[] pdf = officePreviews.pdf(version.getFile().getFileName(), version.getFile().getSha256(),
                () -> store.open(version.getFile().getFileKey()));
        return new Download(version.getFile().getFileName() + ".pdf", pdf.length, Media.PDF, new ByteArrayInputStream(pdf));
    }

    /** Whether the browser shows the file: its media is shown as it is, or it is an Office file a converter shows. */
    public boolean previewed(FileVersion version) {
        return version.getMedia().previewed() || officePreviews.previews(version.getFile().getFileName());
    }

    private FileVersion version(long fileId, Integer number, CurrentUser user) {
        readable(fileId, user);
        return (number == null ? versions.findFirstByFileIdOrderByNumberDesc(fileId)
                : versions.findByFileIdAndNumber(fileId, number))
                .orElseThrow(() -> new NotFoundException(FILE, fileId + "/" + number));
    }

    public record Download(String name, long size, Media media, InputStream content) {
    }

    Optional<FileVersion> current(long fileId) {
        return versions.findFirstByFileIdOrderByNumberDesc(fileId);
    }

    private int addVersion(SharedFile file, Content content, String username) {
        // one upload of a unit at a time from here to the commit: two at once could each see room for itself only
        sequences.lock("sharedfile.quota", String.valueOf(file.getUnitId()));
        long quota = quotaOf(file.getUnitId());
        if (versions.usedBy(file.getUnitId()) + content.bytes().length > quota) {
            throw SharedFileRefused.tooLarge("sharedfile.error.quota", megabytes(quota));
        }
        int number = current(file.getId()).map(v -> v.getNumber() + 1).orElse(1);
        StoredFileRef stored = new StoredFileRef(content.name(),
                store.store(new ByteArrayInputStream(content.bytes())));
        versions.save(new FileVersion(file.getId(), number, stored, content.media(),
                TextExtraction.text(content.name(), content.bytes()), username, clock.instant()));
        changed(file);
        return number;
    }

    /** An upload's name, bytes and media, refused unless its type is taken, its bytes match, and it is not too big. */
    private Content content(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw SharedFileRefused.invalid("sharedfile.validation.file");
        }
        long max = properties.maxFileSize().toBytes();
        if (upload.getSize() > max) {
            throw SharedFileRefused.tooLarge("sharedfile.error.tooLarge", megabytes(max));
        }
        byte[] bytes;
        try {
            bytes = upload.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, FileTypes.HEAD_BYTES));
        String name = FileTypes.checkedName(upload.getOriginalFilename(), StoredFileRef.MAX_NAME, head);
        Media media = FileTypes.media(name, head).orElseThrow();
        return new Content(name, bytes, media);
    }

    private record Content(String name, byte[] bytes, Media media) {
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    // ---- quota

    long quotaOf(long unitId) {
        return quotas.findById(unitId).map(UnitQuota::getMaxBytes).orElse(properties.quota().toBytes());
    }

    /** The user's unit's quota and what its library holds, in bytes. */
    @Transactional(readOnly = true)
    public Usage usage(CurrentUser user) {
        if (user.unitId() == null) {
            throw new AccessDeniedException("no unit");
        }
        return new Usage(versions.usedBy(user.unitId()), quotaOf(user.unitId()), isManager(user, user.unitId()));
    }

    public record Usage(long used, long quota, boolean mayChange) {

        public long usedMegabytes() {
            return megabytes(used);
        }

        public long quotaMegabytes() {
            return megabytes(quota);
        }

        public int percent() {
            return quota == 0 ? 100 : (int) Math.min(100, used * 100 / quota);
        }
    }

    /** The unit's own quota, in megabytes, set by its manager. */
    @Transactional
    public void setQuota(Long megabytes, CurrentUser user) {
        if (user.unitId() == null || !isManager(user, user.unitId())) {
            throw new AccessDeniedException("SHAREDFILE_MANAGE of a unit");
        }
        if (megabytes == null || megabytes < 1 || megabytes > 10_000_000) {
            throw SharedFileRefused.invalid("sharedfile.validation.quota");
        }
        long bytes = megabytes * 1024 * 1024;
        quotas.findById(user.unitId()).ifPresentOrElse(q -> q.setMaxBytes(bytes),
                () -> quotas.save(new UnitQuota(user.unitId(), bytes)));
        audit.success("SHAREDFILE_QUOTA", "sharedfile.quota", user.unitId(), megabytes + " MB");
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }

    private void changed(SharedFile file) {
        events.publishEvent(new IndexEntryChanged(SharedFileIndex.KIND, file.getId()));
    }
}
