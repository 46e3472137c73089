package org.zhengtong.document.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhengtong.document.internal.layout.OfficialDocuments;
import org.zhengtong.platform.Downloads;

/**
 * The red-header 公文 (GB/T 9704-2012) of a 发文 as PDF, OFD (GB/T 33190) and DOCX; of a 收文, the sender's sealed PDF
 * and OFD delivered with it.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "公文")
class OfficialDocumentApiController {

    private final OfficialDocuments officials;

    OfficialDocumentApiController(OfficialDocuments officials) {
        this.officials = officials;
    }

    @GetMapping(value = "/{id}/official.pdf", produces = "application/pdf")
    @Operation(summary = "正式公文（PDF）", description = "按 GB/T 9704-2012 排版的红头公文；用印后为加盖电子印章的文件。"
            + "收文为分发时随之送达的来文单位加盖电子印章的文件（纸质来文没有，404）。")
    @ApiResponse(responseCode = "200", description = "PDF 文件",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", ref = DocumentApiDocumentation.NOT_FOUND)
    ResponseEntity<byte[]> pdf(@Parameter(description = "公文编号") @PathVariable Long id,
            @Parameter(description = "份号：第几份（1 至份数）；涉密公文不填即第 1 份。用印后 PDF、OFD 只有第 1 份")
            @RequestParam(required = false) Integer copy) {
        return send(officials.file(id, OfficialDocuments.Format.PDF, copy), true);
    }

    @GetMapping(value = "/{id}/official.ofd", produces = "application/ofd")
    @Operation(summary = "正式公文（OFD）", description = "GB/T 33190 版式文件；用印后为加盖电子印章（GB/T 38540）的文件。"
            + "收文为分发时随之送达的来文单位加盖电子印章的文件（纸质来文没有，404）。")
    @ApiResponse(responseCode = "200", description = "OFD 文件",
            content = @Content(mediaType = "application/ofd", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", ref = DocumentApiDocumentation.NOT_FOUND)
    ResponseEntity<byte[]> ofd(@Parameter(description = "公文编号") @PathVariable Long id,
            @Parameter(description = "份号：第几份（1 至份数）；涉密公文不填即第 1 份。用印后 PDF、OFD 只有第 1 份")
            @RequestParam(required = false) Integer copy) {
        return send(officials.file(id, OfficialDocuments.Format.OFD, copy), false);
    }

    @GetMapping(value = "/{id}/official.docx",
            produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    @Operation(summary = "正式公文（DOCX）", description = "可在 Word/WPS 中编辑的红头公文（不含印章）；仅发文有。")
    @ApiResponse(responseCode = "200", description = "DOCX 文件", content = @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", ref = DocumentApiDocumentation.NOT_FOUND)
    ResponseEntity<byte[]> docx(@Parameter(description = "公文编号") @PathVariable Long id,
            @Parameter(description = "份号：第几份（1 至份数）；涉密公文不填即第 1 份。用印后 PDF、OFD 只有第 1 份")
            @RequestParam(required = false) Integer copy) {
        return send(officials.file(id, OfficialDocuments.Format.DOCX, copy), false);
    }

    private static ResponseEntity<byte[]> send(OfficialDocuments.File file, boolean inline) {
        return inline ? Downloads.inline(file.fileName(), file.content())
                : Downloads.attachment(file.fileName(), file.content());
    }
}
