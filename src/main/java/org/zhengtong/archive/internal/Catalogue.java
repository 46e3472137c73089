package org.zhengtong.archive.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhengtong.archive.Retention;
import org.zhengtong.platform.AuditLog;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;

/** The 归档文件目录 of one class of the archivist's unit, as Excel or PDF. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private final ArchiveQueries queries;
    private final CatalogueExport export;
    private final FondsService fonds;
    private final OrgDirectory directory;
    private final CurrentUsers currentUsers;
    private final AuditLog audit;
    private final CorrectionRepository corrections;

    Catalogue(ArchiveQueries queries, CatalogueExport export, FondsService fonds, OrgDirectory directory,
              CurrentUsers currentUsers, AuditLog audit, CorrectionRepository corrections) {
        this.queries = queries;
        this.export = export;
        this.fonds = fonds;
        this.directory = directory;
        this.currentUsers = currentUsers;
        this.audit = audit;
        this.corrections = corrections;
    }

    /** 备注: the item's remarks, then its recorded corrections (更正). */
    public String remarks(ArchiveItem item) {
        List<String> parts = new java.util.ArrayList<>();
        if (item.getRemarks() != null && !item.getRemarks().isBlank()) {
            parts.add(item.getRemarks());
        }
        for (Correction correction : corrections.findByItemIdOrderByCorrectedAtAsc(item.getId())) {
            parts.add("更正" + FIELD_NAMES.get(correction.getField()) + "：" + correction.getNewValue());
        }
        return String.join("；", parts);
    }

    private static final java.util.Map<Correction.Field, String> FIELD_NAMES = java.util.Map.of(
            Correction.Field.TITLE, "题名", Correction.Field.DOCUMENT_NUMBER, "文号",
            Correction.Field.RESPONSIBLE_PARTY, "责任者", Correction.Field.DATE, "日期", Correction.Field.REMARKS, "备注");

    public record Export(String fileName, byte[] content) {
    }

    public Export xlsx(int year, Retention retention, String orgCode) {
        List<ArchiveItem> items = queries.catalogue(year, retention, orgCode);
        audit.success("ARCHIVE_CATALOGUE", "archiveClass", classKey(year, retention, orgCode), "xlsx");
        return new Export(fileName(year, retention, orgCode) + ".xlsx", export.xlsx(heading(year, retention, items),
                items, this::remarks));
    }

    public Export pdf(int year, Retention retention, String orgCode) {
        List<ArchiveItem> items = queries.catalogue(year, retention, orgCode);
        audit.success("ARCHIVE_CATALOGUE", "archiveClass", classKey(year, retention, orgCode), "pdf");
        return new Export(fileName(year, retention, orgCode) + ".pdf", export.pdf(heading(year, retention, items),
                items, this::remarks));
    }

    private String heading(int year, Retention retention, List<ArchiveItem> items) {
        long unitId = currentUsers.current().unitId();
        String unit = directory.unit(unitId).map(OrgDirectory.UnitRef::name).orElse("");
        String org = items.isEmpty() ? "" : " " + items.get(0).getOrgName();
        return unit + " 归档文件目录（全宗号 " + fonds.codeOf(unitId) + " " + year + "年度 " + retention.label() + org + "）";
    }

    private String classKey(int year, Retention retention, String orgCode) {
        return fonds.codeOf(currentUsers.current().unitId()) + "-" + year + "-" + retention.code() + "-" + orgCode;
    }

    private String fileName(int year, Retention retention, String orgCode) {
        return "归档文件目录-" + classKey(year, retention, orgCode).replaceAll("[^A-Za-z0-9-]", "");
    }
}
