package org.zhengtong.sharedfile.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.zhengtong.platform.Classification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FolderRepository extends JpaRepository<Folder, Long> {

    List<Folder> findByUnitIdOrderByNameAscIdAsc(long unitId);

    Optional<Folder> findFirstByUnitIdAndParentIdIsNullAndCategory(long unitId, Category category);

    List<Folder> findByParentIdOrderByNameAscIdAsc(long parentId);

    Optional<Folder> findFirstByParentIdAndName(long parentId, String name);

    boolean existsByParentId(long parentId);
}

interface SharedFileRepository extends JpaRepository<SharedFile, Long> {

    Page<SharedFile> findByFolderIdAndClassificationIn(long folderId, Collection<Classification> classifications,
                                                       Pageable pageable);

    List<SharedFile> findByFolderIdIn(Collection<Long> folderIds);

    boolean existsByFolderId(long folderId);

    boolean existsByDocumentId(long documentId);
}

interface FileVersionRepository extends JpaRepository<FileVersion, Long> {

    List<FileVersion> findByFileIdOrderByNumberDesc(long fileId);

    Optional<FileVersion> findFirstByFileIdOrderByNumberDesc(long fileId);

    Optional<FileVersion> findByFileIdAndNumber(long fileId, int number);

    @Query("select coalesce(sum(v.file.fileSize), 0) from FileVersion v, SharedFile f"
            + " where v.fileId = f.id and f.unitId = ?1")
    long usedBy(long unitId);
}

interface UnitQuotaRepository extends JpaRepository<UnitQuota, Long> {
}
