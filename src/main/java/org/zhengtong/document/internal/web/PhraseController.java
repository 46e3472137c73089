package org.zhengtong.document.internal.web;

import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.zhengtong.document.internal.CommonPhraseService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** 常用意见: the user's own phrases, offered next to the opinion box. */
@Controller
@RequestMapping("/documents/phrases")
class PhraseController {

    static final String VIEW = "document/phrases";
    private static final String BACK = "redirect:/documents/phrases";
    private static final String REQUEST_KIND = "document.phrase";

    private final CommonPhraseService phrases;
    private final Texts texts;
    private final RequestTransactions requests;

    PhraseController(CommonPhraseService phrases, Texts texts, RequestTransactions requests) {
        this.phrases = phrases;
        this.texts = texts;
        this.requests = requests;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("phrases", phrases.mine());
        return VIEW;
    }

    @PostMapping
    ModelAndView add(@RequestParam(required = false) String text, @RequestParam(defaultValue = "0") int sortOrder,
                     @RequestKey String key, RedirectAttributes redirect) {
        return perform(redirect, () -> {
            requests.createOnce(REQUEST_KIND, key, () -> phrases.add(text, sortOrder).id(), Long::valueOf);
            return texts.of("document.flash.phraseAdded");
        });
    }

    @PostMapping("/{phraseId:\\d+}")
    ModelAndView update(@PathVariable Long phraseId, @RequestParam(required = false) String text,
                        @RequestParam(defaultValue = "0") int sortOrder, RedirectAttributes redirect) {
        return perform(redirect, () -> {
            phrases.update(phraseId, text, sortOrder);
            return texts.of("document.flash.phraseSaved");
        });
    }

    @PostMapping("/{phraseId:\\d+}/delete")
    ModelAndView delete(@PathVariable Long phraseId, RedirectAttributes redirect) {
        return perform(redirect, () -> {
            phrases.delete(phraseId);
            return texts.of("document.flash.phraseDeleted");
        });
    }

    private ModelAndView perform(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashMessage", action.get());
            return new ModelAndView(BACK);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (BusinessRuleException refused) {
            ExtendedModelMap model = new ExtendedModelMap();
            model.addAttribute("phrases", phrases.mine());
            model.addAttribute("formError", texts.of(refused));
            return new ModelAndView(VIEW, model, HttpStatus.CONFLICT);
        }
    }
}
