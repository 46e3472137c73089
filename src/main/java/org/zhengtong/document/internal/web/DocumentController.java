package org.zhengtong.document.internal.web;

import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.zhengtong.document.internal.AttachmentDownload;
import org.zhengtong.document.internal.BodyVersion;
import org.zhengtong.document.internal.DocumentDossier;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OfficialDocument;
import org.zhengtong.platform.Downloads;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.workflow.Workflow;

/** The document page and what it links to: the process diagram, the diff of two body versions, attachments. */
@Controller
@RequestMapping("/documents/{id:\\d+}")
class DocumentController {

    private final DocumentService documents;
    private final DocumentPage page;
    private final Workflow workflow;
    private final OrgDirectory directory;

    DocumentController(DocumentService documents, DocumentPage page, Workflow workflow, OrgDirectory directory) {
        this.documents = documents;
        this.page = page;
        this.workflow = workflow;
        this.directory = directory;
    }

    @GetMapping
    String show(@PathVariable Long id, Model model) {
        page.fill(model, id);
        return DocumentPage.VIEW;
    }

    @GetMapping(value = "/diagram.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> diagram(@PathVariable Long id) {
        OfficialDocument document = documents.read(id);
        if (document.getProcessInstanceId() == null) {
            throw new NotFoundException("process", id);
        }
        return Downloads.inline("diagram-" + id + ".png", workflow.diagram(document.getProcessInstanceId()));
    }

    /** 痕迹保留: what changed from one body version to another. */
    @GetMapping("/diff")
    String diff(@PathVariable Long id, @RequestParam int from, @RequestParam int to, Model model) {
        DocumentDossier dossier = documents.dossier(id);
        BodyVersion older = version(dossier.bodyVersions(), from);
        BodyVersion newer = version(dossier.bodyVersions(), to);
        DocumentPage.Names names = new DocumentPage.Names(directory);
        dossier.bodyVersions().forEach(v -> names.of(v.getAuthor()));
        model.addAttribute("document", dossier.document());
        model.addAttribute("bodyVersions", dossier.bodyVersions());
        model.addAttribute("from", older);
        model.addAttribute("to", newer);
        model.addAttribute("names", names.known());
        model.addAttribute("lines", BodyDiff.between(older.getHtml(), newer.getHtml()));
        return "document/diff";
    }

    @GetMapping("/attachments/{attachmentId:\\d+}/versions/{versionNo:\\d+}")
    ResponseEntity<Resource> download(@PathVariable Long id, @PathVariable Long attachmentId,
                                      @PathVariable int versionNo) {
        AttachmentDownload file = documents.downloadAttachment(id, attachmentId, versionNo);
        // always a download: what an uploader sent is never shown in our origin
        return Downloads.attachment(file.fileName(), file.sizeBytes(), file.content());
    }

    static BodyVersion version(List<BodyVersion> versions, int versionNo) {
        return versions.stream().filter(v -> v.getVersionNo() == versionNo).findFirst()
                .orElseThrow(() -> new NotFoundException("bodyVersion", versionNo));
    }
}
