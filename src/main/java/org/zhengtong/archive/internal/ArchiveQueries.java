package org.zhengtong.archive.internal;

import jakarta.persistence.criteria.Predicate;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUser;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.FileStore;
import org.zhengtong.platform.LikePatterns;
import org.zhengtong.platform.NotFoundException;

/**
 * Reading the archive: search by metadata and full text (paged in SQL), one item with its files and frozen history,
 * the files themselves, and the items of a class for the 归档文件目录. Only the user's own unit and the 密级 their
 * clearance covers; files and history need an archivist or a running 借阅.
 */
@Service
@Transactional(readOnly = true)
public class ArchiveQueries {

    static final int MAX_PAGE_SIZE = 100;

    private final ArchiveItemRepository items;
    private final ArchiveFileRepository itemFiles;
    private final ArchiveHistoryRepository histories;
    private final CorrectionRepository corrections;
    private final ArchiveAccess access;
    private final ArchiveIndex index;
    private final CurrentUsers currentUsers;
    private final FileStore files;

    ArchiveQueries(ArchiveItemRepository items, ArchiveFileRepository itemFiles, ArchiveHistoryRepository histories,
                   CorrectionRepository corrections, ArchiveAccess access, ArchiveIndex index, CurrentUsers currentUsers, FileStore files) {
        this.items = items;
        this.itemFiles = itemFiles;
        this.histories = histories;
        this.corrections = corrections;
        this.access = access;
        this.index = index;
        this.currentUsers = currentUsers;
        this.files = files;
    }

