package org.zhengtong.document.internal.web;

import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.document.DocumentType;
import org.zhengtong.document.Urgency;
import org.zhengtong.document.internal.DocumentService;
import org.zhengtong.document.internal.IncomingForm;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.Classification;
import org.zhengtong.platform.RequestTransactions;

/** 纸质来文登记: the unit's secretary (or office director) registers a paper 收文 with its scan. */
@Controller
@RequestMapping("/documents/incoming/new")
class PaperIncomingController {

    static final String VIEW = "document/incoming-new";

    private final DocumentService documents;
    private final DocumentUploads uploads;
    private final Texts texts;
    private final RequestTransactions requests;

    PaperIncomingController(DocumentService documents, DocumentUploads uploads, Texts texts,
                            RequestTransactions requests) {
        this.documents = documents;
        this.uploads = uploads;
        this.texts = texts;
        this.requests = requests;
    }

    @ModelAttribute
    void choices(Model model) {
        if (!documents.canRegisterPaperIncoming()) {
            throw new AccessDeniedException("only the unit's secretaries register incoming documents");
        }
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("maxUploadMegabytes", uploads.maxMegabytes());
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("incoming", new PaperIncomingForm());
        return VIEW;
    }

    @PostMapping
    ModelAndView register(@ModelAttribute("incoming") PaperIncomingForm incoming, BindingResult binding,
                          @RequestParam(required = false) MultipartFile scan, @RequestKey String key, Model model,
                          RedirectAttributes redirect) {
        try {
            uploads.check(scan);
        } catch (BusinessRuleException refused) {
            model.addAttribute("scanError", texts.of(refused));
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.BAD_REQUEST);
        }
        if (binding.hasErrors()) {
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.BAD_REQUEST);
        }
        try {
            InputStream content = scan.getInputStream();
            long id = requests.createOnce(IncomingForm.REQUEST_KIND, key,
                    () -> documents.registerPaperIncoming(incoming.toIncomingForm(), DocumentUploads.fileName(scan),
                            content).getId(), Long::valueOf);
            redirect.addFlashAttribute("flashMessage", texts.of("document.flash.registered"));
            return new ModelAndView("redirect:/documents/" + id);
        } catch (ConstraintViolationException invalid) {
            FormErrors.reject(binding, invalid);
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.BAD_REQUEST);
        } catch (BusinessRuleException refused) {
            model.addAttribute("formError", texts.of(refused));
            return new ModelAndView(VIEW, model.asMap(), HttpStatus.CONFLICT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
