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
import org.zhengtong.document.internal.NumberReservationService;
import org.zhengtong.platform.BusinessRuleException;
import org.zhengtong.platform.NotFoundException;
import org.zhengtong.platform.OrgDirectory;
import org.zhengtong.platform.RequestKey;
import org.zhengtong.platform.RequestTransactions;

/** 文号预留: administrators hold numbers back for paper documents and give them free again, with reasons. */
@Controller
@RequestMapping("/documents/numbers")
class NumberReservationController {

    static final String VIEW = "document/numbers";
    private static final String BACK = "redirect:/documents/numbers";
    private static final String REQUEST_KIND = "document.numberReservation";

    private final NumberReservationService reservations;
    private final OrgDirectory directory;
    private final Texts texts;
    private final RequestTransactions requests;

    NumberReservationController(NumberReservationService reservations, OrgDirectory directory, Texts texts,
                                RequestTransactions requests) {
        this.reservations = reservations;
        this.directory = directory;
        this.texts = texts;
        this.requests = requests;
    }

    @GetMapping
    String list(Model model) {
        fill(model);
        return VIEW;
    }

    @PostMapping
    ModelAndView reserve(@RequestParam(required = false) String issuerCode,
                         @RequestParam(required = false) String reason, @RequestKey String key,
                         RedirectAttributes redirect) {
        return perform(redirect, () -> {
            String number = requests.createOnce(REQUEST_KIND, key, () -> reservations.reserve(issuerCode, reason).id(),
                    reservation -> reservations.reservation(reservation).number());
            return texts.of("document.flash.numberReserved", number);
        });
    }

    @PostMapping("/{reservationId:\\d+}/release")
    ModelAndView release(@PathVariable Long reservationId, @RequestParam(required = false) String reason,
                         RedirectAttributes redirect) {
        return perform(redirect, () -> {
            reservations.release(reservationId, reason);
            return texts.of("document.flash.numberReleased");
        });
    }

    private void fill(Model model) {
        var list = reservations.reservations();
        DocumentPage.Names names = new DocumentPage.Names(directory);
        list.forEach(r -> {
            names.of(r.reservedBy());
            names.of(r.releasedBy());
        });
        model.addAttribute("reservations", list);
        model.addAttribute("issuerCodes", reservations.manageableIssuerCodes());
        model.addAttribute("names", names.known());
    }

    private ModelAndView perform(RedirectAttributes redirect, Supplier<String> action) {
        try {
            redirect.addFlashAttribute("flashMessage", action.get());
            return new ModelAndView(BACK);
        } catch (NotFoundException missing) {
            throw missing;
        } catch (BusinessRuleException refused) {
            ExtendedModelMap model = new ExtendedModelMap();
            fill(model);
            model.addAttribute("formError", texts.of(refused));
            return new ModelAndView(VIEW, model, HttpStatus.CONFLICT);
        }
    }
}
