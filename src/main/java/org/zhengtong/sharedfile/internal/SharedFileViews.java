package org.zhengtong.sharedfile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.FileTypes.Media;
import org.zhengtong.platform.OrgDirectory;

/** Folders and files as the pages and the API show them: names of people and units, never usernames or ids alone. */
@Component
public class SharedFileViews {

    private final SharedFileService service;
    private final OrgDirectory directory;

    SharedFileViews(SharedFileService service, OrgDirectory directory) {
        this.service = service;
        this.directory = directory;
    }

    /** A folder in a tree: its depth under the top folder shown, and what the user may do in it. */
    public record FolderRow(long id, Long parentId, String name, Category category, String unitName, int depth,
                            Access access) {
    }

    public record FileRow(long id, String title, String classification, String documentNumber, String fileName,
                          long size, int version, Media media, String uploadedBy, Instant uploadedAt) {
    }

    public record VersionRow(int number, String fileName, long size, String sha256, Media media, String uploadedBy,
                             Instant uploadedAt) {
    }

    public record FileView(long id, long folderId, String folderPath, String title, String classification,
                           String documentNumber, Media media, boolean previewed, boolean mayUpload,
                           boolean mayManage, List<VersionRow> versions) {
    }

    public record GrantRow(Access access, Grant.Kind kind, String grantee, String granteeName) {
    }

    /** The folders, each after its parent (those whose parent is not among them at the top), depth-first. */
    public List<FolderRow> tree(List<Folder> folders, CurrentUser user) {
        Map<Long, Folder> byId = folders.stream().collect(Collectors.toMap(Folder::getId, Function.identity()));
        List<FolderRow> rows = new ArrayList<>();
        folders.stream().filter(f -> f.getParentId() == null || !byId.containsKey(f.getParentId()))
                .forEach(top -> add(top, 0, folders, rows, user));
        return rows;
    }

    private void add(Folder folder, int depth, List<Folder> all, List<FolderRow> rows, CurrentUser user) {
        rows.add(row(folder, depth, user));
        all.stream().filter(f -> folder.getId().equals(f.getParentId()))
                .forEach(child -> add(child, depth + 1, all, rows, user));
    }

    public FolderRow row(Folder folder, int depth, CurrentUser user) {
        return new FolderRow(folder.getId(), folder.getParentId(), folder.getName(), folder.getCategory(),
                directory.unit(folder.getUnitId()).map(OrgDirectory.UnitRef::displayName).orElse(""), depth,
                service.accessTo(folder, user).orElse(Access.READ));
    }

    /** The folder's path from its top folder, as 正规文件 / 2026年. */
    public String path(Folder folder) {
        List<Folder> chain = service.chain(folder);
        List<String> names = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            names.add(chain.get(i).getName());
        }
        return String.join(" / ", names);
    }

    public Page<FileRow> files(Page<SharedFile> files) {
        return files.map(f -> {
            FileVersion current = service.current(f.getId()).orElseThrow();
            return new FileRow(f.getId(), f.getTitle(), f.getClassification().label(), f.getDocumentNumber(),
                    current.getFile().getFileName(), current.getFile().getFileSize(), current.getNumber(),
                    current.getMedia(), name(current.getUploadedBy()), current.getUploadedAt());
        });
    }

    public FileView file(SharedFile file, Folder folder, List<FileVersion> versions, CurrentUser user) {
        Access access = service.accessTo(folder, user).orElse(Access.READ);
        return new FileView(file.getId(), folder.getId(), path(folder), file.getTitle(),
                file.getClassification().label(), file.getDocumentNumber(), versions.get(0).getMedia(),
                service.previewed(versions.get(0)), access.includes(Access.UPLOAD), access.includes(Access.MANAGE), versions.stream()
                .map(v -> new VersionRow(v.getNumber(), v.getFile().getFileName(), v.getFile().getFileSize(), v.getFile().getSha256(),
                        v.getMedia(), name(v.getUploadedBy()), v.getUploadedAt())).toList());
    }

    /** A grant as the permissions form names its target: {@code UNIT:12}, {@code PERSON:czj.clerk} … */
    public static Grant grant(Access access, String target) {
        int colon = target == null ? -1 : target.indexOf(':');
        Grant.Kind kind = colon < 0 ? null : Arrays.stream(Grant.Kind.values())
                .filter(k -> k.name().equals(target.substring(0, colon))).findFirst().orElse(null);
        return new Grant(access, kind, kind == null ? null : target.substring(colon + 1));
    }

    public List<GrantRow> grants(Folder folder) {
        return folder.getGrants().stream()
                .sorted((a, b) -> a.access() != b.access() ? a.access().compareTo(b.access())
                        : a.kind() != b.kind() ? a.kind().compareTo(b.kind()) : a.grantee().compareTo(b.grantee()))
                .map(g -> new GrantRow(g.access(), g.kind(), g.grantee(), granteeName(g))).toList();
    }

    private String granteeName(Grant grant) {
        return switch (grant.kind()) {
            case UNIT -> directory.unit(Long.parseLong(grant.grantee())).map(OrgDirectory.UnitRef::displayName)
                    .orElse(grant.grantee());
            case DEPARTMENT -> directory.department(Long.parseLong(grant.grantee()))
                    .map(OrgDirectory.DepartmentRef::name).orElse(grant.grantee());
            case POSITION -> grant.grantee();
            case PERSON -> name(grant.grantee());
        };
    }

    private String name(String username) {
        return FormalFiling.SYSTEM.equals(username) ? "" : directory.nameOf(username);
    }
}
