package org.zhengtong.document.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.document.internal.BodyConflictException;
import org.zhengtong.document.internal.BodyVersion;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.StepDecision;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * What people do on the document page: the workflow kit's task actions at this page's URLs (the kit's fragment
 * {@code workflow/task-actions} posts here), and the document's own edits. Each action posts, and on success
 * redirects back with a message. A refused
 * action (not your task any more, already handled, a missing choice…) changes nothing — the service's transaction
 * rolls back — and the page comes back with the reason and the opinion as typed, with status 409.
 */
@Controller
@RequestMapping("/documents/{id:\\d+}")
class DocumentActionController {

    private static final String ATTACHMENT_KIND = "document.attachment";

    private final DocumentService documents;
    private final DocumentPage page;
    private final DocumentUploads uploads;
    private final Texts texts;
    private final RequestTransactions requests;

    DocumentActionController(DocumentService documents, DocumentPage page, DocumentUploads uploads, Texts texts,
                             RequestTransactions requests) {
        this.documents = documents;
        this.page = page;
        this.uploads = uploads;
        this.texts = texts;
        this.requests = requests;
    }

    @PostMapping("/send")
    ModelAndView sendOn(@PathVariable Long id, @RequestParam String taskId,
                        @RequestParam(required = false) String opinion,
                        @RequestParam(required = false) List<String> countersigners,
                        @RequestParam(required = false) String signer,
                        @RequestParam(required = false) String leader,
                        @RequestParam(required = false) List<Long> handlingDepartments,
                        @RequestParam(required = false) List<String> readers,
                        RedirectAttributes redirect) {
        StepDecision decision = new StepDecision(opinion, countersigners, signer, leader, handlingDepartments, readers);
        return perform(id, opinion, redirect, () -> {
            documents.sendOn(id, taskId, decision);
            List<String> next = page.currentSteps(id);
            return next.isEmpty() ? texts.of("document.flash.sent")
                    : texts.of("document.flash.sentTo", String.join("、", next));
        });
    }

    /** 退文 at 签收: the reason is the opinion. */
    @PostMapping("/refuse")
    ModelAndView refuse(@PathVariable Long id, @RequestParam String taskId,
                        @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return perform(id, opinion, redirect, () -> {
            documents.refuse(id, taskId, opinion);
            return texts.of("document.flash.refused");
        });
    }

    @PostMapping("/return")
    ModelAndView returnTo(@PathVariable Long id, @RequestParam String taskId,
                          @RequestParam(required = false) String returnTarget,
                          @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return perform(id, opinion, redirect, () -> {
            documents.returnTo(id, taskId, returnTarget, opinion);
            return texts.of("document.flash.returned");
        });
    }

    @PostMapping("/transfer")
    ModelAndView transfer(@PathVariable Long id, @RequestParam String taskId,
                          @RequestParam(required = false) String transferTo,
                          @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return perform(id, opinion, redirect, () -> {
            documents.transfer(id, taskId, transferTo, opinion);
            return texts.of("document.flash.transferred");
        });
    }

    @PostMapping("/add-signer")
    ModelAndView addSigner(@PathVariable Long id, @RequestParam String taskId,
                           @RequestParam(required = false) String addedSigner,
                           @RequestParam(required = false) String opinion, RedirectAttributes redirect) {
        return perform(id, opinion, redirect, () -> {
            documents.addSigner(id, taskId, addedSigner, opinion);
            return texts.of("document.flash.signerAdded");
        });
    }

