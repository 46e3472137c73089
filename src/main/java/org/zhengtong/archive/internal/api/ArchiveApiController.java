package org.zhengtong.archive.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.archive.Retention;
import org.zhengtong.archive.internal.ArchiveFile;
import org.zhengtong.archive.internal.ArchiveHistoryStep;
import org.zhengtong.archive.internal.ArchiveItem;
import org.zhengtong.archive.internal.ArchiveQueries;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.Downloads;

@RestController
@RequestMapping(path = "/api/v1/archive", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "档案", description = "检索和查看本单位的归档文件（件）。只能看到本单位、且涉密等级覆盖其密级的档案（否则 403）；"
        + "电子文件和办理过程只对本单位档案员（办公室主任、机要秘书）和借阅期内的借阅人开放。对涉密档案的每次查看都记入审计日志。")
class ArchiveApiController {

    private final ArchiveQueries queries;

    ArchiveApiController(ArchiveQueries queries) {
        this.queries = queries;
    }

    record ItemSummary(long id, String archivalCode, String fondsCode, int year, Retention retention, String orgCode,
                       String orgName, String itemNumber, String title, String responsibleParty, String documentNumber,
                       LocalDate date, Classification classification, Integer pages) {

        static ItemSummary of(ArchiveItem item) {
            return new ItemSummary(item.getId(), item.getArchivalCode(), item.getFondsCode(), item.getArchiveYear(),
                    item.getRetention(), item.getOrgCode(), item.getOrgName(), item.itemNumberText(), item.getTitle(),
                    item.getResponsibleParty(), item.getDocumentNumber(), item.getDocumentDate(),
                    item.getClassification(), item.getPageCount());
        }
    }

    record ItemPage(long total, int page, int size, List<ItemSummary> items) {
    }

    record FileInfo(long id, String role, String fileName, String format, String sha256, long size) {
    }

    record Step(String step, String handler, String handlerName, Instant started, Instant ended, String remarks) {
    }

    record ItemDetail(ItemSummary item, String type, String direction, String secrecyPeriod, String archivedBy,
                      Instant archivedAt, boolean canOpen, List<FileInfo> files, List<Step> history) {
    }

    @GetMapping("/items")
    @Operation(summary = "检索档案", description = "按年度、保管期限、机构(问题)代码、文号、题名（包含）、责任者、密级、日期范围及全文（text）检索本单位的档案，分页。")
    @ApiResponse(responseCode = "200", description = "一页结果")
    ItemPage search(@RequestParam(required = false) Integer year, @RequestParam(required = false) Retention retention,
                    @RequestParam(required = false) String orgCode,
                    @RequestParam(required = false) String documentNumber,
                    @RequestParam(required = false) String title,
                    @RequestParam(required = false) String responsibleParty,
                    @RequestParam(required = false) Classification classification,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) String text, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        Page<ArchiveItem> results = queries.search(new ArchiveQueries.Criteria(year, retention, orgCode,
                documentNumber, title, responsibleParty, classification, from, to, text), page, size);
        return new ItemPage(results.getTotalElements(), results.getNumber(), results.getSize(),
                results.getContent().stream().map(ItemSummary::of).toList());
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "查看档案", description = "元数据（GB/T 18894）；可打开时附电子文件（格式、SHA-256 校验码）和归档时固化的办理过程。")
    @ApiResponse(responseCode = "200", description = "档案")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ItemDetail item(@PathVariable long id) {
        ArchiveQueries.ItemView view = queries.item(id);
        ArchiveItem item = view.item();
        return new ItemDetail(ItemSummary.of(item), item.getTypeCode(), item.getDirection().name(),
                item.getSecrecyPeriod(), item.getArchivedBy(), item.getArchivedAt(), view.canOpen(),
                view.files().stream().map(ArchiveApiController::file).toList(),
                view.history().stream().map(ArchiveApiController::step).toList());
    }

    @GetMapping(path = "/items/{id}/stamped.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "下载加盖归档章的 PDF", description = "仅本单位档案员和借阅期内的借阅人。")
    @ApiResponse(responseCode = "200", description = "PDF")
    @ApiResponse(responseCode = "403", ref = "Forbidden")
    @ApiResponse(responseCode = "404", ref = "NotFound")
    ResponseEntity<Resource> stamped(@PathVariable long id) {
        ArchiveQueries.FileDownload file = queries.file(id, null);
        return Downloads.attachment(file.fileName(), file.size(), file.content());
    }

    private static FileInfo file(ArchiveFile file) {
        return new FileInfo(file.getId(), file.getRole().name(), file.getFileName(), file.getFileFormat(),
                file.getSha256(), file.getSizeBytes());
    }

    private static Step step(ArchiveHistoryStep step) {
        return new Step(step.getStepName(), step.getHandler(), step.getHandlerName(), step.getStartedAt(),
                step.getEndedAt(), step.getRemarks());
    }
}