    /** Search criteria; every field may be empty. {@code text} is full text over 题名 and body. */
    public record Criteria(Integer year, Retention retention, String orgCode, String documentNumber, String title,
                           String responsibleParty, Classification classification, LocalDate from, LocalDate to,
                           String text) {

        public static Criteria none() {
            return new Criteria(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** An item as its page shows it: the files and history only for those who may open it. */
    public record ItemView(ArchiveItem item, boolean canOpen, boolean archivist, List<ArchiveFile> files,
                           List<ArchiveHistoryStep> history, List<Correction> corrections) {
    }

    public record FileDownload(String fileName, long size, InputStream content) {
    }

    public Page<ArchiveItem> search(Criteria criteria, int page, int size) {
        CurrentUser user = currentUsers.current();
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        PageRequest request = PageRequest.of(Math.max(0, page), pageSize,
                Sort.by(Sort.Order.desc("archiveYear"), Sort.Order.asc("retention"), Sort.Order.asc("orgCode"),
                        Sort.Order.asc("itemNumber")));
        if (user.unitId() == null) {
            return Page.empty(request);
        }
        List<Long> fullTextIds = blank(criteria.text()) ? null
                : index.matching(criteria.text().strip(), user.unitId()).map(this::current).orElse(null);
        List<Classification> readable = Arrays.stream(Classification.values())
                .filter(c -> c.readableWith(user.clearance())).toList();
        Specification<ArchiveItem> specification = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("unitId"), user.unitId()));
            where.add(root.get("classification").in(readable));
            if (criteria.year() != null) {
                where.add(cb.equal(root.get("archiveYear"), criteria.year()));
            }
            if (criteria.retention() != null) {
                where.add(cb.equal(root.get("retention"), criteria.retention()));
            }
            if (!blank(criteria.orgCode())) {
                where.add(cb.equal(root.get("orgCode"), criteria.orgCode().strip()));
            }
            if (criteria.classification() != null) {
                where.add(cb.equal(root.get("classification"), criteria.classification()));
            }
            if (!blank(criteria.documentNumber())) {
                where.add(cb.like(root.get("documentNumber"), LikePatterns.containing(criteria.documentNumber()),
                        '\\'));
            }
            if (!blank(criteria.title())) {
                where.add(cb.like(root.get("title"), LikePatterns.containing(criteria.title()), '\\'));
            }
            if (!blank(criteria.responsibleParty())) {
                where.add(cb.like(root.get("responsibleParty"), LikePatterns.containing(criteria.responsibleParty()),
                        '\\'));
            }
            if (criteria.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("documentDate"), criteria.from()));
            }
            if (criteria.to() != null) {
                where.add(cb.lessThanOrEqualTo(root.get("documentDate"), criteria.to()));
            }
            if (!blank(criteria.text())) {
                if (fullTextIds != null) {
                    where.add(fullTextIds.isEmpty() ? cb.disjunction() : root.get("id").in(fullTextIds));
                } else {
                    String pattern = LikePatterns.containing(criteria.text());
                    where.add(cb.or(cb.like(root.get("title"), pattern, '\\'),
                            cb.like(root.get("bodyText"), pattern, '\\'),
                            cb.like(root.get("documentNumber"), pattern, '\\')));
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return items.findAll(specification, request);
    }

    public ItemView item(long id) {
        CurrentUser user = currentUsers.current();
        ArchiveItem item = find(id);
        access.requireSee(item, user);
        boolean canOpen = access.canOpen(item, user);
        return new ItemView(item, canOpen, access.isArchivist(user),
                canOpen ? itemFiles.findByItemIdOrderByIdAsc(id) : List.of(),
                canOpen ? histories.findByItemIdOrderBySeqAsc(id) : List.of(),
                corrections.findByItemIdOrderByCorrectedAtAsc(id));
    }

    /** One file of an item; the 归档章 PDF when {@code fileId} is null. */
    public FileDownload file(long itemId, Long fileId) {
        ArchiveItem item = find(itemId);
        access.requireOpen(item, currentUsers.current());
        ArchiveFile file = itemFiles.findByItemIdOrderByIdAsc(itemId).stream()
                .filter(f -> fileId == null ? f.getRole() == ArchiveFile.Role.STAMPED_PDF : f.getId().equals(fileId))
                .findFirst().orElseThrow(() -> new NotFoundException("archiveFile", fileId == null ? "" : fileId));
        return new FileDownload(file.getFileName(), file.getSizeBytes(),
                files.open(file.getStorageKey()));
    }

    /** The items of one class of the user's unit, by 件号, for the 归档文件目录 (archivists). */
    public List<ArchiveItem> catalogue(int year, Retention retention, String orgCode) {
        CurrentUser user = currentUsers.current();
        access.requireArchivist(user);
        return items.findByUnitIdAndArchiveYearAndRetentionAndOrgCodeOrderByItemNumberAsc(user.unitId(), year,
                retention, orgCode).stream().filter(i -> i.getClassification().readableWith(user.clearance())).toList();
    }

    public List<Integer> years() {
        Long unitId = currentUsers.current().unitId();
        return unitId == null ? List.of() : items.yearsOf(unitId);
    }

    public List<ArchivingService.OrgOption> archivedOrgs() {
        Long unitId = currentUsers.current().unitId();
        return unitId == null ? List.of() : items.orgsOf(unitId).stream()
                .map(row -> new ArchivingService.OrgOption((String) row[0], (String) row[1])).toList();
    }

    /**
     * The hits that are still the items they were indexed as (same id, unit and title): the index is a cache and
     * may hold entries of another database's items.
     */
    private List<Long> current(List<org.zhengtong.search.FullTextSearch.Hit> hits) {
        java.util.Map<Long, ArchiveItem> byId = items.findByIdIn(hits.stream()
                        .map(org.zhengtong.search.FullTextSearch.Hit::id).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(ArchiveItem::getId, i -> i));
        return hits.stream().filter(h -> {
            ArchiveItem item = byId.get(h.id());
            return item != null && item.getUnitId() == h.unitId() && item.getTitle().equals(h.title());
        }).map(org.zhengtong.search.FullTextSearch.Hit::id).toList();
    }

    ArchiveItem find(long id) {
        return items.findById(id).orElseThrow(() -> new NotFoundException("archiveItem", id));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