    @PostMapping("/withdraw")
    ModelAndView withdraw(@PathVariable Long id, RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> {
            documents.withdraw(id);
            return texts.of("document.flash.withdrawn");
        });
    }

    @PostMapping("/urge")
    ModelAndView urge(@PathVariable Long id, @RequestParam(required = false) String message,
                      RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> {
            documents.urge(id, message);
            return texts.of("document.flash.urged");
        });
    }

    @PostMapping("/terminate")
    ModelAndView terminate(@PathVariable Long id, @RequestParam(required = false) String reason,
                           RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> {
            documents.terminate(id, reason);
            return texts.of("document.flash.terminated");
        });
    }

    /** Workflow administrators: an open step to someone else. */
    @PostMapping("/reassign")
    ModelAndView reassign(@PathVariable Long id, @RequestParam String taskId,
                          @RequestParam(required = false) String reassignTo, RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> {
            documents.reassign(id, taskId, reassignTo);
            return texts.of("document.flash.reassigned");
        });
    }

    /**
     * Saves the body the editor started from {@code baseVersion}. When someone saved a later version meanwhile, the
     * page comes back (409) with their changes, their version, and the text as typed still in the editor, whose
     * base is now their version: saving again after review replaces it.
     */
    @PostMapping("/body")
    ModelAndView saveBody(@PathVariable Long id, @RequestParam(defaultValue = "") String bodyHtml,
                          @RequestParam int baseVersion, RedirectAttributes redirect) {
        try {
            return perform(id, null, redirect,
                    () -> texts.of("document.flash.bodySaved", documents.saveBody(id, bodyHtml, baseVersion)));
        } catch (BodyConflictException conflict) {
            ModelAndView merge = refused(id, null, conflict);
            @SuppressWarnings("unchecked")
            List<BodyVersion> versions = (List<BodyVersion>) merge.getModel().get("bodyVersions");
            BodyVersion base = DocumentController.version(versions, conflict.baseVersion());
            BodyVersion theirs = DocumentController.version(versions, conflict.currentVersion());
            merge.addObject("bodyConflict",
                    new BodyConflict(theirs, BodyDiff.between(base.getHtml(), theirs.getHtml()), bodyHtml));
            return merge;
        }
    }

    /** A refused body save: their version, what they changed from the editor's base, and the text as typed. */
    public record BodyConflict(BodyVersion theirs, List<BodyDiff.Line> changes, String typedHtml) {
    }

    @PostMapping("/output")
    ModelAndView saveCopiesAndAnnotation(@PathVariable Long id, @RequestParam(required = false) String copies,
                                         @RequestParam(required = false) String annotation,
                                         RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> {
            documents.saveCopiesAndAnnotation(id, wholeNumber(copies), annotation);
            return texts.of("document.flash.outputSaved");
        });
    }

    /** The typed 份数; anything but a whole number is out of range, so the service refuses it with its message. */
    private static Integer wholeNumber(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PostMapping("/attachments")
    ModelAndView uploadAttachment(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
                                  @RequestKey String key, RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> upload(id, null, file, key));
    }

    @PostMapping("/attachments/{attachmentId:\\d+}/versions")
    ModelAndView uploadVersion(@PathVariable Long id, @PathVariable Long attachmentId,
                               @RequestParam(required = false) MultipartFile file, @RequestKey String key,
                               RedirectAttributes redirect) {
        return perform(id, null, redirect, () -> upload(id, attachmentId, file, key));
    }

    /** A new attachment or version, once per form: posted twice, it answers with the version the first made. */
    private String upload(Long id, Long attachmentId, MultipartFile file, String key) {
        uploads.check(file);
        String name = DocumentUploads.fileName(file);
        int versionNo = requests.createOnce(ATTACHMENT_KIND, key, () -> documents.uploadAttachment(id, attachmentId,
                        name, file.getContentType(), content(file)).getId(),
                version -> documents.attachmentVersion(id, version).getVersionNo());
        return texts.of("document.flash.attachmentUploaded", name, versionNo);
    }

    private static InputStream content(MultipartFile file) {
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelAndView perform(Long id, String opinion, RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashMessage", action.get());
            return new ModelAndView("redirect:/documents/" + id);
        } catch (NotFoundException | BodyConflictException answeredElsewhere) {
            throw answeredElsewhere;
        } catch (BusinessRuleException refused) {
            return refused(id, opinion, refused);
        }
    }

    private ModelAndView refused(Long id, String opinion, BusinessRuleException refused) {
        ExtendedModelMap model = new ExtendedModelMap();
        page.fill(model, id);
        model.addAttribute("actionError", texts.of(refused));
        model.addAttribute("opinion", opinion);
        return new ModelAndView(DocumentPage.VIEW, model, HttpStatus.CONFLICT);
    }
}
