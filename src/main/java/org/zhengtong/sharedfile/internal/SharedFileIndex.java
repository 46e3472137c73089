package org.zhengtong.sharedfile.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.Roles;
import org.zhengtong.search.EntryText;
import org.zhengtong.search.FullTextSearch;
import org.zhengtong.search.Readers;
import org.zhengtong.search.RecordIndex;

/**
 * Shared files in 综合检索 (kind {@code sharedfile}): title, 发文字号, the folder's path, the file's name and the text
 * of its current version. Readers are those the folder's grants name as the index can (a unit, a person; a
 * department or a position by its unit) and the unit's administrators; {@link #readable} applies the full rule
 * ({@link SharedFileService#canRead}), clearance included.
 */
@Component
class SharedFileIndex extends RecordIndex<SharedFile> {

    static final String KIND = "sharedfile";

    private final SharedFileService service;
    private final FolderRepository folders;
    private final Clock clock;

    SharedFileIndex(SharedFileRepository files, SharedFileService service, FolderRepository folders,
                    CurrentUsers currentUsers, Clock clock) {
        super(KIND, SharedFile.class, files, "/shared-files/files/", currentUsers);
        this.service = service;
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    protected boolean mayOpen(SharedFile file, CurrentUser user) {
        return service.canRead(file, user);
    }

    @Override
    protected FullTextSearch.Entry entry(SharedFile file) {
        List<Folder> chain = service.chain(folders.getReferenceById(file.getFolderId()));
        Set<String> readers = new LinkedHashSet<>();
        readers.add(Readers.role(Roles.UNIT_ADMIN, file.getUnitId()));
        chain.stream().flatMap(f -> f.getGrants().stream()).forEach(grant -> readers.add(switch (grant.kind()) {
            case UNIT -> Readers.unit(Long.parseLong(grant.grantee()));
            case PERSON -> Readers.person(grant.grantee());
            case DEPARTMENT, POSITION -> Readers.unit(file.getUnitId());
        }));
        EntryText text = new EntryText().add(file.getTitle(), file.getDocumentNumber());
        for (int i = chain.size() - 1; i >= 0; i--) {
            text.add(chain.get(i).getName());
        }
        service.current(file.getId()).ifPresent(v -> text.add(v.getFile().getFileName(), v.getContentText()));
        return new FullTextSearch.Entry(KIND, file.getId(), file.getUnitId(), file.getTitle(), text.toString(),
                LocalDate.ofInstant(file.getCreatedAt(), clock.getZone()), file.getClassification(), readers,
                Map.of("category", chain.get(0).getCategory().name()));
    }
}
