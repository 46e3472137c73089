package org.zhengtong.document.internal.web;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.OutgoingForm;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.CurrentUsers;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/**
 * 拟稿: a new 发文 of the user's unit; on success the drafter lands on the document to send it on, or — with 发送 —
 * the draft goes straight on to the next step.
 */
@Controller
@RequestMapping("/documents/new")
class DraftController {

    static final String VIEW = "document/new";

    private final DocumentService documents;
    private final OrgDirectory directory;
    private final Texts texts;
    private final RequestTransactions requests;
    private final CurrentUsers currentUsers;

    DraftController(DocumentService documents, OrgDirectory directory, Texts texts, RequestTransactions requests,
                    CurrentUsers currentUsers) {
        this.documents = documents;
        this.directory = directory;
        this.texts = texts;
        this.requests = requests;
        this.currentUsers = currentUsers;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("units", directory.units());
        model.addAttribute("issuerCodes", documents.issuerCodesOfCurrentUnit());
        model.addAttribute("canRegisterPaper", documents.canRegisterPaperIncoming());
    }

    @GetMapping
    String form(Model model) {
        DraftForm draft = new DraftForm();
        List<String> codes = documents.issuerCodesOfCurrentUnit();
        draft.setIssuerCode(codes.isEmpty() ? null : codes.get(0));
        model.addAttribute("draft", draft);
        return VIEW;
    }

    @PostMapping
    ModelAndView draft(@ModelAttribute("draft") DraftForm draft, BindingResult binding,
                       @RequestParam(defaultValue = "false") boolean send, @RequestKey String key, Model model,
                       RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.BAD_REQUEST);
        }
        Classification classification = draft.getClassification();
        if (classification != null && !classification.readableWith(currentUsers.current().clearance())) {
            // said at the field, with everything typed kept, instead of the generic 无权访问 page
            binding.rejectValue("classification", "clearance", texts.of("document.error.draftAboveClearance",
                    texts.of("document.classification." + classification)));
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            long id = requests.createOnce(OutgoingForm.REQUEST_KIND, key,
                    () -> (send ? documents.draftAndSendOutgoing(draft.toOutgoingForm())
                            : documents.draftOutgoing(draft.toOutgoingForm())).getId(), Long::valueOf);
            redirect.addFlashAttribute("flashMessage", texts.of(send ? "document.flash.draftedAndSent"
                    : "document.flash.drafted"));
            return new ModelAndView("redirect:/documents/" + id);
        } catch (ConstraintViolationException invalid) {
            FormErrors.reject(binding, invalid);
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.BAD_REQUEST);
        } catch (BusinessRuleException refused) {
            model.addAttribute("formError", texts.of(refused));
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.CONFLICT);
        }
    }
}
